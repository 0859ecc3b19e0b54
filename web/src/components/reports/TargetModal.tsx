import { Alert, DatePicker, Form, InputNumber, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { setAdmissionTarget } from '../../api/endpoints';
import { applyApiError } from '../../lib/forms';
import { OrgTreeSelect } from '../orgs/OrgTreeSelect';

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
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (v: Values) => {
    const y = v.year!.year();
    setBusy(true);
    setProblem(null);
    try {
      await setAdmissionTarget(v.org_id!, y, v.target!);
      onSaved(v.org_id!, y, v.target!);
    } catch (err) {
      setProblem(applyApiError(form, err, ['target']));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title="Đặt chỉ tiêu kết nạp đảng viên"
      okText="Lưu chỉ tiêu"
      cancelText="Hủy"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => setProblem(null)}
      destroyOnHidden
      width={520}
    >
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        name="target"
        layout="vertical"
        preserve={false}
        initialValues={{ org_id: orgId, year: dayjs(`${year}-01-01`) }}
        onFinish={(v) => void submit(v)}
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
          rules={[{ required: true, message: 'Vui lòng nhập chỉ tiêu.' }]}
          extra="Tổ chức chưa có chỉ tiêu riêng thì báo cáo cộng chỉ tiêu của các tổ chức trực thuộc."
        >
          <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
