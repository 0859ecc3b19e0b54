import { ImportOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Segmented, Select, Table, type TableColumnsType, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { listTransfers } from '../api';
import type { Transfer, TransferKind, TransferQuery, TransferState } from '../types';
import { useAuth } from '../../../shared/auth/useAuth';
import { TransferActions } from '../components/TransferActions';
import { useVocabOptions } from '../../../shared/hooks/useMeta';
import { TransferStateTag, transferRoute } from '../components/TransferStateTag';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate } from '../../../shared/lib/format';
import { LoadError } from '../../../shared/components/LoadError';

export default function TransfersPage() {
  const [params, setParams] = useSearchParams();
  const kindOptions = useVocabOptions('transfer_kind');
  const stateOptions = useVocabOptions('transfer_state');
  const navigate = useNavigate();
  const { can } = useAuth();
  const canEdit = can('lifecycle.write');
  const query: TransferQuery = {
    org_id: Number(params.get('org_id')) || undefined,
    side: (params.get('side') as TransferQuery['side']) ?? '',
    state: (params.get('state') as TransferState | null) ?? '',
    kind: (params.get('kind') as TransferKind | null) ?? '',
    member_id: Number(params.get('member_id')) || undefined,
  };
  const key = JSON.stringify(query);
  const { data, error, loading, reload } = useRemote((signal) => listTransfers(query, signal), key);

  const set = (name: string, value: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === '') next.delete(name);
    else next.set(name, String(value));
    setParams(next, { replace: true });
  };

  const columns: TableColumnsType<Transfer> = [
    {
      title: 'Đảng viên',
      key: 'member',
      render: (_, t) => <Link to={`/dang-vien/${t.member_id}`}>{t.member_name}</Link>,
    },
    { title: 'Hình thức', dataIndex: 'kind_label', key: 'kind' },
    { title: 'Từ', key: 'from', render: (_, t) => transferRoute(t).from },
    { title: 'Đến', key: 'to', render: (_, t) => transferRoute(t).to },
    { title: 'Ngày hiệu lực', key: 'effective_on', width: 120, render: (_, t) => formatDate(t.effective_on) },
    { title: 'Trạng thái', key: 'state', render: (_, t) => <TransferStateTag transfer={t} /> },
    {
      title: 'Thao tác',
      key: 'actions',
      render: (_, t) => (
        <Flex gap={8} wrap>
          <Link to={`/chuyen-sinh-hoat/${t.id}`}>Chi tiết</Link>
          {canEdit && <TransferActions transfer={t} onChanged={reload} />}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageTitle
        title="Chuyển sinh hoạt đảng"
        extra={
          canEdit && (
            <Button type="primary" icon={<ImportOutlined />} onClick={() => navigate('/chuyen-sinh-hoat/tiep-nhan')}>
              Tiếp nhận chuyển đến
            </Button>
          )
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }} className="transfer-filters">
          <div style={{ minWidth: 260 }}>
            <OrgTreeSelect
              aria-label="Tổ chức đảng"
              value={query.org_id}
              onChange={(v) => set('org_id', v)}
              allowClear
              placeholder="Tất cả tổ chức được xem"
            />
          </div>
          <Segmented
            value={query.side ?? ''}
            onChange={(v) => set('side', String(v))}
            options={[
              { value: '', label: 'Tất cả' },
              { value: 'incoming', label: 'Chuyển đến' },
              { value: 'outgoing', label: 'Chuyển đi' },
            ]}
          />
          <Select
            aria-label="Hình thức"
            value={query.kind || undefined}
            onChange={(v) => set('kind', v)}
            allowClear
            placeholder="Mọi hình thức"
            options={kindOptions}
            style={{ minWidth: 200 }}
          />
          <Select
            aria-label="Trạng thái"
            value={query.state || undefined}
            onChange={(v) => set('state', v)}
            allowClear
            placeholder="Mọi trạng thái"
            options={stateOptions}
            style={{ minWidth: 220 }}
          />
          {query.member_id && (
            <Button onClick={() => set('member_id', undefined)}>Bỏ lọc theo đảng viên</Button>
          )}
        </Flex>
        <LoadError error={error} />
        <Table<Transfer>
          rowKey="id"
          size="middle"
          loading={loading}
          columns={columns}
          dataSource={data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: 'Không có phiếu chuyển sinh hoạt nào' }}
          scroll={{ x: 900 }}
        />
        <Typography.Text type="secondary">
          Phiếu chuyển nội bộ và sinh hoạt tạm thời trong Đảng bộ chờ chi bộ nhận xác nhận; chuyển ra ngoài có hiệu lực ngay.
        </Typography.Text>
      </Card>
    </>
  );
}
