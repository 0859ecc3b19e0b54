import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { recordCandidateStep } from '../api';
import type { Candidate, CandidateStepResult } from '../types';
import { DATE_FORMAT, toIsoDate } from '../../../shared/lib/format';
import { applyApiError } from '../../../shared/lib/forms';

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
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const text = TEXT[kind ?? 'withdraw'];

  const submit = async (v: Values) => {
    if (!kind) return;
    setBusy(true);
    setProblem(null);
    try {
      onDone(
        await recordCandidateStep(candidate.id, {
          step: kind,
          on: toIsoDate(v.on),
          reason: v.reason?.trim(),
          version: candidate.version,
        }),
      );
    } catch (err) {
      setProblem(applyApiError(form, err, ['on', 'reason']));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={kind !== null}
      title={`${text.title}: ${candidate.full_name}`}
      okText={text.ok}
      okButtonProps={{ danger: true }}
      cancelText="Hủy"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => setProblem(null)}
      destroyOnHidden
    >
      <Alert type="warning" showIcon message={text.intro} style={{ marginBottom: 16 }} />
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
      <Form form={form} name="close" layout="vertical" preserve={false} onFinish={(v) => void submit(v)}>
        <Form.Item name="on" label={text.dateLabel} rules={[{ required: true, message: 'Vui lòng chọn ngày.' }]}>
          <DatePicker
            format={DATE_FORMAT}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            placeholder="dd/mm/yyyy"
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item name="reason" label="Lý do" rules={[{ required: true, whitespace: true, message: 'Vui lòng ghi lý do.' }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
