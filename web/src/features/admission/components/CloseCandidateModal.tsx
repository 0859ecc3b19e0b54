import { Alert, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../../shared/components/FormModal';
import { recordCandidateStep } from '../api';
import type { Candidate, CandidateStepResult } from '../types';
import { toIsoDate } from '../../../shared/lib/format';
import { DateInput } from '../../../shared/components/DateInput';
import { validDateRule } from '../../../shared/lib/dates';

interface Values {
  on?: Dayjs | null;
  reason?: string;
}

const TEXT = {
  refuse: {
    title: 'Không kết nạp',
    intro: 'Hồ sơ kết thúc: quần chúng không được kết nạp vào Đảng.',
    dateLabel: 'Ngày quyết định không kết nạp',
    ok: 'Ghi nhận không kết nạp',
  },
  withdraw: {
    title: 'Rút hồ sơ',
    intro: 'Hồ sơ kết thúc: quần chúng rút hồ sơ hoặc chi bộ dừng bồi dưỡng.',
    dateLabel: 'Ngày rút hồ sơ',
    ok: 'Ghi nhận rút hồ sơ',
  },
} as const;

interface Props {
  candidate: Candidate;
  kind: 'refuse' | 'withdraw' | null;
  onClose: () => void;
  onDone: (result: CandidateStepResult) => void;
}

/** Ends a file without admission: refused or withdrawn, with the date and the reason. */
export function CloseCandidateModal({ candidate, kind, onClose, onDone }: Props) {
  const [form] = Form.useForm<Values>();
  const text = TEXT[kind ?? 'withdraw'];

  const save = async (v: Values) => {
    if (!kind) return;
    onDone(
      await recordCandidateStep(candidate.id, {
        step: kind,
        on: toIsoDate(v.on),
        reason: v.reason?.trim(),
        version: candidate.version,
      }),
    );
  };

  return (
    <FormModal<Values>
      open={kind !== null}
      title={`${text.title}: ${candidate.full_name}`}
      okText={text.ok}
      danger
      form={form}
      formName="close"
      fields={['on', 'reason']}
      save={save}
      onClose={onClose}
      intro={<Alert type="warning" showIcon message={text.intro} style={{ marginBottom: 16 }} />}
    >
        <Form.Item name="on" label={text.dateLabel} rules={[{ required: true, message: 'Vui lòng chọn ngày.' }, validDateRule]}>
          <DateInput />
        </Form.Item>
        <Form.Item name="reason" label="Lý do" rules={[{ required: true, whitespace: true, message: 'Vui lòng ghi lý do.' }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
    </FormModal>
  );
}
