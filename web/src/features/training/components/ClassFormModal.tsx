// "Mở lớp" / "Sửa thông tin lớp": kind, title, dates, place of a class organised by an
// organization of the user's subtree.
import { Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { DateInput } from '../../../shared/components/DateInput';
import { FormModal } from '../../../shared/components/FormModal';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { useVocabOptions } from '../../../shared/hooks/useMeta';
import { fromIsoDate, toIsoDate } from '../../../shared/lib/format';
import { createClass, updateClass } from '../api';
import type { TrainingClass } from '../types';

interface Values {
  org_id?: number;
  kind?: string;
  title?: string;
  starts_on?: Dayjs | null;
  ends_on?: Dayjs | null;
  place?: string;
  note?: string;
}

export function ClassFormModal({
  open,
  orgId,
  editing,
  onClose,
  onSaved,
}: {
  open: boolean;
  orgId?: number;
  /** The class to change; none: a new class. */
  editing?: TrainingClass;
  onClose: () => void;
  onSaved: (c: TrainingClass) => void;
}) {
  const [form] = Form.useForm<Values>();
  const kinds = useVocabOptions('training_kind');
  useEffect(() => {
    if (open && editing) {
      form.setFieldsValue({
        org_id: editing.org_id,
        kind: editing.kind,
        title: editing.title,
        starts_on: fromIsoDate(editing.starts_on),
        ends_on: fromIsoDate(editing.ends_on),
        place: editing.place,
        note: editing.note,
      });
    }
  }, [open, editing, form]);
  return (
    <FormModal<Values>
      open={open}
      title={editing ? 'Sửa thông tin lớp' : 'Mở lớp đào tạo, bồi dưỡng'}
      okText={editing ? 'Lưu' : 'Mở lớp'}
      width={600}
      form={form}
      formName="training_class"
      initialValues={{ org_id: orgId }}
      fields={['org_id', 'kind', 'title', 'starts_on', 'ends_on', 'place', 'note']}
      save={async (v) => {
        const body = {
          kind: v.kind!,
          title: v.title?.trim() ?? '',
          starts_on: toIsoDate(v.starts_on),
          ends_on: toIsoDate(v.ends_on),
          place: v.place?.trim() || undefined,
          note: v.note?.trim() || undefined,
        };
        onSaved(editing ? await updateClass(editing.id, { ...body, version: editing.version }) : await createClass(v.org_id!, body));
      }}
      onClose={onClose}
    >
      {!editing && (
        <Form.Item name="org_id" label="Tổ chức mở lớp" rules={[{ required: true, message: 'Vui lòng chọn tổ chức mở lớp.' }]}>
          <OrgTreeSelect />
        </Form.Item>
      )}
      <Form.Item name="kind" label="Loại lớp" rules={[{ required: true, message: 'Vui lòng chọn loại lớp.' }]}>
        <Select options={kinds} />
      </Form.Item>
      <Form.Item name="title" label="Tên lớp" rules={[{ required: true, message: 'Vui lòng nhập tên lớp.' }]}>
        <Input maxLength={500} placeholder="Lớp bồi dưỡng nhận thức về Đảng khóa I năm 2026" />
      </Form.Item>
      <Form.Item name="starts_on" label="Ngày khai giảng" rules={[{ required: true, message: 'Vui lòng chọn ngày khai giảng.' }]}>
        <DateInput anyDay />
      </Form.Item>
      <Form.Item name="ends_on" label="Ngày bế giảng" rules={[{ required: true, message: 'Vui lòng chọn ngày bế giảng.' }]}>
        <DateInput anyDay />
      </Form.Item>
      <Form.Item name="place" label="Địa điểm">
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="note" label="Ghi chú">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
