// "Ghi hoạt động" / "Sửa": one activity of a kind — a study session (document, invited and
// attending members), an online conference (connection points, participants), a contest
// (entries, prizes) or a public-opinion report (opinions, topics, summary).
import { Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { DateInput } from '../../../shared/components/DateInput';
import { FormModal } from '../../../shared/components/FormModal';
import { NumberInput } from '../../../shared/components/NumberInput';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { useVocabOptions } from '../../../shared/hooks/useMeta';
import { validDateRule } from '../../../shared/lib/dates';
import { fromIsoDate, toIsoDate } from '../../../shared/lib/format';
import { validNumberRule } from '../../../shared/lib/numbers';
import { createActivity, updateActivity } from '../api';
import type { Activity, ActivityInput, ActivityKind } from '../types';

interface Values {
  org_id?: number;
  title?: string;
  held_on?: Dayjs | null;
  ends_on?: Dayjs | null;
  document_no?: string;
  document_kind?: string;
  invited?: number;
  attended?: number;
  points?: number;
  entries?: number;
  prizes?: number;
  opinions?: number;
  topics?: string;
  summary?: string;
  note?: string;
}

const TITLES: Record<ActivityKind, string> = {
  study_session: 'buổi học tập, quán triệt',
  online_conference: 'hội nghị trực tuyến',
  contest: 'cuộc thi',
  opinion_report: 'báo cáo dư luận xã hội',
};

const required = (what: string) => ({ required: true, message: `Vui lòng nhập ${what}.` });
const MAX = 10_000_000;

function KindFields({ kind }: { kind: ActivityKind }) {
  const documentKinds = useVocabOptions('document_kind');
  const study = kind === 'study_session';
  return (
    <>
      {(study || kind === 'online_conference') && (
        <>
          <Form.Item name="document_no" label="Số hiệu văn bản" rules={study ? [required('số hiệu văn bản')] : []}>
            <Input maxLength={100} placeholder="57-NQ/TW" />
          </Form.Item>
          <Form.Item name="document_kind" label="Loại văn bản" rules={study ? [{ required: true, message: 'Vui lòng chọn loại văn bản.' }] : []}>
            <Select options={documentKinds} allowClear aria-label="Loại văn bản" />
          </Form.Item>
        </>
      )}
      {study && (
        <Form.Item name="invited" label="Số đảng viên được triệu tập" rules={[required('số đảng viên được triệu tập'), validNumberRule]}>
          <NumberInput min={1} max={MAX} style={{ width: '100%' }} />
        </Form.Item>
      )}
      {kind === 'online_conference' && (
        <Form.Item name="points" label="Số điểm cầu" rules={[required('số điểm cầu'), validNumberRule]}>
          <NumberInput min={1} max={MAX} style={{ width: '100%' }} />
        </Form.Item>
      )}
      {(study || kind === 'online_conference') && (
        <Form.Item name="attended" label={study ? 'Số đảng viên tham gia' : 'Số người dự'} rules={[required(study ? 'số đảng viên tham gia' : 'số người dự'), validNumberRule]}>
          <NumberInput min={0} max={MAX} style={{ width: '100%' }} />
        </Form.Item>
      )}
      {kind === 'contest' && (
        <>
          <Form.Item name="entries" label="Số bài dự thi" rules={[required('số bài dự thi'), validNumberRule]}>
            <NumberInput min={0} max={MAX} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="prizes" label="Số giải" rules={[validNumberRule]}>
            <NumberInput min={0} max={MAX} style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
      {kind === 'opinion_report' && (
        <>
          <Form.Item name="opinions" label="Số ý kiến, dư luận thu thập" rules={[required('số ý kiến'), validNumberRule]}>
            <NumberInput min={0} max={MAX} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="topics" label="Vấn đề được quan tâm">
            <Input maxLength={1000} />
          </Form.Item>
          <Form.Item name="summary" label="Tóm tắt tình hình dư luận" rules={[required('tóm tắt')]}>
            <Input.TextArea rows={3} maxLength={5000} />
          </Form.Item>
        </>
      )}
    </>
  );
}

function bodyOf(kind: ActivityKind, v: Values): ActivityInput {
  return {
    kind,
    title: v.title?.trim() ?? '',
    held_on: toIsoDate(v.held_on),
    ends_on: toIsoDate(v.ends_on) || undefined,
    document_no: v.document_no?.trim() || undefined,
    document_kind: v.document_kind || undefined,
    invited: v.invited ?? undefined,
    attended: v.attended ?? undefined,
    points: v.points ?? undefined,
    entries: v.entries ?? undefined,
    prizes: v.prizes ?? undefined,
    opinions: v.opinions ?? undefined,
    topics: v.topics?.trim() || undefined,
    summary: v.summary?.trim() || undefined,
    note: v.note?.trim() || undefined,
  };
}

export function ActivityFormModal({
  open,
  kind,
  orgId,
  editing,
  onClose,
  onSaved,
}: {
  open: boolean;
  kind: ActivityKind;
  orgId?: number;
  editing?: Activity;
  onClose: () => void;
  onSaved: (a: Activity) => void;
}) {
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (open && editing) {
      form.setFieldsValue({
        ...editing,
        held_on: fromIsoDate(editing.held_on),
        ends_on: editing.ends_on ? fromIsoDate(editing.ends_on) : null,
        invited: editing.invited ?? undefined,
        attended: editing.attended ?? undefined,
        points: editing.points ?? undefined,
        entries: editing.entries ?? undefined,
        prizes: editing.prizes ?? undefined,
        opinions: editing.opinions ?? undefined,
        document_kind: editing.document_kind || undefined,
      });
    }
  }, [open, editing, form]);
  return (
    <FormModal<Values>
      open={open}
      title={editing ? `Sửa ${TITLES[kind]}` : `Ghi ${TITLES[kind]}`}
      okText={editing ? 'Lưu' : 'Ghi'}
      width={600}
      form={form}
      formName={`propaganda_${kind}`}
      initialValues={{ org_id: orgId }}
      fields={['org_id', 'title', 'held_on', 'ends_on', 'document_no', 'document_kind', 'invited', 'attended', 'points', 'entries', 'prizes', 'opinions', 'topics', 'summary', 'note', 'kind']}
      save={async (v) => {
        const body = bodyOf(kind, v);
        onSaved(editing ? await updateActivity(editing.id, { ...body, version: editing.version }) : await createActivity(v.org_id!, body));
      }}
      onClose={onClose}
      afterClose={() => form.resetFields()}
    >
      {!editing && (
        <Form.Item name="org_id" label="Đơn vị tổ chức" rules={[{ required: true, message: 'Vui lòng chọn đơn vị.' }]}>
          <OrgTreeSelect />
        </Form.Item>
      )}
      <Form.Item name="title" label="Tên, nội dung" rules={[required('tên, nội dung')]}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="held_on" label={kind === 'opinion_report' ? 'Ngày báo cáo' : 'Ngày tổ chức'} rules={[{ required: true, message: 'Vui lòng chọn ngày.' }, validDateRule]}>
        <DateInput />
      </Form.Item>
      {kind === 'contest' && (
        <Form.Item name="ends_on" label="Ngày kết thúc" rules={[validDateRule]}>
          <DateInput anyDay />
        </Form.Item>
      )}
      <KindFields kind={kind} />
      <Form.Item name="note" label="Ghi chú">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
