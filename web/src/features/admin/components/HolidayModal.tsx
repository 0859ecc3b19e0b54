// The admin dialog that adds a day off to the working-day calendar or changes one.
import { Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { saveHoliday } from '../api';
import type { Holiday, HolidayKind } from '../types';
import { useVocabOptions } from '../../../shared/hooks/useMeta';
import { fromIsoDate, toIsoDate } from '../../../shared/lib/format';
import { FormModal } from '../../../shared/components/FormModal';
import { DateInput } from '../../../shared/components/DateInput';
import { validDateRule } from '../../../shared/lib/dates';

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
  const kindOptions = useVocabOptions('holiday_kind');
  const open = editing !== undefined;

  return (
    <FormModal<Values>
      open={open}
      title={editing ? 'Sửa ngày nghỉ' : 'Thêm ngày nghỉ'}
      okText="Lưu"
      width={480}
      form={form}
      formName="holiday"
      initialValues={
        editing
          ? { day: fromIsoDate(editing.day), name: editing.name, kind: editing.kind }
          : { kind: 'holiday' as HolidayKind }
      }
      fields={['name', 'kind', 'day']}
      save={async (v) => onSaved(await saveHoliday(toIsoDate(v.day), { name: v.name!.trim(), kind: v.kind! }))}
      onClose={onClose}
    >
      <Form.Item name="day" label="Ngày" rules={[{ required: true, message: 'Vui lòng chọn ngày.' }, validDateRule]}>
        <DateInput anyDay disabled={!!editing} defaultPickerValue={fromIsoDate(`${year}-01-01`) ?? undefined} />
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
        <Select options={kindOptions} />
      </Form.Item>
    </FormModal>
  );
}
