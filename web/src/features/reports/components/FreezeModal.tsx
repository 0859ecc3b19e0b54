// The dialog that keeps the report on screen as the one sent up (báo cáo đã gửi): its title,
// number and date; the figures are kept as they are now.
import { Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { DateInput } from '../../../shared/components/DateInput';
import { FormModal } from '../../../shared/components/FormModal';
import { toIsoDate } from '../../../shared/lib/format';
import { freezeReport } from '../api';
import type { IndicatorQuery, Snapshot } from '../types';
import { validDateRule } from '../../../shared/lib/dates';

interface Values {
  title: string;
  number: string;
  issued_on: Dayjs | null;
}

interface Props {
  open: boolean;
  orgId: number | undefined;
  query: IndicatorQuery;
  /** The title proposed: the preset's name and the period. */
  suggestedTitle: string;
  onClose: () => void;
  onSaved: (s: Snapshot) => void;
}

export function FreezeModal({ open, orgId, query, suggestedTitle, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values>
      open={open}
      title="Lưu báo cáo đã gửi"
      okText="Lưu báo cáo"
      form={form}
      formName="freeze"
      initialValues={{ title: suggestedTitle, number: '', issued_on: dayjs() }}
      fields={['title', 'number', 'issued_on']}
      intro="Số liệu đang xem được lưu nguyên như hiện nay. Về sau có thể so sánh báo cáo đã gửi với số liệu mới nhất và xem các sửa chữa đã làm thay đổi gì."
      save={async (v) => {
        const s = await freezeReport(orgId!, query, { title: v.title.trim(), number: v.number.trim(), issued_on: toIsoDate(v.issued_on) });
        onSaved(s);
      }}
      onClose={onClose}
    >
      <Form.Item name="title" label="Tên báo cáo" rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập tên báo cáo.' }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="number" label="Số văn bản" extra="Ví dụ: 12-BC/ĐUK (có thể để trống)">
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="issued_on" label="Ngày báo cáo" rules={[{ required: true, message: 'Vui lòng chọn ngày báo cáo.' }, validDateRule]}>
        <DateInput />
      </Form.Item>
    </FormModal>
  );
}
