import {
  EditOutlined,
  MergeCellsOutlined,
  PlusOutlined,
  RiseOutlined,
  SplitCellsOutlined,
  StopOutlined,
  SwapOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { App, Breadcrumb, Button, Card, Col, Descriptions, Flex, Row, Skeleton, Space, Table, type TableColumnsType, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { getOrg } from '../api';
import { listMembers, MemberTable } from '../../members';
import { listOrgs } from '../../../shared/api/endpoints';
import type { Org } from '../../../shared/api/types';
import { useAuth } from '../../../shared/auth/useAuth';
import { AddOrgModal } from '../components/AddOrgModal';
import { CommitteePanel } from '../components/CommitteePanel';
import { DissolveOrgModal, MergeOrgModal, MoveOrgModal, RenameOrgModal, UpgradeOrgModal } from '../components/OrgActionModals';
import { OrgHistoryTimeline } from '../components/OrgHistoryTimeline';
import { OrgKindTag } from '../components/OrgKindTag';
import { OrgStatsPanel } from '../components/OrgStatsPanel';
import { SplitOrgModal } from '../components/SplitOrgModal';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate, formatNumber, ISO_DATE } from '../../../shared/lib/format';
import { childKinds, isBranchLike } from '../../../shared/lib/orgs';
import { DEFAULT_PAGE_SIZE, tablePaging } from '../../../shared/lib/paging';
import { LoadError } from '../../../shared/components/LoadError';

type Action = 'rename' | 'move' | 'upgrade' | 'merge' | 'split' | 'dissolve' | 'add-unit';

function UnitMembers({ orgId, canAdd }: { orgId: number; canAdd: boolean }) {
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(DEFAULT_PAGE_SIZE);
  const { data, error, loading } = useRemote(
    (signal) => listMembers({ org_id: orgId, page, page_size: pageSize }, signal),
    JSON.stringify([orgId, page, pageSize]),
  );
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">
          {data ? `${formatNumber(data.total)} đảng viên đang sinh hoạt` : ' '}
        </Typography.Text>
        <Space wrap>
          <Button icon={<UnorderedListOutlined />} onClick={() => navigate(`/dang-vien?org_id=${orgId}`)}>
            Lọc trong danh sách đảng viên
          </Button>
          {canAdd && (
            <Button icon={<PlusOutlined />} onClick={() => navigate(`/dang-vien/moi?org_id=${orgId}`)}>
              Thêm đảng viên
            </Button>
          )}
        </Space>
      </Flex>
      <LoadError error={error} gap={12} />
      <MemberTable
        items={data?.items ?? []}
        loading={loading}
        pagination={tablePaging(
          page,
          pageSize,
          data?.total,
          (p, size) => {
            setPage(size !== pageSize ? 1 : p);
            setPageSize(size);
          },
          { hideOnSinglePage: true, showTotal: undefined },
        )}
      />
    </>
  );
}

function SubUnits({ units }: { units: Org[] }) {
  const columns: TableColumnsType<Org> = [
    {
      title: 'Tên tổ chức',
      dataIndex: 'name',
      key: 'name',
      render: (name: string, o) => <Link to={`/to-chuc/${o.id}`}>{name}</Link>,
    },
    { title: 'Loại', dataIndex: 'kind', key: 'kind', width: 200, render: (_: string, o) => <OrgKindTag kind={o.kind} /> },
    { title: 'Ngày thành lập', dataIndex: 'established_on', key: 'est', width: 140, render: formatDate },
    {
      title: 'Tình trạng',
      key: 'state',
      width: 200,
      render: (_, o) => (o.ended_on ? <Tag>Kết thúc {formatDate(o.ended_on)}</Tag> : <Tag color="green">Đang hoạt động</Tag>),
    },
  ];
  return (
    <Table<Org>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={units}
      pagination={units.length > 20 ? { pageSize: 20 } : false}
      locale={{ emptyText: 'Không có đơn vị trực thuộc' }}
    />
  );
}

