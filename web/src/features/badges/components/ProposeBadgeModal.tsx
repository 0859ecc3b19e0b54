// The dialog that proposes a member due at a round for the badge of their milestone (or
// early, for serious illness, or posthumously); the server checks party age and discipline.
import { Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { proposeBadge } from '../api';
import type { BadgeBasis, BadgeDue } from '../types';
import { DateInput } from '../../../shared/components/DateInput';
import { FormModal } from '../../../shared/components/FormModal';
import { useVocabOptions } from '../../../shared/hooks/useMeta';
import { formatDate, toIsoDate } from '../../../shared/lib/format';
import { validDateRule } from '../../../shared/lib/dates';
import { RuleNote } from '../../../shared/components/RuleNote';

interface Values {
  basis?: BadgeBasis;
  proposed_on?: Dayjs | null;
  note?: string;
}

interface Props {
  due: BadgeDue | null;
  round: string;
  onClose: () => void;
  onSaved: () => void;
}

export function ProposeBadgeModal({ due, round, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const basisOptions = useVocabOptions('badge_basis');
  return (
    <FormModal<Values>
      open={due !== null}
      title={due ? `Đề nghị Huy hiệu ${due.milestone} năm tuổi Đảng` : ''}
      okText="Đề nghị"
      width={480}
      form={form}
      formName="badge"
      initialValues={{ basis: 'regular', proposed_on: dayjs() }}
      fields={['basis', 'proposed_on', 'note', 'milestone', 'round_on']}
      intro={due ? `${due.full_name} (${due.org_name}), đợt ${formatDate(round)}.` : undefined}
      save={async (v) => {
        await proposeBadge(due!.member_id, {
          milestone: due!.milestone,
          round_on: round,
          basis: v.basis!,
          proposed_on: toIsoDate(v.proposed_on),
          note: v.note?.trim() || undefined,
        });
        onSaved();
      }}
      onClose={onClose}
    >
      <Form.Item name="basis" label="Căn cứ" rules={[{ required: true }]}>
        <Select options={basisOptions} />
      </Form.Item>
      <Form.Item
        name="proposed_on"
        label="Ngày đề nghị"
        rules={[{ required: true, message: 'Vui lòng chọn ngày.' }, validDateRule]}
        extra={<RuleNote rule="badge" />}
      >
        <DateInput />
      </Form.Item>
      <Form.Item name="note" label="Ghi chú" rules={[{ max: 2000, message: 'Tối đa 2.000 ký tự.' }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
