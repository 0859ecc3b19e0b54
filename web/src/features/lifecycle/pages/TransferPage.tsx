import { Alert, Breadcrumb, Card, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { getTransfer } from '../api';
import { useAuth } from '../../../shared/auth/useAuth';
import { TransferActions } from '../components/TransferActions';
import { PURPOSE_LABELS, TransferStateTag, transferRoute } from '../components/TransferStateTag';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate, formatDateTime } from '../../../shared/lib/format';
import { LoadError } from '../../../shared/components/LoadError';
import { PrintMenu } from '../../../shared/components/PrintMenu';

export default function TransferPage() {
  const id = Number(useParams().id);
  const { can } = useAuth();
  const canEdit = can('lifecycle.write');
  const { data: t, error, loading, reload } = useRemote((signal) => getTransfer(id, signal), String(id));
  const route = t ? transferRoute(t) : null;
  const dash = '—';
  const org = (orgId: number | null, name: string) => (orgId ? <Link to={`/to-chuc/${orgId}`}>{name}</Link> : name || dash);

  return (
    <>
      <Breadcrumb
        className="page-breadcrumb"
        items={[{ title: <Link to="/chuyen-sinh-hoat">Chuyển sinh hoạt</Link> }, { title: t ? t.member_name : '…' }]}
      />
      <PageTitle
        title={t ? t.kind_label : 'Phiếu chuyển sinh hoạt'}
        extra={
          t && (
            <Flex gap={8} wrap>
              {t.kind !== 'in' && t.state !== 'cancelled' && t.state !== 'voided' && (
                <PrintMenu
                  documents={[{ label: 'Giấy giới thiệu sinh hoạt đảng', path: `/api/transfers/${t.id}/print/giay-gioi-thieu`, stem: `giay-gioi-thieu-${t.id}` }]}
                />
              )}
              {canEdit && <TransferActions transfer={t} onChanged={reload} size="middle" />}
            </Flex>
          )
        }
      />
      <LoadError error={error} />
      {!t && loading && <Skeleton active paragraph={{ rows: 6 }} />}
      {t && route && (
        <Card className="transfer-detail">
          {t.expired && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              message={`Đã quá ngày kết thúc sinh hoạt tạm thời (${formatDate(t.until_on)}) mà chưa ghi nhận trở về.`}
            />
          )}
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'member', label: 'Đảng viên', children: <Link to={`/dang-vien/${t.member_id}`}>{t.member_name}</Link> },
              { key: 'state', label: 'Trạng thái', children: <TransferStateTag transfer={t} /> },
              { key: 'from', label: 'Nơi chuyển đi', children: t.from_org_id ? org(t.from_org_id, t.from_org_name) : route.from },
              { key: 'to', label: 'Nơi chuyển đến', children: t.to_org_id ? org(t.to_org_id, t.to_org_name) : route.to },
              { key: 'effective', label: t.kind === 'temporary' ? 'Ngày bắt đầu' : 'Ngày hiệu lực', children: formatDate(t.effective_on) || dash },
              ...(t.kind === 'temporary'
                ? [
                    { key: 'purpose', label: 'Mục đích', children: PURPOSE_LABELS[t.purpose] ?? t.purpose },
                    { key: 'until', label: 'Đến ngày', children: formatDate(t.until_on) || dash },
                    { key: 'returned', label: 'Ngày trở về', children: formatDate(t.returned_on) || dash },
                  ]
                : []),
              { key: 'decision', label: 'Quyết định', children: t.decision_no ? `Số ${t.decision_no}${t.decision_date ? ` ngày ${formatDate(t.decision_date)}` : ''}` : dash },
              { key: 'letter', label: 'Giấy giới thiệu', children: t.letter_no ? `Số ${t.letter_no}${t.letter_date ? ` ngày ${formatDate(t.letter_date)}` : ''}` : dash },
              { key: 'confirmed', label: 'Xác nhận', children: t.confirmed_on ? `Ngày ${formatDate(t.confirmed_on)}${t.confirmed_by ? ` bởi ${t.confirmed_by}` : ''}` : dash },
              ...(t.cancel_reason ? [{ key: 'cancel', label: 'Lý do hủy', children: t.cancel_reason }] : []),
              ...(t.note ? [{ key: 'note', label: 'Ghi chú', children: t.note, span: 2 }] : []),
            ]}
          />
          <Flex justify="space-between" style={{ marginTop: 12 }} wrap gap={8}>
            <Link to={`/dang-vien/${t.member_id}?tab=dong-thoi-gian`}>Xem dòng thời gian của đảng viên</Link>
            <Typography.Text type="secondary">
              Tạo bởi {t.created_by} lúc {formatDateTime(t.created_at)} · Cập nhật {formatDateTime(t.updated_at)}
            </Typography.Text>
          </Flex>
        </Card>
      )}
    </>
  );
}
