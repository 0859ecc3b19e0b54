// The dialog that sets an organization's yearly admission target (chỉ tiêu kết nạp).
import { DatePicker, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { setAdmissionTarget } from '../api';
import { FormModal } from '../../../shared/components/FormModal';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { NumberInput } from '../../../shared/components/NumberInput';
import { validNumberRule } from '../../../shared/lib/numbers';

interface Values {
  org_id?: number;
  year?: Dayjs | null;
  target?: number | null;
}

interface Props {
  open: boolean;
  orgId?: number;
  year: number;
  onClose: () => void;
  onSaved: (orgId: number, year: number, target: number) => void;
}

/** Sets the yearly admission target (chỉ tiêu kết nạp) of one organization. */
export function TargetModal({ open, orgId, year, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();

  return (
    <FormModal<Values>
      open={open}
      title="Đặt chỉ tiêu kết nạp đảng viên"
      okText="Lưu chỉ tiêu"
      width={520}
      form={form}
      formName="target"
      initialValues={{ org_id: orgId, year: dayjs(`${year}-01-01`) }}
      fields={['target']}
      save={async (v) => {
        const y = v.year!.year();
        await setAdmissionTarget(v.org_id!, y, v.target!);
        onSaved(v.org_id!, y, v.target!);
      }}
      onClose={onClose}
    >
      <Form.Item name="org_id" label="Tổ chức đảng" rules={[{ required: true, message: 'Vui lòng chọn tổ chức đảng.' }]}>
        <OrgTreeSelect />
      </Form.Item>
      <Form.Item name="year" label="Năm" rules={[{ required: true, message: 'Vui lòng chọn năm.' }]}>
        <DatePicker picker="year" placeholder="Chọn năm" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="target"
        label="Chỉ tiêu kết nạp (người)"
        rules={[{ required: true, message: 'Vui lòng nhập chỉ tiêu.' }, validNumberRule]}
        extra="Tổ chức chưa có chỉ tiêu riêng thì báo cáo cộng chỉ tiêu của các tổ chức trực thuộc."
      >
        <NumberInput min={0} max={100000} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