/** /to-chuc/:id — one organization: information, committee, units, members, history, and its changes. */
export default function OrganizationPage() {
  const id = Number(useParams().id);
  const { can } = useAuth();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [action, setAction] = useState<Action | null>(null);
  // Bumped after every change, so the tabs load again.
  const [version, setVersion] = useState(0);
  const org = useRemote((signal) => getOrg(id, signal), String(id));
  const tree = useRemote((signal) => listOrgs({ include_ended: true }, signal), 'orgs-all');
  const orgs = tree.data?.items ?? [];
  const o = org.data;
  const tab = params.get('tab') ?? 'thong-tin';
  const canChange = can('org.write');
  const live = !!o && !o.ended_on;

  const done = (text: string) => {
    setAction(null);
    message.success(text);
    org.reload();
    tree.reload();
    setVersion((v) => v + 1);
  };

  const ancestors = o
    ? o.path
        .split('/')
        .filter(Boolean)
        .map(Number)
        .filter((a) => a !== o.id)
        .map((a) => orgs.find((x) => x.id === a))
        .filter((x): x is Org => !!x)
    : [];
  const parent = o && orgs.find((x) => x.id === o.parent_id);
  const children = orgs.filter((x) => x.parent_id === id);
  const current = orgs.filter((x) => !x.ended_on);
  const actionProps = o && { org: o, orgs: current, onClose: () => setAction(null), onDone: done };

  const tabs = o
    ? [
        {
          key: 'thong-tin',
          label: 'Thông tin',
          children: (
            <Row gutter={[24, 24]}>
              <Col xs={24} xl={14}>
                <Descriptions
                  bordered
                  size="small"
                  column={1}
                  className="org-info"
                  items={[
                    { key: 'name', label: 'Tên tổ chức', children: o.name },
                    { key: 'kind', label: 'Loại tổ chức', children: <OrgKindTag kind={o.kind} /> },
                    {
                      key: 'parent',
                      label: 'Tổ chức cấp trên',
                      children: parent ? <Link to={`/to-chuc/${parent.id}`}>{parent.name}</Link> : '—',
                    },
                    { key: 'host', label: 'Cơ quan, đơn vị chủ quản', children: o.host_unit_name || '—' },
                    { key: 'est', label: 'Ngày thành lập', children: formatDate(o.established_on) || '—' },
                    ...(o.ended_on ? [{ key: 'end', label: 'Ngày kết thúc', children: formatDate(o.ended_on) }] : []),
                    {
                      key: 'members',
                      label: 'Đảng viên đang sinh hoạt',
                      children: formatNumber(o.member_count ?? 0),
                    },
                    { key: 'units', label: 'Đơn vị trực thuộc', children: formatNumber(children.filter((c) => !c.ended_on).length) },
                    { key: 'id', label: 'Mã tổ chức', children: o.id },
                  ]}
                />
              </Col>
              <Col xs={24} xl={10}>
                <OrgStatsPanel
                  key={version}
                  orgId={o.id}
                  date={o.ended_on ? dayjs(o.ended_on).subtract(1, 'day').format(ISO_DATE) : dayjs().format(ISO_DATE)}
                  title="Số liệu tổng hợp"
                />
              </Col>
            </Row>
          ),
        },
        { key: 'cap-uy', label: 'Cấp ủy', children: <CommitteePanel orgId={o.id} canChange={canChange && live} /> },
        {
          key: 'don-vi',
          label: `Đơn vị trực thuộc (${formatNumber(children.filter((c) => !c.ended_on).length)})`,
          children: (
            <>
              {canChange && live && childKinds(o.kind).length > 0 && (
                <Flex justify="flex-end" style={{ marginBottom: 12 }}>
                  <Button icon={<PlusOutlined />} onClick={() => setAction('add-unit')}>
                    Thêm đơn vị trực thuộc
                  </Button>
                </Flex>
              )}
              <SubUnits units={children} />
            </>
          ),
        },
        {
          key: 'dang-vien',
          label: `Đảng viên (${formatNumber(o.member_count ?? 0)})`,
          children: (
            <UnitMembers key={version} orgId={o.id} canAdd={can('member.write') && live && isBranchLike(o.kind)} />
          ),
        },
        { key: 'lich-su', label: 'Lịch sử thay đổi', children: <OrgHistoryTimeline key={version} orgId={o.id} orgs={orgs} /> },
      ]
    : [];

  return (
    <>
      <Breadcrumb
        className="page-breadcrumb"
        items={[
          { title: <Link to="/to-chuc">Tổ chức đảng</Link> },
          ...ancestors.map((a) => ({ title: <Link to={`/to-chuc/${a.id}`}>{a.name}</Link> })),
          { title: o?.name ?? '…' },
        ]}
      />
      <LoadError error={org.error} />
      {!o && org.loading && <Skeleton active paragraph={{ rows: 10 }} />}
      {o && (
        <>
          <Flex justify="space-between" align="flex-start" wrap gap={12} className="page-title">
            <div>
              <Typography.Title level={3} style={{ margin: 0 }}>
                {o.name}
              </Typography.Title>
              <Space size={4} style={{ marginTop: 6 }}>
                <OrgKindTag kind={o.kind} />
                {o.ended_on ? <Tag>Đã kết thúc từ {formatDate(o.ended_on)}</Tag> : <Tag color="green">Đang hoạt động</Tag>}
              </Space>
            </div>
            {canChange && live && (
              <Space wrap className="org-actions">
                <Button icon={<EditOutlined />} onClick={() => setAction('rename')}>
                  Đổi tên
                </Button>
                {o.parent_id !== null && (
                  <Button icon={<SwapOutlined />} onClick={() => setAction('move')}>
                    Chuyển tổ chức cấp trên
                  </Button>
                )}
                {o.kind === 'grassroots_branch' && (
                  <Button icon={<RiseOutlined />} onClick={() => setAction('upgrade')}>
                    Nâng cấp
                  </Button>
                )}
                {o.parent_id !== null && (
                  <Button icon={<MergeCellsOutlined />} onClick={() => setAction('merge')}>
                    Sáp nhập
                  </Button>
                )}
                {isBranchLike(o.kind) && o.parent_id !== null && (
                  <Button icon={<SplitCellsOutlined />} onClick={() => setAction('split')}>
                    Chia tách
                  </Button>
                )}
                {o.parent_id !== null && (
                  <Button danger icon={<StopOutlined />} onClick={() => setAction('dissolve')}>
                    Giải thể
                  </Button>
                )}
              </Space>
            )}
          </Flex>
          <Card>
            <Tabs
              activeKey={tab}
              onChange={(key) => setParams({ tab: key }, { replace: true })}
              items={tabs.filter((t) => t.key !== 'don-vi' || childKinds(o.kind).length > 0 || children.length > 0)}
            />
          </Card>
          {actionProps && tree.data && (
            <>
              <RenameOrgModal {...actionProps} open={action === 'rename'} />
              <MoveOrgModal {...actionProps} open={action === 'move'} />
              <UpgradeOrgModal {...actionProps} open={action === 'upgrade'} />
              <MergeOrgModal {...actionProps} open={action === 'merge'} />
              <SplitOrgModal {...actionProps} open={action === 'split'} />
              <DissolveOrgModal {...actionProps} open={action === 'dissolve'} />
              <AddOrgModal
                open={action === 'add-unit'}
                orgs={current}
                parentId={o.id}
                onClose={() => setAction(null)}
                onCreated={(created) => done(`Đã thêm “${created.name}”.`)}
              />
            </>
          )}
        </>
      )}
    </>
  );
}
