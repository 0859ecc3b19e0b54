import { Card, Result } from 'antd';
import { PageTitle } from './PageTitle';

/** What a module's page shows until the module is built: an honest notice, no sample data. */
export function ModuleInProgress({ title, purpose }: { title: string; purpose: string }) {
  return (
    <>
      <PageTitle title={title} />
      <Card>
        <Result status="info" title="Phân hệ đang được xây dựng" subTitle={purpose} />
      </Card>
    </>
  );
}
