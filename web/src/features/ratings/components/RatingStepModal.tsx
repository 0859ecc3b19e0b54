// The dialog that records one step of a rating: the level (four-level years) or the score
// (years under 366-QĐ/TW), dated; the server checks the order, the rules and the cap.
import { App, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { recordRatingStep } from '../api';
import { nextSteps } from '../lib';
import type { RatingRow, RatingStage } from '../types';
import { useAuth } from '../../../shared/auth/useAuth';
import { DateInput } from '../../../shared/components/DateInput';
import { FormModal } from '../../../shared/components/FormModal';
import { useLabel, useVocabOptions } from '../../../shared/hooks/useMeta';
import { toIsoDate } from '../../../shared/lib/format';
import dayjs from 'dayjs';
import { validDateRule } from '../../../shared/lib/dates';
import { NumberInput } from '../../../shared/components/NumberInput';
import { validNumberRule } from '../../../shared/lib/numbers';
import { RuleNote } from '../../../shared/components/RuleNote';

interface Values {
  step?: RatingStage;
  on?: Dayjs | null;
  level?: string;
  score?: number | null;
  approval_no?: string;
  note?: string;
}

interface Props {
  /** The member or organization to rate; null when closed. */
  row: RatingRow | null;
  year: number;
  scheme: 'quota' | 'score';
  onClose: () => void;
  onSaved: () => void;
}

export function RatingStepModal({ row, year, scheme, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { can } = useAuth();
  const { message } = App.useApp();
  const stageLabel = useLabel('rating_stage');
  const levelOptions = useVocabOptions('rating_level');
  const steps = nextSteps(row?.rating?.stage).filter((s) => can(s.action));
  const step = Form.useWatch('step', form);
  const scored = scheme === 'score';

  return (
    <FormModal<Values>
      open={row !== null}
      title={row ? `Xếp loại năm ${year}: ${row.name}` : ''}
      okText="Ghi"
      width={520}
      form={form}
      formName="rating"
      initialValues={{ step: steps.at(-1)?.step, on: dayjs(), level: row?.rating?.level }}
      fields={['step', 'on', 'level', 'score', 'approval_no', 'note', 'year']}
      intro={
        scored
          ? 'Năm này chấm điểm thang 100 (Quy định 366-QĐ/TW): từ 90 điểm xuất sắc, 70 tốt, 50 hoàn thành.'
          : 'Năm này xếp loại theo mức; "xuất sắc" không quá 20% số "hoàn thành tốt" của mỗi tổ chức cơ sở đảng.'
      }
      save={async (v) => {
        const r = await recordRatingStep(row!.subject, row!.id, {
          year,
          step: v.step!,
          on: toIsoDate(v.on),
          level: v.level || undefined,
          score: scored && v.score !== null && v.score !== undefined ? v.score : undefined,
          approval_no: v.approval_no?.trim() || undefined,
          note: v.note?.trim() || undefined,
          version: row!.rating?.version,
        });
        for (const w of r.warnings) message.warning(w, 8);
        message.success('Đã ghi kết quả xếp loại.');
        onSaved();
      }}
      onClose={onClose}
    >
      <Form.Item name="step" label="Bước" rules={[{ required: true, message: 'Vui lòng chọn bước.' }]}>
        <Select options={steps.map((s) => ({ value: s.step, label: stageLabel(s.step) }))} />
      </Form.Item>
      <Form.Item name="on" label="Ngày thực hiện" rules={[{ required: true, message: 'Vui lòng chọn ngày.' }, validDateRule]}>
        <DateInput />
      </Form.Item>
      {step !== 'approved' && scored && (
        <Form.Item name="score" label="Điểm (0–100)" rules={[{ required: true, message: 'Vui lòng nhập điểm.' }, validNumberRule]}>
          <NumberInput min={0} max={100} style={{ width: '100%' }} inputMode="numeric" />
        </Form.Item>
      )}
      {step !== 'approved' && (
        <Form.Item
          name="level"
          label={scored ? 'Mức xếp loại (để trống: theo điểm)' : 'Mức xếp loại'}
          rules={scored ? [] : [{ required: true, message: 'Vui lòng chọn mức.' }]}
          extra={<RuleNote rule="rating" at={`${year}-12-31`} />}
        >
          <Select options={levelOptions} allowClear={scored} />
        </Form.Item>
      )}
      {step === 'approved' && (
        <Form.Item name="approval_no" label="Số văn bản phê duyệt" rules={[{ max: 100, message: 'Tối đa 100 ký tự.' }]}>
          <Input autoComplete="off" placeholder="Ví dụ: 25-QĐ/ĐUK" />
        </Form.Item>
      )}
      <Form.Item name="note" label="Ghi chú" rules={[{ max: 2000, message: 'Tối đa 2.000 ký tự.' }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
