// The start page: for committee staff the dashboard of the chosen subtree, then what is due; for
// secretaries (whose scope is a branch) what is due first, then their branch's figures.
import { Flex, Skeleton, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router-dom';
import { listOrgs } from '../../../shared/api/endpoints';
import { useAuth } from '../../../shared/auth/useAuth';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate } from '../../../shared/lib/format';
import { isBranchLike } from '../../../shared/lib/orgs';
import { isStaff } from '../../../shared/lib/roles';
import { Worklist } from '../components/Worklist';

const Dashboard = lazy(() => import('../components/Dashboard'));

export default function HomePage() {
  const { user, can } = useAuth();
  const [params, setParams] = useSearchParams();
  const staff = !!user && isStaff(user.roles);
  const chosen = Number(params.get('org_id')) || undefined;
  const orgId = (staff ? chosen : undefined) ?? user?.org_id ?? undefined;
  const orgs = useRemote((signal) => listOrgs({}, signal), 'orgs');
  const own = orgs.data?.items.find((o) => o.id === user?.org_id);
  // A branch's scope: the worklist comes first.
  const branchScope = !!own && isBranchLike(own.kind);

  if (!user) return null;

  const worklist = <Worklist orgId={orgId} />;
  const dashboard =
    orgId && can('report.read') && !orgs.loading ? (
      <Suspense fallback={<Skeleton active paragraph={{ rows: 4 }} />}>
        <Dashboard orgId={orgId} />
      </Suspense>
    ) : null;

  return (
    <>
      <PageTitle
        title="Trang chủ"
        extra={
          staff && (
            <Flex gap={8} align="center" className="home-org-picker">
              <OrgTreeSelect
                value={orgId}
                orgs={orgs.data?.items}
                onChange={(v) => setParams(v ? { org_id: String(v) } : {}, { replace: true })}
                placeholder="Chọn tổ chức đảng"
                aria-label="Tổ chức đảng"
              />
            </Flex>
          )
        }
      />
      <Typography.Paragraph type="secondary" className="home-welcome">
        Xin chào, {user.display_name}
        {user.org_name ? ` · ${user.org_name}` : ''} · Hôm nay {formatDate(dayjs().format('YYYY-MM-DD'))}
      </Typography.Paragraph>
      <Space direction="vertical" size={16} style={{ display: 'flex' }}>
        {branchScope ? worklist : dashboard}
        {branchScope ? dashboard : worklist}
      </Space>
    </>
  );
}
