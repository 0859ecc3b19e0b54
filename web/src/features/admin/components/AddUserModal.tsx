// The admin's "Thêm người dùng" dialog: a new account with its unit, roles and first password.
import { Form, Input, Select } from 'antd';
import { FormModal } from '../../../shared/components/FormModal';
import { createUser } from '../api';
import type { RoleCode, User } from '../../../shared/api/types';
import { useVocabOptions } from '../../../shared/hooks/useMeta';
import { usernameRules } from '../../../shared/lib/validation';
import { NewPasswordFields } from '../../../shared/components/NewPasswordFields';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';

interface Values {
  username: string;
  display_name: string;
  org_id: number;
  roles: RoleCode[];
  password: string;
  confirm: string;
}

const FIELDS = ['username', 'display_name', 'org_id', 'roles', 'password'] as const;

interface Props {
  open: boolean;
  onClose: () => void;
  onCreated: (user: User) => void;
}

export function AddUserModal({ open, onClose, onCreated }: Props) {
  const [form] = Form.useForm<Values>();
  const roleOptions = useVocabOptions('role');
  const save = async (v: Values) => {
    const user = await createUser({
      username: v.username.trim().toLowerCase(),
      display_name: v.display_name.trim(),
      org_id: v.org_id,
      roles: v.roles,
      password: v.password,
    });
    onCreated(user);
  };

  return (
    <FormModal<Values>
      title="Thêm người dùng"
      open={open}
      okText="Thêm người dùng"
      width={560}
      form={form}
      initialValues={{ roles: [] }}
      fields={FIELDS}
      save={save}
      onClose={onClose}
    >
        <Form.Item
          name="username"
          label="Tên đăng nhập"
          extra="Chữ không dấu, chữ số và các dấu . _ - (ví dụ: nguyen.van.an)"
          rules={usernameRules}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="display_name"
          label="Họ và tên"
          rules={[
            { required: true, whitespace: true, message: 'Vui lòng nhập họ và tên.' },
            { max: 200, message: 'Họ và tên tối đa 200 ký tự.' },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="org_id" label="Tổ chức đảng" rules={[{ required: true, message: 'Vui lòng chọn tổ chức đảng.' }]}>
          <OrgTreeSelect />
        </Form.Item>
        <Form.Item name="roles" label="Vai trò" rules={[{ required: true, message: 'Vui lòng chọn ít nhất một vai trò.' }]}>
          <Select mode="multiple" options={roleOptions} placeholder="Chọn vai trò" allowClear />
        </Form.Item>
        <NewPasswordFields
          label="Mật khẩu"
          confirmLabel="Nhập lại mật khẩu"
          extra="Ít nhất 10 ký tự, không chỉ gồm chữ số, khác tên đăng nhập."
        />
    </FormModal>
  );
}
