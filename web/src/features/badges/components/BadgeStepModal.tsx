// The dialog that records the decision on a badge (number and date) or its award (date).
import { Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { recordBadgeStep } from '../api';
import type { Badge } from '../types';
import { DateInput } from '../../../shared/components/DateInput';
import { FormModal } from '../../../shared/components/FormModal';
import { toIsoDate } from '../../../shared/lib/format';
import { validDateRule } from '../../../shared/lib/dates';

interface Values {
  on?: Dayjs | null;
  decision_no?: string;
}

interface Props {
  badge: Badge | null;
  onClose: () => void;
  onSaved: () => void;
}

export function BadgeStepModal({ badge, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const deciding = badge?.status === 'proposed';
  return (
    <FormModal<Values>
      open={badge !== null}
      title={deciding ? 'Ghi quyết định tặng Huy hiệu Đảng' : 'Ghi trao Huy hiệu Đảng'}
      okText="Ghi"
      width={440}
      form={form}
      formName="badge_step"
      initialValues={{ on: dayjs() }}
      fields={['on', 'decision_no']}
      intro={badge ? `${badge.full_name}: Huy hiệu ${badge.milestone} năm tuổi Đảng.` : undefined}
      save={async (v) => {
        await recordBadgeStep(badge!.id, {
          step: deciding ? 'decide' : 'award',
          on: toIsoDate(v.on),
          decision_no: deciding ? v.decision_no?.trim() : undefined,
          version: badge!.version,
        });
        onSaved();
      }}
      onClose={onClose}
    >
      {deciding && (
        <Form.Item
          name="decision_no"
          label="Số quyết định"
          rules={[
            { required: true, whitespace: true, message: 'Vui lòng nhập số quyết định.' },
            { max: 100, message: 'Tối đa 100 ký tự.' },
          ]}
        >
          <Input autoComplete="off" placeholder="Ví dụ: 125-QĐ/TU" />
        </Form.Item>
      )}
      <Form.Item name="on" label={deciding ? 'Ngày quyết định' : 'Ngày trao'} rules={[{ required: true, message: 'Vui lòng chọn ngày.' }, validDateRule]}>
        <DateInput />
      </Form.Item>
    </FormModal>
  );
}
