// "Ghi phong trào thi đua, mô hình": a movement, a "Dân vận khéo" model or an innovation
// programme of an organization of the subtree, with its dates.
import { Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { DateInput } from '../../../shared/components/DateInput';
import { FormModal } from '../../../shared/components/FormModal';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { useVocabOptions } from '../../../shared/hooks/useMeta';
import { validDateRule } from '../../../shared/lib/dates';
import { toIsoDate } from '../../../shared/lib/format';
import { createEmulation } from '../api';
import type { Emulation } from '../types';

interface Values {
  org_id?: number;
  kind?: string;
  title?: string;
  starts_on?: Dayjs | null;
  ends_on?: Dayjs | null;
  note?: string;
}

export function EmulationFormModal({ open, orgId, onClose, onSaved }: { open: boolean; orgId?: number; onClose: () => void; onSaved: (e: Emulation) => void }) {
  const [form] = Form.useForm<Values>();
  const kinds = useVocabOptions('emulation_kind');
  return (
    <FormModal<Values>
      open={open}
      title="Ghi phong trào thi đua, mô hình"
      okText="Ghi"
      width={600}
      form={form}
      formName="emulation"
      initialValues={{ org_id: orgId, kind: 'dan_van_kheo' }}
      fields={['org_id', 'kind', 'title', 'starts_on', 'ends_on', 'note']}
      save={async (v) => {
        const saved = await createEmulation(v.org_id!, {
          kind: v.kind!,
          title: v.title?.trim() ?? '',
          starts_on: toIsoDate(v.starts_on),
          ends_on: v.ends_on ? toIsoDate(v.ends_on) : undefined,
          note: v.note?.trim() || undefined,
        });
        form.resetFields();
        onSaved(saved);
      }}
      onClose={onClose}
    >
      <Form.Item name="org_id" label="Tổ chức" rules={[{ required: true, message: 'Vui lòng chọn tổ chức.' }]}>
        <OrgTreeSelect />
      </Form.Item>
      <Form.Item name="kind" label="Loại" rules={[{ required: true, message: 'Vui lòng chọn loại.' }]}>
        <Select options={kinds} aria-label="Loại" />
      </Form.Item>
      <Form.Item name="title" label="Tên phong trào, mô hình" rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập tên.' }]}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="starts_on" label="Ngày bắt đầu" rules={[{ required: true, message: 'Vui lòng nhập ngày bắt đầu.' }, validDateRule]}>
        <DateInput anyDay />
      </Form.Item>
      <Form.Item name="ends_on" label="Ngày kết thúc" rules={[validDateRule]}>
        <DateInput anyDay />
      </Form.Item>
      <Form.Item name="note" label="Ghi chú">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
