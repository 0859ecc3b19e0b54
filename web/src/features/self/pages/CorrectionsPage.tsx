// Đề nghị sửa hồ sơ: the requests members of the subtree sent about their files, pending first;
// the unit corrects the file (a link to its edit page) and answers each request.
import { Button, Card, Flex, Segmented, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { LoadError } from '../../../shared/components/LoadError';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useAuth } from '../../../shared/auth/useAuth';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate } from '../../../shared/lib/format';
import { listCorrections } from '../api';
import { CorrectionStateTag } from '../components/CorrectionStateTag';
import { ResolveModal } from '../components/ResolveModal';
import type { CorrectionRequest } from '../types';

export default function CorrectionsPage() {
  const { user } = useAuth();
  const [orgId, setOrgId] = useState<number | undefined>(user?.org_id ?? undefined);
  const [state, setState] = useState<string>('pending');
  const [resolving, setResolving] = useState<CorrectionRequest | null>(null);
  const { data, error, loading, reload } = useRemote(
    (signal) => (orgId ? listCorrections(orgId, state, signal) : Promise.resolve({ items: [] })),
    JSON.stringify([orgId, state]),
  );

  const columns: TableColumnsType<CorrectionRequest> = [
    { title: 'Ngày gửi', dataIndex: 'created_at', width: 110, render: (v: string) => formatDate(v) },
    {
      title: 'Đảng viên',
      key: 'member',
      render: (_, c) => (
        <Flex vertical>
          <Link to={`/dang-vien/${c.member_id}`}>{c.full_name}</Link>
          <Typography.Text type="secondary">{c.org_name}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: 'Đề nghị',
      key: 'what',
      render: (_, c) => (
        <Flex vertical>
          <Typography.Text strong>{c.field_label}</Typography.Text>
          <Typography.Text>{c.requested}</Typography.Text>
          {c.note && <Typography.Text type="secondary">{c.note}</Typography.Text>}
        </Flex>
      ),
    },
    {
      title: 'Trạng thái',
      key: 'state',
      width: 170,
      render: (_, c) => (
        <Flex vertical gap={4}>
          <CorrectionStateTag state={c.state} />
          {c.resolution && <Typography.Text type="secondary">{c.resolution}</Typography.Text>}
        </Flex>
      ),
    },
    {
      title: '',
      key: 'act',
      width: 190,
      render: (_, c) =>
        c.state === 'pending' && (
          <Flex gap={8} wrap>
            <Link to={`/dang-vien/${c.member_id}/sua`}>Sửa hồ sơ</Link>
            <Button size="small" type="primary" onClick={() => setResolving(c)}>
              Trả lời
            </Button>
          </Flex>
        ),
    },
  ];

  return (
    <>
      <PageTitle title="Đề nghị sửa hồ sơ" />
      <Card>
        <Flex wrap gap={12} style={{ marginBottom: 16 }}>
          <OrgTreeSelect value={orgId} onChange={setOrgId} aria-label="Tổ chức đảng" />
          <Segmented
            value={state}
            onChange={(v) => setState(String(v))}
            options={[
              { value: 'pending', label: 'Chờ xử lý' },
              { value: '', label: 'Tất cả' },
            ]}
          />
        </Flex>
        <LoadError error={error} />
        <Table<CorrectionRequest>
          rowKey="id"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={loading}
          pagination={false}
          scroll={{ x: 760 }}
          locale={{ emptyText: 'Không có đề nghị nào.' }}
        />
      </Card>
      <ResolveModal
        request={resolving}
        onClose={() => setResolving(null)}
        onResolved={() => {
          setResolving(null);
          reload();
        }}
      />
    </>
  );
}
