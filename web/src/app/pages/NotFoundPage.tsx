import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';

export default function NotFoundPage() {
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="Không tìm thấy trang"
      subTitle="Địa chỉ này không có trong hệ thống."
      extra={<Button type="primary" onClick={() => navigate('/')}>Về trang chủ</Button>}
    />
  );
}
