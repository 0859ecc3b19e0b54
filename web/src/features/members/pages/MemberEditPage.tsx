import { App, Skeleton } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { getMember } from '../api';
import { MemberForm } from '../components/MemberForm';
import { MemberBreadcrumb } from '../components/MemberCard';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useRemote } from '../../../shared/hooks/useRemote';
import { LoadError } from '../../../shared/components/LoadError';

/** /dang-vien/:id/sua — edits a member file (with its version, for conflicts). */
export default function MemberEditPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useRemote((signal) => getMember(id, signal), String(id));
  return (
    <>
      <MemberBreadcrumb member={data} here="Sửa hồ sơ" />
      <PageTitle title={data ? `Sửa hồ sơ: ${data.full_name}` : 'Sửa hồ sơ đảng viên'} />
      <LoadError error={error} gap={0} />
      {!data && loading && <Skeleton active paragraph={{ rows: 12 }} />}
      {data && (
        <MemberForm
          // A reload after a conflict starts the form again from the newest version.
          key={data.version}
          member={data}
          onReload={reload}
          onCancel={() => navigate(`/dang-vien/${id}`)}
          onSaved={(m) => {
            message.success(`Đã lưu thay đổi hồ sơ ${m.full_name}.`);
            navigate(`/dang-vien/${m.id}`, { replace: true });
          }}
        />
      )}
    </>
  );
}
