// "Đơn vị văn hóa năm …": one host unit's registration and result in the year, with the
// decision recognising it.
import { Checkbox, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { DateInput } from '../../../shared/components/DateInput';
import { FormModal } from '../../../shared/components/FormModal';
import { useVocabOptions } from '../../../shared/hooks/useMeta';
import { validDateRule } from '../../../shared/lib/dates';
import { fromIsoDate, toIsoDate } from '../../../shared/lib/format';
import { recordCultureYear } from '../api';
import type { CultureUnit, CultureYear } from '../types';

interface Values {
  registered?: boolean;
  result?: string;
  decision_no?: string;
  decided_on?: Dayjs | null;
  note?: string;
}

export function CultureUnitModal({
  orgId,
  year,
  unit,
  onClose,
  onSaved,
}: {
  orgId: number;
  year: number;
  unit: CultureUnit | null;
  onClose: () => void;
  onSaved: (y: CultureYear) => void;
}) {
  const [form] = Form.useForm<Values>();
  const results = useVocabOptions('culture_result');
  const registered = Form.useWatch('registered', form);
  useEffect(() => {
    if (unit) {
      form.setFieldsValue({
        registered: unit.registered,
        result: unit.result || undefined,
        decision_no: unit.decision_no,
        decided_on: fromIsoDate(unit.decided_on),
        note: unit.note,
      });
    }
  }, [unit, form]);
  return (
    <FormModal<Values>
      open={unit !== null}
      title={`${unit?.host_unit_name ?? ''} — năm ${year}`}
      okText="Lưu"
      width={560}
      form={form}
      formName="culture-unit"
      fields={['registered', 'result', 'decision_no', 'decided_on', 'note', 'items']}
      save={async (v) =>
        onSaved(
          await recordCultureYear(orgId, year, [
            {
              host_unit_id: unit!.host_unit_id,
              registered: !!v.registered,
              result: v.registered ? v.result || undefined : undefined,
              decision_no: v.decision_no?.trim() || undefined,
              decided_on: v.decided_on ? toIsoDate(v.decided_on) : undefined,
              note: v.note?.trim() || undefined,
            },
          ]),
        )
      }
      onClose={onClose}
    >
      <Form.Item name="registered" valuePropName="checked">
        <Checkbox>Đăng ký xây dựng đơn vị văn hóa</Checkbox>
      </Form.Item>
      <Form.Item name="result" label="Kết quả">
        <Select allowClear disabled={!registered} options={results} aria-label="Kết quả" placeholder="Chưa có kết quả" />
      </Form.Item>
      <Form.Item name="decision_no" label="Số quyết định công nhận">
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="decided_on" label="Ngày quyết định" rules={[validDateRule]}>
        <DateInput />
      </Form.Item>
      <Form.Item name="note" label="Ghi chú">
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
