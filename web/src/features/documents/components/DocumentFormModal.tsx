// "Ghi văn bản cấp trên": kind, number ("22-NQ/TW"), issuer, date and summary of a document
// the organization follows.
import { Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { DateInput } from '../../../shared/components/DateInput';
import { FormModal } from '../../../shared/components/FormModal';
import { useVocabOptions } from '../../../shared/hooks/useMeta';
import { validDateRule } from '../../../shared/lib/dates';
import { toIsoDate } from '../../../shared/lib/format';
import { createDocument } from '../api';
import type { HigherDocument } from '../types';

interface Values {
  kind?: string;
  number?: string;
  issuer?: string;
  issued_on?: Dayjs | null;
  title?: string;
}

export function DocumentFormModal({ open, orgId, onClose, onSaved }: { open: boolean; orgId: number; onClose: () => void; onSaved: (d: HigherDocument) => void }) {
  const [form] = Form.useForm<Values>();
  const kinds = useVocabOptions('document_kind');
  return (
    <FormModal<Values>
      open={open}
      title="Ghi văn bản cấp trên"
      okText="Ghi văn bản"
      width={600}
      form={form}
      formName="higher-document"
      initialValues={{ kind: 'resolution' }}
      fields={['kind', 'number', 'issuer', 'issued_on', 'title']}
      save={async (v) => {
        const saved = await createDocument(orgId, {
          kind: v.kind!,
          number: v.number?.trim() ?? '',
          issuer: v.issuer?.trim() || undefined,
          issued_on: toIsoDate(v.issued_on),
          title: v.title?.trim() ?? '',
        });
        form.resetFields();
        onSaved(saved);
      }}
      onClose={onClose}
    >
      <Form.Item name="kind" label="Loại văn bản" rules={[{ required: true, message: 'Vui lòng chọn loại văn bản.' }]}>
        <Select options={kinds} aria-label="Loại văn bản" />
      </Form.Item>
      <Form.Item name="number" label="Số văn bản" rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập số văn bản.' }]}>
        <Input maxLength={60} placeholder="22-NQ/TW" />
      </Form.Item>
      <Form.Item name="issuer" label="Cơ quan ban hành">
        <Input maxLength={200} placeholder="Bộ Chính trị" />
      </Form.Item>
      <Form.Item name="issued_on" label="Ngày ban hành" rules={[{ required: true, message: 'Vui lòng nhập ngày ban hành.' }, validDateRule]}>
        <DateInput />
      </Form.Item>
      <Form.Item name="title" label="Trích yếu" rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập trích yếu.' }]}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
