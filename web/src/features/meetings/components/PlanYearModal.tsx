// "Lập kế hoạch năm": the planned meetings of one unit for a year, on a chosen day of each month.
import { Form } from 'antd';
import { FormModal } from '../../../shared/components/FormModal';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { planYear } from '../api';
import { NumberInput } from '../../../shared/components/NumberInput';
import { validNumberRule } from '../../../shared/lib/numbers';

interface Values {
  org_id?: number;
  year?: number;
  day?: number;
}

interface Props {
  open: boolean;
  orgId?: number;
  onClose: () => void;
  onPlanned: (count: number) => void;
}

export function PlanYearModal({ open, orgId, onClose, onPlanned }: Props) {
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values>
      open={open}
      title="Lập kế hoạch sinh hoạt năm"
      okText="Lập kế hoạch"
      form={form}
      formName="plan"
      initialValues={{ org_id: orgId, year: new Date().getFullYear() + (new Date().getMonth() === 11 ? 1 : 0), day: 5 }}
      fields={['org_id', 'year', 'day']}
      intro="Mỗi tháng một buổi sinh hoạt thường kỳ (hoặc họp cấp ủy), mỗi quý một buổi chuyên đề; tháng đã có buổi thì giữ nguyên."
      save={async (v) => onPlanned((await planYear(v.org_id!, v.year!, v.day ?? 5)).items.length)}
      onClose={onClose}
    >
      <Form.Item name="org_id" label="Tổ chức đảng" rules={[{ required: true, message: 'Vui lòng chọn tổ chức.' }]}>
        <OrgTreeSelect />
      </Form.Item>
      <Form.Item name="year" label="Năm" rules={[{ required: true, message: 'Vui lòng nhập năm.' }, validNumberRule]}>
        <NumberInput min={1930} max={2200} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item rules={[validNumberRule]} name="day" label="Ngày sinh hoạt trong tháng">
        <NumberInput min={1} max={31} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
