// The dialog that adds a committee seat (cấp ủy viên) of a term, and the position labels.
import { Col, Form, Input, Row, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { addCommitteeSeat } from '../api';
import { listMembers } from '../../members';
import type { CommitteePosition, CommitteeSeat } from '../types';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate, toIsoDate } from '../../../shared/lib/format';
import { FormModal } from '../../../shared/components/FormModal';
import { DateInput } from '../../../shared/components/DateInput';
import { validDateRule } from '../../../shared/lib/dates';

export const POSITION_OPTIONS: { value: CommitteePosition; label: string }[] = [
  { value: 'secretary', label: 'Bí thư' },
  { value: 'deputy_secretary', label: 'Phó Bí thư' },
  { value: 'standing_member', label: 'Ủy viên Ban Thường vụ' },
  { value: 'member', label: 'Cấp ủy viên' },
];

interface Values {
  term: string;
  member_id?: number;
  person_name: string;
  position: CommitteePosition;
  heads_host_unit: boolean;
  from_date?: Dayjs | null;
  to_date?: Dayjs | null;
}

const FIELDS = ['term', 'person_name', 'member_id', 'position', 'heads_host_unit', 'from_date', 'to_date'];

/** The current term "2020–2025" style: the five-year term around today. */
function currentTerm(): string {
  const y = new Date().getFullYear();
  const start = y - ((y - 2020) % 5 + 5) % 5;
  return `${start}–${start + 5}`;
}

interface Props {
  orgId: number;
  open: boolean;
  onClose: () => void;
  onAdded: (seat: CommitteeSeat) => void;
}

/** Adds a committee member for a term; the person may be linked to a member file of the unit. */
export function AddCommitteeSeatModal({ orgId, open, onClose, onAdded }: Props) {
  const [form] = Form.useForm<Values>();
  const [search, setSearch] = useState('');
  const members = useRemote(
    (signal) => (open ? listMembers({ org_id: orgId, q: search || undefined, page_size: 20 }, signal) : Promise.resolve(undefined)),
    `${orgId}:${open}:${search}`,
  );

  return (
    <FormModal<Values>
      open={open}
      title="Thêm cấp ủy viên"
      okText="Thêm"
      width={600}
      form={form}
      initialValues={{ term: currentTerm(), position: 'member', heads_host_unit: false }}
      fields={FIELDS}
      save={async (v) =>
        onAdded(
          await addCommitteeSeat(orgId, {
            term: v.term.trim(),
            person_name: v.person_name.trim(),
            position: v.position,
            heads_host_unit: !!v.heads_host_unit,
            member_id: v.member_id,
            from_date: toIsoDate(v.from_date) || undefined,
            to_date: toIsoDate(v.to_date) || undefined,
          }),
        )
      }
      onClose={onClose}
      afterClose={() => setSearch('')}
    >
      <Row gutter={12}>
        <Col xs={24} sm={10}>
          <Form.Item
            name="term"
            label="Nhiệm kỳ"
            rules={[
              { required: true, message: 'Vui lòng nhập nhiệm kỳ.' },
              { pattern: /^\s*\d{4}\s*[-–]\s*\d{4}\s*$/, message: 'Nhiệm kỳ ghi dạng “2020–2025”.' },
            ]}
          >
            <Input placeholder="2020–2025" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={14}>
          <Form.Item name="position" label="Chức vụ" rules={[{ required: true, message: 'Vui lòng chọn chức vụ.' }]}>
            <Select options={POSITION_OPTIONS} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="member_id" label="Đảng viên trong đơn vị" extra="Chọn để liên kết với hồ sơ; có thể để trống và chỉ ghi họ tên.">
        <Select<number>
          showSearch
          allowClear
          filterOption={false}
          onSearch={setSearch}
          loading={members.loading}
          placeholder="Tìm theo tên (không dấu cũng được)"
          notFoundContent="Không tìm thấy đảng viên"
          options={(members.data?.items ?? []).map((m) => ({
            value: m.id,
            label: `${m.full_name} (${formatDate(m.birth_date)})`,
            name: m.full_name,
          }))}
          onChange={(_v, option) => {
            const o = Array.isArray(option) ? undefined : option;
            if (o && 'name' in o) form.setFieldValue('person_name', o.name);
          }}
        />
      </Form.Item>
      <Form.Item
        name="person_name"
        label="Họ và tên"
        rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập họ và tên.' }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={12}>
          <Form.Item rules={[validDateRule]} name="from_date" label="Từ ngày">
            <DateInput anyDay />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item rules={[validDateRule]} name="to_date" label="Đến ngày">
            <DateInput anyDay />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="heads_host_unit" label="Đồng thời là người đứng đầu cơ quan, đơn vị" valuePropName="checked">
        <Switch checkedChildren="Có" unCheckedChildren="Không" />
      </Form.Item>
    </FormModal>
  );
}
