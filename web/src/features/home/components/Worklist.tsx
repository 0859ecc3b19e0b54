// What is due in an organization (the worklist): overdue first, filtered by kind, each with the
// button that opens where it is done.
import { ArrowRightOutlined, CheckCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Empty, List, Segmented, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { getWorklist, WORK_KIND_COLORS, type WorkItem, type WorkItemKind, type WorklistQuery } from '../../admission';
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

const PAGE_SIZE = 20;

/** The worklist card of the home page for `orgId`: the server filters and pages it. */
export function Worklist({ orgId }: { orgId: number | undefined }) {
  const [filter, setFilter] = useState<string>(ALL);
  const [page, setPage] = useState(1);
  const kindName = useLabel('work_item_kind');
  const query: WorklistQuery = {
    page,
    page_size: PAGE_SIZE,
    ...(filter === OVERDUE ? { overdue: 1 } : filter !== ALL ? { kind: filter as WorkItemKind } : {}),
  };
  const { data, error, loading, reload } = useRemote(
    (signal) => (orgId ? getWorklist(orgId, query, signal) : Promise.resolve(null)),
    `worklist:${orgId ?? ''}:${filter}:${page}`,
  );
  const [shownOrg, setShownOrg] = useState(orgId);
  if (shownOrg !== orgId) {
    setShownOrg(orgId);
    setFilter(ALL);
    setPage(1);
  }
  const choose = (value: string) => {
    setFilter(value);
    setPage(1);
  };

  const overdue = data?.overdue ?? 0;
  const options = [
    { value: ALL, label: `Tất cả (${formatNumber(data?.all ?? 0)})` },
    ...(overdue > 0 ? [{ value: OVERDUE, label: <span className="text-danger">Quá hạn ({formatNumber(overdue)})</span> }] : []),
    ...(data?.by_kind ?? []).map(({ kind, count }) => ({
      value: kind,
      label: `${kindName(kind, 'Việc khác')} (${formatNumber(count)})`,
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
          {(data?.all ?? 0) > 0 && (
            <Segmented value={filter} onChange={(v) => choose(String(v))} options={options} className="work-filter" />
          )}
          <List<WorkItem>
            loading={loading && !data}
            dataSource={data?.items ?? []}
            rowKey={(i) => `${i.kind}:${i.member_id ?? ''}:${i.candidate_id ?? ''}:${i.transfer_id ?? ''}`}
            renderItem={(item) => <WorkItemRow item={item} />}
            pagination={
              (data?.total ?? 0) > PAGE_SIZE
                ? { current: page, pageSize: PAGE_SIZE, total: data?.total, onChange: setPage, showSizeChanger: false, align: 'center' }
                : false
            }
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
