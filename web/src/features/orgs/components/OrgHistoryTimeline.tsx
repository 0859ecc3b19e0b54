import { Empty, Skeleton, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { getOrgHistory } from '../api';
import type { Org } from '../../../shared/api/types';
import type { OrgEvent } from '../types';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate, formatDateTime, formatNumber } from '../../../shared/lib/format';
import { type Labeller, useLabel } from '../../../shared/hooks/useMeta';
import { LoadError } from '../../../shared/components/LoadError';

const COLORS: Record<string, string> = {
  established: 'green',
  split_from: 'green',
  renamed: 'blue',
  moved: 'blue',
  upgraded: 'red',
  absorbed: 'blue',
  merged: 'gray',
  split: 'gray',
  dissolved: 'gray',
};

function num(v: unknown): number | undefined {
  return typeof v === 'number' ? v : typeof v === 'string' && v !== '' && !Number.isNaN(Number(v)) ? Number(v) : undefined;
}

/** What the event's detail says, in words; organizations by name, linked. */
function describe(e: OrgEvent, names: Map<number, string>, kindName: Labeller): ReactNode {
  const d = e.detail ?? {};
  const org = (v: unknown) => {
    const id = num(v);
    if (!id) return null;
    return <Link to={`/to-chuc/${id}`}>{names.get(id) ?? `tổ chức mã ${id}`}</Link>;
  };
  const moved = num(d.members_moved);
  const membersNote = moved !== undefined ? `; ${formatNumber(moved)} đảng viên chuyển theo` : '';
  switch (e.kind) {
    case 'renamed':
      return (
        <>
          Từ “{String(d.from ?? '')}” thành “{String(d.to ?? '')}”
        </>
      );
    case 'moved':
      return (
        <>
          Từ {org(d.from_parent_id) ?? '—'} sang {org(d.to_parent_id) ?? '—'}
        </>
      );
    case 'upgraded':
      return (
        <>
          Từ {kindName(String(d.from_kind ?? ''))} thành{' '}
          {kindName(String(d.to_kind ?? ''))}
        </>
      );
    case 'merged':
      return (
        <>
          Sáp nhập vào {org(d.into_org_id)}
          {membersNote}
        </>
      );
    case 'absorbed':
      return (
        <>
          Nhận sáp nhập {org(d.from_org_id)}
          {membersNote}
        </>
      );
    case 'split_from':
      return <>Tách ra từ {org(d.from_org_id)}</>;
    case 'split': {
      const parts = Array.isArray(d.into) ? (d.into as { org?: Org; members?: number }[]) : [];
      return (
        <>
          Chia tách thành{' '}
          {parts.map((p, i) => (
            <span key={p.org?.id ?? i}>
              {i > 0 && ', '}
              {p.org ? <Link to={`/to-chuc/${p.org.id}`}>{p.org.name}</Link> : '—'}
              {p.members !== undefined && ` (${formatNumber(p.members)} đảng viên)`}
            </span>
          ))}
        </>
      );
    }
    case 'established':
      if (d.reason === 'upgrade') return <>Chi bộ trực thuộc đầu tiên khi nâng cấp {org(d.of_org_id)}</>;
      return null;
    default:
      return null;
  }
}

/** Lịch sử thay đổi of one organization, oldest first, with the decisions. */
export function OrgHistoryTimeline({ orgId, orgs }: { orgId: number; orgs: Org[] }) {
  const kindName = useLabel('org_kind');
  const { data, error, loading } = useRemote((signal) => getOrgHistory(orgId, signal), String(orgId));
  if (error) return <LoadError error={error} gap={0} />;
  if (!data && loading) return <Skeleton active />;
  const items = data?.items ?? [];
  if (items.length === 0) return <Empty description="Chưa ghi nhận thay đổi nào" />;
  const names = new Map(orgs.map((o) => [o.id, o.name]));
  return (
    <Timeline
      mode="left"
      className="event-timeline"
      items={items.map((e) => {
        const what = describe(e, names, kindName);
        return {
          key: e.id,
          color: e.voided_at ? 'gray' : (COLORS[e.kind] ?? 'blue'),
          label: formatDate(e.effective_on),
          children: (
            <div className="history-item">
              <Typography.Text strong delete={!!e.voided_at}>
                {e.kind_label || e.kind}
              </Typography.Text>
              {e.voided_at && <Tag className="event-voided">Đã hủy</Tag>}
              {what && <div>{what}</div>}
              {e.voided_at && e.void_reason && <Typography.Text type="secondary">{e.void_reason}</Typography.Text>}
              <div>
                {e.decision_no ? (
                  <>
                    Quyết định số <Typography.Text strong>{e.decision_no}</Typography.Text>
                    {e.decision_date && ` ngày ${formatDate(e.decision_date)}`}
                  </>
                ) : (
                  <Typography.Text type="secondary">Không ghi số quyết định</Typography.Text>
                )}
              </div>
              <Typography.Text type="secondary" className="event-meta">
                Ghi nhận bởi {e.recorded_by} lúc {formatDateTime(e.recorded_at)}
              </Typography.Text>
            </div>
          ),
        };
      })}
    />
  );
}
