import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { saveHoliday } from '../../api/endpoints';
import type { Holiday, HolidayKind } from '../../api/types';
import { HOLIDAY_KIND_OPTIONS } from '../../lib/admission';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../lib/format';
import { applyApiError } from '../../lib/forms';

interface Values {
  day?: Dayjs | null;
  name?: string;
  kind?: HolidayKind;
}

interface Props {
  /** The entry to change; null to add one; undefined when closed. */
  editing: Holiday | null | undefined;
  /** The year a new entry defaults to. */
  year: number;
  onClose: () => void;
  onSaved: (h: Holiday) => void;
}

/** Adds a day to the calendar of working days, or changes one (admin). */
export function HolidayModal({ editing, year, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const open = editing !== undefined;

  const submit = async (v: Values) => {
    setBusy(true);
    setProblem(null);
    try {
      onSaved(await saveHoliday(toIsoDate(v.day), { name: v.name!.trim(), kind: v.kind! }));
    } catch (err) {
      setProblem(applyApiError(form, err, ['name', 'kind', 'day']));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={editing ? 'Sửa ngày nghỉ' : 'Thêm ngày nghỉ'}
      okText="Lưu"
      cancelText="Hủy"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => setProblem(null)}
      destroyOnHidden
      width={480}
    >
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        name="holiday"
        layout="vertical"
        preserve={false}
        initialValues={
          editing
            ? { day: fromIsoDate(editing.day), name: editing.name, kind: editing.kind }
            : { kind: 'holiday' as HolidayKind }
        }
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="day" label="Ngày" rules={[{ required: true, message: 'Vui lòng chọn ngày.' }]}>
          <DatePicker
            format={DATE_FORMAT}
            placeholder="dd/mm/yyyy"
            disabled={!!editing}
            defaultPickerValue={fromIsoDate(`${year}-01-01`) ?? undefined}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label="Tên ngày nghỉ"
          rules={[
            { required: true, whitespace: true, message: 'Vui lòng nhập tên ngày nghỉ.' },
            { max: 200, message: 'Tối đa 200 ký tự.' },
          ]}
        >
          <Input autoComplete="off" placeholder="Ví dụ: Nghỉ bù Quốc khánh" />
        </Form.Item>
        <Form.Item name="kind" label="Loại" rules={[{ required: true, message: 'Vui lòng chọn loại.' }]}>
          <Select options={HOLIDAY_KIND_OPTIONS} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
