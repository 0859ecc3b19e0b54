import { App, Breadcrumb } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { MemberForm } from '../components/MemberForm';
import { PageTitle } from '../../../shared/components/PageTitle';

/** /dang-vien/moi — a new member file; ?org_id= proposes the unit. */
export default function MemberNewPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const orgId = Number(params.get('org_id')) || undefined;
  return (
    <>
      <Breadcrumb
        className="page-breadcrumb"
        items={[{ title: <Link to="/dang-vien">Đảng viên</Link> }, { title: 'Thêm đảng viên' }]}
      />
      <PageTitle title="Thêm đảng viên" />
      <MemberForm
        orgId={orgId}
        onCancel={() => navigate(-1)}
        onSaved={(m) => {
          message.success(`Đã lưu hồ sơ đảng viên ${m.full_name}.`);
          navigate(`/dang-vien/${m.id}`, { replace: true });
        }}
      />
    </>
  );
}
