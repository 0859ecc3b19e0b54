// One kind of activity in a subtree and year: the table (figures by kind, a study session's
// participation rate), with recording, changing and voiding for those who may write.
import type { TableColumnsType } from 'antd';
import { formatDate, formatNumber, formatPercent } from '../../../shared/lib/format';
import { listActivities, voidActivity } from '../api';
import type { Activity, ActivityKind } from '../types';
import { ActivityFormModal } from './ActivityFormModal';
import { RecordTable } from './RecordTable';

const NOUN: Record<ActivityKind, string> = {
  study_session: 'buổi học tập',
  online_conference: 'hội nghị',
  contest: 'cuộc thi',
  opinion_report: 'báo cáo',
};

function figureColumns(kind: ActivityKind): TableColumnsType<Activity> {
  const n = (title: string, key: keyof Activity, width = 100): TableColumnsType<Activity>[number] => ({
    title,
    dataIndex: key,
    key,
    width,
    align: 'right',
    render: (v: number | null) => formatNumber(v),
  });
  switch (kind) {
    case 'study_session':
      return [
        { title: 'Văn bản', dataIndex: 'document_no', key: 'document_no', width: 120 },
        n('Triệu tập', 'invited'),
        n('Tham gia', 'attended'),
        { title: 'Tỷ lệ', dataIndex: 'rate', key: 'rate', width: 90, align: 'right', render: (v: number | null) => formatPercent(v) },
      ];
    case 'online_conference':
      return [n('Điểm cầu', 'points'), n('Người dự', 'attended')];
    case 'contest':
      return [n('Bài dự thi', 'entries', 110), n('Giải', 'prizes', 80)];
    default:
      return [n('Ý kiến', 'opinions'), { title: 'Vấn đề được quan tâm', dataIndex: 'topics', key: 'topics', responsive: ['lg'] }];
  }
}

export function ActivityTab({ orgId, year, kind }: { orgId: number; year?: number; kind: ActivityKind }) {
  const columns: TableColumnsType<Activity> = [
    { title: 'Ngày', dataIndex: 'held_on', key: 'held_on', width: 110, render: (d: string) => formatDate(d) },
    { title: 'Nội dung', dataIndex: 'title', key: 'title' },
    ...figureColumns(kind),
    { title: 'Đơn vị', dataIndex: 'org_name', key: 'org_name', responsive: ['md'] },
  ];
  return (
    <RecordTable<Activity>
      noun={NOUN[kind]}
      queryKey={JSON.stringify([orgId, year, kind])}
      load={(page, page_size, signal) => listActivities(orgId, { kind, year, page, page_size }, signal)}
      columns={columns}
      onVoid={(a, reason) => voidActivity(a.id, reason)}
      form={(open, editing, close, done) => <ActivityFormModal open={open} kind={kind} orgId={orgId} editing={editing} onClose={close} onSaved={done} />}
    />
  );
}
