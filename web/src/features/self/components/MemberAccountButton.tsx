// On a member's file, for those who manage users: make the member's own account (role Đảng
// viên, the member's unit), so they can read their file and ask for corrections.
import { UserAddOutlined } from '@ant-design/icons';
import { App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../shared/components/FormModal';
import { NewPasswordFields } from '../../../shared/components/NewPasswordFields';
import { usernameRules } from '../../../shared/lib/validation';
import { createMemberAccount } from '../api';

interface Values {
  username: string;
  password: string;
  confirm: string;
}

export function MemberAccountButton({ member }: { member: { id: number; full_name: string } }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  return (
    <>
      <Button icon={<UserAddOutlined />} onClick={() => setOpen(true)}>
        Tạo tài khoản
      </Button>
      <FormModal<Values>
        open={open}
        title={`Tài khoản của đảng viên ${member.full_name}`}
        okText="Tạo tài khoản"
        form={form}
        formName="member_account"
        fields={['username', 'password']}
        intro="Đảng viên đăng nhập để xem hồ sơ của mình, lịch sinh hoạt, đảng phí và gửi đề nghị sửa hồ sơ; không xem được của người khác."
        save={async (v) => {
          const user = await createMemberAccount(member.id, v.username, v.password);
          message.success(`Đã tạo tài khoản ${user.username}.`);
          setOpen(false);
        }}
        onClose={() => setOpen(false)}
      >
        <Form.Item name="username" label="Tên đăng nhập" rules={usernameRules}>
          <Input autoComplete="off" />
        </Form.Item>
        <NewPasswordFields />
      </FormModal>
    </>
  );
}
