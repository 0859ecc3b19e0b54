// "Ghi buổi sinh hoạt": a new meeting (held, or only planned) or the record of an existing one.
import { AutoComplete, Col, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { DateInput } from '../../../shared/components/DateInput';
import { FormModal } from '../../../shared/components/FormModal';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { useVocabOptions } from '../../../shared/hooks/useMeta';
import { fromIsoDate, toIsoDate } from '../../../shared/lib/format';
import { useRemote } from '../../../shared/hooks/useRemote';
import { listCommittee } from '../../orgs';
import { createMeeting, listAssignments, recordMeeting } from '../api';
import type { Meeting, MeetingInput, MeetingKind } from '../types';
import { validDateRule } from '../../../shared/lib/dates';
import { RuleNote } from '../../../shared/components/RuleNote';

interface Values {
  org_id?: number;
  kind?: MeetingKind;
  held_on?: Dayjs | null;
  planned_on?: Dayjs | null;
  topic?: string;
  chair_name?: string;
  recorder_name?: string;
  higher_member_id?: number;
  higher_name?: string;
  resolution?: string;
  quality?: string;
}

const FIELDS = ['org_id', 'kind', 'held_on', 'planned_on', 'topic', 'chair_name', 'recorder_name', 'higher_member_id', 'higher_name', 'resolution', 'quality'];

const text = (v: string | undefined) => v?.trim() ?? '';
// A suggestion stays while what is typed is part of its name, without regard to case.
const suggests = (typed: string, option?: { value: string }) =>
  (option?.value ?? '').toLocaleLowerCase('vi').includes(typed.trim().toLocaleLowerCase('vi'));

function body(v: Values, meeting?: Meeting): MeetingInput {
  return {
    org_id: meeting ? undefined : v.org_id,
    kind: v.kind,
    held_on: toIsoDate(v.held_on) || undefined,
    planned_on: toIsoDate(v.planned_on) || undefined,
    topic: text(v.topic),
    chair_name: text(v.chair_name),
    recorder_name: text(v.recorder_name),
    // An assigned committee member by their file; anyone else by name.
    higher_member_id: v.higher_member_id,
    higher_name: v.higher_member_id ? '' : text(v.higher_name),
    resolution: text(v.resolution),
    quality: v.quality ?? '',
    version: meeting?.version,
  };
}

interface Props {
  open: boolean;
  /** Editing this meeting; none: a new one. */
  meeting?: Meeting;
  orgId?: number;
  onClose: () => void;
  onSaved: (m: Meeting) => void;
}

export function MeetingFormModal({ open, meeting, orgId, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const kinds = useVocabOptions('meeting_kind');
  const qualities = useVocabOptions('meeting_quality');
  // The higher-level committee members assigned to the unit (or who attended before).
  const unit = Form.useWatch('org_id', form) ?? meeting?.org_id;
  const assigned = useRemote(
    (signal) => (unit ? listAssignments(unit, true, signal) : Promise.resolve({ items: [] })),
    `assigned:${unit ?? 0}`,
  );
  // The unit's sitting committee, suggested as chair and recorder (any other name may be typed).
  const committee = useRemote(
    (signal) => (unit ? listCommittee(unit, signal) : Promise.resolve({ items: [] })),
    `committee:${unit ?? 0}`,
  );
  const people = (committee.data?.items ?? [])
    .filter((s) => !s.to_date)
    .map((s) => ({ value: s.person_name, label: `${s.person_name} — ${s.position_label}` }));
  const higherOptions = (assigned.data?.items ?? [])
    .filter((a) => a.org_id === unit)
    .map((a) => ({ value: a.member_id, label: `${a.member_name} (${a.member_org_name})` }));
  if (meeting?.higher_member_id && !higherOptions.some((o) => o.value === meeting.higher_member_id)) {
    higherOptions.push({ value: meeting.higher_member_id, label: meeting.higher_name });
  }
  const initial: Values = meeting
    ? {
        kind: meeting.kind,
        held_on: fromIsoDate(meeting.held_on),
        planned_on: fromIsoDate(meeting.planned_on),
        topic: meeting.topic,
        chair_name: meeting.chair_name,
        recorder_name: meeting.recorder_name,
        higher_member_id: meeting.higher_member_id ?? undefined,
        higher_name: meeting.higher_member_id ? '' : meeting.higher_name,
        resolution: meeting.resolution,
        quality: meeting.quality || undefined,
      }
    : { org_id: orgId, kind: 'regular' };
  return (
    <FormModal<Values>
      open={open}
      title={meeting ? 'Ghi kết quả buổi sinh hoạt' : 'Thêm buổi sinh hoạt'}
      okText="Lưu"
      width={720}
      form={form}
      formName="meeting"
      initialValues={initial}
      fields={FIELDS}
      save={async (v) => onSaved(meeting ? await recordMeeting(meeting.id, body(v, meeting)) : await createMeeting(body(v)))}
      check={(v) => (v.held_on || v.planned_on ? null : 'Hãy nhập ngày sinh hoạt (hoặc ngày dự kiến).')}
      onClose={onClose}
    >
      <Row gutter={16}>
        {!meeting && (
          <Col xs={24} md={12}>
            <Form.Item name="org_id" label="Tổ chức đảng" rules={[{ required: true, message: 'Vui lòng chọn tổ chức.' }]}>
              <OrgTreeSelect />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={12}>
          <Form.Item name="kind" label="Loại buổi sinh hoạt" rules={[{ required: true, message: 'Vui lòng chọn loại.' }]} extra={<RuleNote rule="meetings" />}>
            <Select options={kinds} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item rules={[validDateRule]} name="held_on" label="Ngày sinh hoạt">
            <DateInput />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item rules={[validDateRule]} name="planned_on" label="Ngày dự kiến">
            <DateInput anyDay />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="topic" label="Nội dung, chủ đề" rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập nội dung.' }]}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="chair_name" label="Chủ trì">
            <AutoComplete options={people} maxLength={100} filterOption={suggests} placeholder="Chọn trong cấp ủy hoặc nhập họ tên" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="recorder_name" label="Thư ký">
            <AutoComplete options={people} maxLength={100} filterOption={suggests} placeholder="Chọn trong cấp ủy hoặc nhập họ tên" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="higher_member_id" label="Cấp ủy cấp trên dự (được phân công)">
            <Select options={higherOptions} allowClear placeholder="Chọn cấp ủy viên được phân công" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="higher_name" label="Hoặc ghi họ tên cấp ủy cấp trên dự">
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="resolution" label="Nghị quyết, kết luận">
            <Input.TextArea rows={3} maxLength={10000} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="quality" label="Xếp loại chất lượng">
            <Select options={qualities} allowClear />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
