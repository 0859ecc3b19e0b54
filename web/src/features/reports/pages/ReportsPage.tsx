// Báo cáo: a subtree and a period, then the indicator report by sub-organization (presets or
// indicators ticked by hand, exports) or the flows of members with admission targets.
import { AimOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useAuth } from '../../../shared/auth/useAuth';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { PageTitle } from '../../../shared/components/PageTitle';
import { formatNumber } from '../../../shared/lib/format';
import { usePageParams } from '../../../shared/lib/paging';
import { FlowsView } from '../components/FlowsView';
import { IndicatorReport } from '../components/IndicatorReport';
import { PeriodPicker } from '../components/PeriodPicker';
import { SnapshotsView } from '../components/SnapshotsView';
import { TargetModal } from '../components/TargetModal';
import { periodFromParams, periodParams, useCongressTerms } from '../periods';

const TABS = { indicators: 'so-lieu', flows: 'bien-dong', sent: 'da-gui' } as const;

export default function ReportsPage() {
  const { user, can } = useAuth();
  const { message } = App.useApp();
  const { params, update } = usePageParams();
  const [targetOpen, setTargetOpen] = useState(false);
  const [version, setVersion] = useState(0);

  const orgId = Number(params.get('org_id')) || user?.org_id || undefined;
  const terms = useCongressTerms();
  const period = periodFromParams(params, terms);
  const asked = params.get('tab');
  const tab = asked === TABS.flows || asked === TABS.sent ? asked : TABS.indicators;

  return (
    <>
      <PageTitle
        title="Báo cáo"
        extra={
          user &&
          can('org.write') && (
            <Button icon={<AimOutlined />} onClick={() => setTargetOpen(true)}>
              Đặt chỉ tiêu kết nạp
            </Button>
          )
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={16} wrap align="flex-end">
          <div className="report-org">
            <Typography.Text className="field-caption">Tổ chức đảng</Typography.Text>
            <OrgTreeSelect value={orgId} onChange={(v) => update({ org_id: v })} aria-label="Tổ chức đảng" />
          </div>
          <div>
            <Typography.Text className="field-caption">Kỳ báo cáo</Typography.Text>
            <PeriodPicker value={period} onChange={(p) => update(periodParams(p))} />
          </div>
        </Flex>
      </Card>
      <Tabs
        activeKey={tab}
        onChange={(k) => update({ tab: k === TABS.indicators ? undefined : k })}
        items={[
          {
            key: TABS.indicators,
            label: 'Số liệu theo đơn vị',
            children: <IndicatorReport orgId={orgId} period={period} onFrozen={() => setVersion((n) => n + 1)} />,
          },
          {
            key: TABS.flows,
            label: 'Biến động đảng viên',
            children: <FlowsView orgId={orgId} period={period} version={version} />,
          },
          { key: TABS.sent, label: 'Báo cáo đã gửi', children: <SnapshotsView orgId={orgId} version={version} /> },
        ]}
        destroyOnHidden
      />
      <TargetModal
        open={targetOpen}
        orgId={orgId}
        year={dayjs(period.to).year()}
        onClose={() => setTargetOpen(false)}
        onSaved={(_org, year, target) => {
          setTargetOpen(false);
          message.success(`Đã đặt chỉ tiêu kết nạp năm ${year}: ${formatNumber(target)} người.`);
          setVersion((n) => n + 1);
        }}
      />
    </>
  );
}
