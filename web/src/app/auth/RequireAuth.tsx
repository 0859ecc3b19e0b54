import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { errorMessage } from '../../shared/api/client';
import type { Action } from '../../shared/api/types';
import { useAuth } from '../../shared/auth/useAuth';

/** Renders its children only for a logged-in user; sends others to /login. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { user, loadError, reload } = useAuth();
  const location = useLocation();
  if (user === undefined) {
    return <Spin size="large" fullscreen tip="Đang tải…" />;
  }
  if (user === null && loadError) {
    return (
      <Result
        status="error"
        title="Không kiểm tra được phiên đăng nhập"
        subTitle={errorMessage(loadError)}
        extra={<Button type="primary" onClick={reload}>Thử lại</Button>}
      />
    );
  }
  if (user === null) {
    const next = location.pathname + location.search;
    const to = next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
    return <Navigate to={to} replace />;
  }
  return <>{children}</>;
}

/** Renders its children only for users who may take `action`. */
export function RequireAction({ action, children }: { action: Action; children: ReactNode }) {
  const { can } = useAuth();
  if (!can(action)) {
    return (
      <Result
        status="403"
        title="Không có quyền truy cập"
        subTitle="Tài khoản của bạn không có quyền xem trang này."
      />
    );
  }
  return <>{children}</>;
}
