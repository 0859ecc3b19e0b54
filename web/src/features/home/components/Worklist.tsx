// What is due in an organization (the worklist): overdue first, filtered by kind, each with the
// button that opens where it is done.
import { ArrowRightOutlined, CheckCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Empty, List, Segmented, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { getWorklist, WORK_KIND_COLORS, type WorkItem, type WorkItemKind } from '../../admission';
import { useLabel } from '../../../shared/hooks/useMeta';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate, formatNumber } from '../../../shared/lib/format';
import { LoadError } from '../../../shared/components/LoadError';

const ACTION_LABELS: Record<WorkItemKind, string> = {
  probation_ending: 'Xét công nhận',
  recognition_overdue: 'Xét công nhận',
  decision_due: 'Ghi quyết định',
  ceremony_due: 'Ghi lễ kết nạp',
  certificate_expiring: 'Xem hồ sơ',
  transfer_pending: 'Xử lý',
  temporary_expiring: 'Xem',
  meeting_missing: 'Ghi sinh hoạt',
  thematic_missing: 'Ghi sinh hoạt',
  absence_warning: 'Xem hồ sơ',
  badge_round_due: 'Lập danh sách',
};


/** Overdue first, then the nearest due date. */
function byUrgency(a: WorkItem, b: WorkItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  return a.due_on.localeCompare(b.due_on);
}

const ALL = 'all';
const OVERDUE = 'overdue';

function WorkItemRow({ item }: { item: WorkItem }) {
  const navigate = useNavigate();
  const kindName = useLabel('work_item_kind');
  const days = dayjs(item.due_on).diff(dayjs().startOf('day'), 'day');
  return (
    <List.Item
      className={item.overdue ? 'work-item work-item-overdue' : 'work-item'}
      actions={[
        item.action ? (
          <Button
            key="go"
            type={item.overdue ? 'primary' : 'default'}
            icon={<ArrowRightOutlined />}
            iconPosition="end"
            onClick={() => navigate(item.action)}
            aria-label={`${ACTION_LABELS[item.kind as WorkItemKind] ?? 'Xử lý'}: ${item.title}`}
          >
            {ACTION_LABELS[item.kind as WorkItemKind] ?? 'Xử lý'}
          </Button>
        ) : null,
      ]}
    >
      <List.Item.Meta
        title={
          <Space size={8} wrap>
            <Tag color={WORK_KIND_COLORS[item.kind as WorkItemKind] ?? 'default'}>{kindName(item.kind, 'Việc khác')}</Tag>
            <Typography.Text strong type={item.overdue ? 'danger' : undefined}>
              {item.title}
            </Typography.Text>
          </Space>
        }
        description={
          <>
            <div>{item.detail}</div>
            <Typography.Text type="secondary" className="work-item-org">
              {item.org_name}
            </Typography.Text>
          </>
        }
      />
      {item.due_on && (
        <div className="work-item-due">
          <Typography.Text type={item.overdue ? 'danger' : 'secondary'}>Hạn {formatDate(item.due_on)}</Typography.Text>
          <div>
            {item.overdue ? (
              <Tag color="red">{days < 0 ? `Quá hạn ${formatNumber(-days)} ngày` : 'Quá hạn'}</Tag>
            ) : days <= 7 ? (
              <Tag color="orange">Còn {formatNumber(days)} ngày</Tag>
            ) : null}
          </div>
        </div>
      )}
    </List.Item>
  );
}

/** The worklist card of the home page for `orgId`. */
export function Worklist({ orgId }: { orgId: number | undefined }) {
  const [filter, setFilter] = useState<string>(ALL);
  const kindName = useLabel('work_item_kind');
  const { data, error, loading, reload } = useRemote(
    (signal) => (orgId ? getWorklist(orgId, undefined, signal) : Promise.resolve({ items: [] })),
    `worklist:${orgId ?? ''}`,
  );
  const [shownOrg, setShownOrg] = useState(orgId);
  if (shownOrg !== orgId) {
    setShownOrg(orgId);
    setFilter(ALL);
  }

  const items = useMemo(() => [...(data?.items ?? [])].sort(byUrgency), [data]);
  const kinds = useMemo(() => {
    const counts = new Map<string, number>();
    for (const i of items) counts.set(i.kind, (counts.get(i.kind) ?? 0) + 1);
    return counts;
  }, [items]);
  const overdue = items.filter((i) => i.overdue).length;
  const shown = items.filter((i) => filter === ALL || (filter === OVERDUE ? i.overdue : i.kind === filter));
  const activeFilter = filter === ALL || filter === OVERDUE || kinds.has(filter) ? filter : ALL;

  const options = [
    { value: ALL, label: `Tất cả (${formatNumber(items.length)})` },
    ...(overdue > 0 ? [{ value: OVERDUE, label: <span className="text-danger">Quá hạn ({formatNumber(overdue)})</span> }] : []),
    ...[...kinds.entries()].map(([kind, n]) => ({
      value: kind,
      label: `${kindName(kind, 'Việc khác')} (${formatNumber(n)})`,
    })),
  ];

  return (
    <Card
      className="worklist"
      title={
        <Space size={8}>
          Việc cần làm
          {overdue > 0 && <Badge count={overdue} title={`${overdue} việc quá hạn`} />}
        </Space>
      }
      extra={<Button icon={<ReloadOutlined />} onClick={reload} loading={loading} aria-label="Tải lại việc cần làm" />}
    >
      <LoadError error={error} />
      {!orgId ? (
        <Empty description="Chọn một tổ chức đảng để xem việc cần làm." />
      ) : (
        <>
          {items.length > 0 && (
            <Segmented value={activeFilter} onChange={(v) => setFilter(String(v))} options={options} className="work-filter" />
          )}
          <List<WorkItem>
            loading={loading && !data}
            dataSource={shown}
            rowKey={(i) => `${i.kind}:${i.member_id ?? ''}:${i.candidate_id ?? ''}:${i.transfer_id ?? ''}`}
            renderItem={(item) => <WorkItemRow item={item} />}
            pagination={shown.length > 20 ? { pageSize: 20, showSizeChanger: false, align: 'center' } : false}
            locale={{
              emptyText: (
                <Empty
                  image={<CheckCircleOutlined className="work-empty-icon" />}
                  description="Không có việc nào đến hạn. Các thời hạn sắp tới sẽ hiện ở đây."
                />
              ),
            }}
          />
        </>
      )}
    </Card>
  );
}
