import { Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import type { FeatureRoute } from '../shared/feature';
import { RequireAction, RequireAuth } from './auth/RequireAuth';
import { FEATURES } from './features';
import { AppShell } from './layout/AppShell';
import LoginPage from './pages/LoginPage';

const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Spin className="page-spin" />}>{children}</Suspense>;
}

function element(r: FeatureRoute): ReactNode {
  if (r.redirect) return <Navigate to={r.redirect} replace />;
  const P = r.page!;
  const page = (
    <Page>
      <P />
    </Page>
  );
  return r.action ? <RequireAction action={r.action}>{page}</RequireAction> : page;
}

/** Every feature's pages inside the shell; /login outside it. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        }
      >
        {FEATURES.flatMap((f) => f.routes).map((r) =>
          r.path === '' ? <Route key="index" index element={element(r)} /> : <Route key={r.path} path={r.path} element={element(r)} />,
        )}
        <Route path="*" element={<Page><NotFoundPage /></Page>} />
      </Route>
    </Routes>
  );
}
