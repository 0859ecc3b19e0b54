import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../../shared/api/client';
import { login } from '../auth/api';
import { useAuth } from '../../shared/auth/useAuth';
import { BrandMark } from '../../shared/components/BrandMark';
import { ProblemAlert } from '../../shared/components/ProblemAlert';
import { type FormProblem, useSubmit } from '../../shared/hooks/useSubmit';
import { formatDateTime } from '../../shared/lib/format';

interface LoginValues {
  username: string;
  password: string;
}

/** Only paths inside this app are followed after login. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}

function describe(err: unknown): FormProblem {
  if (!(err instanceof ApiError)) return { title: 'Đăng nhập không thành công', detail: errorMessage(err) };
  switch (err.code) {
    case 'login_failed':
      return {
        title: 'Đăng nhập không thành công',
        detail: err.detail || 'Tên đăng nhập hoặc mật khẩu không đúng.',
      };
    case 'login_locked': {
      // The detail names the time the lock ends; a locked_until member, if sent, is the fallback.
      const until = typeof err.problem.locked_until === 'string' ? formatDateTime(err.problem.locked_until) : '';
      return {
        title: 'Tài khoản tạm thời bị khóa',
        detail: err.detail || (until ? `Tài khoản bị tạm khóa đến ${until}.` : err.title),
      };
    }
    case 'login_throttled':
      return { title: 'Tạm thời chưa thể đăng nhập', detail: err.userMessage };
    default:
      return { title: err.title || 'Đăng nhập không thành công', detail: err.detail };
  }
}

export default function LoginPage() {
  const [form] = Form.useForm<LoginValues>();
  const { busy, problem, run } = useSubmit({
    form,
    fields: ['username', 'password'],
    onError: (err, placeFields) => {
      // Field errors (400) go on the fields; refusals (wrong password, lock-out…) above the form.
      const isFieldError = err instanceof ApiError && err.status === 400 && err.fieldErrors.length > 0;
      const rest = isFieldError ? placeFields() : null;
      form.setFieldValue('password', '');
      if (!isFieldError) return describe(err);
      return rest ? { title: 'Đăng nhập không thành công', detail: rest } : null;
    },
  });
  const { user, signedIn } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const expired = !!(useLocation().state as { expired?: boolean } | null)?.expired;

  if (user) return <Navigate to={next} replace />;

  const onFinish = (values: LoginValues) =>
    run(async () => {
      const session = await login(values.username.trim(), values.password);
      signedIn(session);
      navigate(next, { replace: true });
    });

  return (
    <Flex className="login-page" align="center" justify="center" vertical gap={24}>
      <Flex vertical align="center" gap={8}>
        <BrandMark size={56} />
        <Typography.Title level={3} style={{ margin: 0, textAlign: 'center' }}>
          dangbo — Quản lý công tác xây dựng Đảng
        </Typography.Title>
      </Flex>
      <Card className="login-card" title="Đăng nhập">
        {expired && !problem && (
          <Alert
            type="warning"
            showIcon
            message="Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại."
            style={{ marginBottom: 16 }}
          />
        )}
        <ProblemAlert problem={problem} />
        <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} disabled={busy}>
          <Form.Item
            name="username"
            label="Tên đăng nhập"
            rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập tên đăng nhập.' }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item name="password" label="Mật khẩu" rules={[{ required: true, message: 'Vui lòng nhập mật khẩu.' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={busy}>
            Đăng nhập
          </Button>
        </Form>
      </Card>
      <Typography.Text type="secondary">Đảng ủy Khối — hệ thống nội bộ, chỉ dành cho người được cấp tài khoản.</Typography.Text>
    </Flex>
  );
}
