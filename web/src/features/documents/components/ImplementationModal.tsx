// "Ghi việc thực hiện": a grassroots organization's study session, action plan and thematic
// resolution for a document, each with its date (and number).
import { Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { DateInput } from '../../../shared/components/DateInput';
import { FormModal } from '../../../shared/components/FormModal';
import { validDateRule } from '../../../shared/lib/dates';
import { fromIsoDate, toIsoDate } from '../../../shared/lib/format';
import { recordImplementation } from '../api';
import type { HigherDocument, Implementation } from '../types';

interface Values {
  studied_on?: Dayjs | null;
  plan_on?: Dayjs | null;
  plan_no?: string;
  resolution_on?: Dayjs | null;
  resolution_no?: string;
}

const iso = (d: Dayjs | null | undefined) => (d ? toIsoDate(d) : undefined);

export function ImplementationModal({ doc, unit, onClose, onSaved }: { doc: HigherDocument; unit: Implementation | null; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (unit) {
      form.setFieldsValue({
        studied_on: fromIsoDate(unit.studied_on),
        plan_on: fromIsoDate(unit.plan_on),
        plan_no: unit.plan_no,
        resolution_on: fromIsoDate(unit.resolution_on),
        resolution_no: unit.resolution_no,
      });
    }
  }, [unit, form]);
  return (
    <FormModal<Values>
      open={unit !== null}
      title={`${unit?.org_name ?? ''} — ${doc.number}`}
      okText="Lưu"
      width={560}
      form={form}
      formName="implementation"
      fields={['studied_on', 'plan_on', 'plan_no', 'resolution_on', 'resolution_no']}
      save={async (v) => {
        await recordImplementation(unit!.org_id, doc.id, {
          studied_on: iso(v.studied_on),
          plan_on: iso(v.plan_on),
          plan_no: v.plan_no?.trim() || undefined,
          resolution_on: iso(v.resolution_on),
          resolution_no: v.resolution_no?.trim() || undefined,
        });
        onSaved();
      }}
      onClose={onClose}
    >
      <Form.Item name="studied_on" label="Ngày học tập, quán triệt" rules={[validDateRule]}>
        <DateInput />
      </Form.Item>
      <Form.Item name="plan_on" label="Ngày ban hành chương trình, kế hoạch" rules={[validDateRule]}>
        <DateInput />
      </Form.Item>
      <Form.Item name="plan_no" label="Số chương trình, kế hoạch">
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="resolution_on" label="Ngày ban hành nghị quyết chuyên đề" rules={[validDateRule]}>
        <DateInput />
      </Form.Item>
      <Form.Item name="resolution_no" label="Số nghị quyết chuyên đề">
        <Input maxLength={60} />
      </Form.Item>
    </FormModal>
  );
}
