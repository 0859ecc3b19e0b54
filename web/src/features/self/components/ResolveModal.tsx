// The unit answers a member's correction request: done (the file corrected through the usual
// edit) or not, with the reason the member will read.
import { Form, Input, Radio } from 'antd';
import { FormModal } from '../../../shared/components/FormModal';
import { resolveCorrection } from '../api';
import type { CorrectionRequest } from '../types';

interface Values {
  state: 'done' | 'rejected';
  resolution?: string;
}

interface Props {
  request: CorrectionRequest | null;
  onClose: () => void;
  onResolved: () => void;
}

export function ResolveModal({ request, onClose, onResolved }: Props) {
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values>
      open={request !== null}
      title={request ? `Xử lý đề nghị của ${request.full_name}` : ''}
      okText="Lưu"
      form={form}
      formName="resolve"
      initialValues={{ state: 'done' }}
      fields={['state', 'resolution']}
      intro={request && `${request.field_label}: ${request.requested}${request.note ? ` (${request.note})` : ''}`}
      save={async (v) => {
        await resolveCorrection(request!.id, v.state, v.resolution ?? '');
        onResolved();
      }}
      onClose={onClose}
    >
      <Form.Item name="state" label="Kết quả">
        <Radio.Group
          options={[
            { value: 'done', label: 'Đã sửa hồ sơ' },
            { value: 'rejected', label: 'Không sửa' },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="resolution"
        label="Trả lời đảng viên"
        dependencies={['state']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_r, v: string | undefined) =>
              getFieldValue('state') === 'rejected' && !v?.trim()
                ? Promise.reject(new Error('Không sửa thì phải ghi lý do để đảng viên biết.'))
                : Promise.resolve(),
          }),
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </FormModal>
  );
}
