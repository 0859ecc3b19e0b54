import { Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { RequireAuth, RequireRole } from './auth/RequireAuth';
import { AppShell } from './layout/AppShell';
import LoginPage from './pages/LoginPage';

const HomePage = lazy(() => import('./pages/HomePage'));
const OrganizationsPage = lazy(() => import('./pages/OrganizationsPage'));
const OrganizationPage = lazy(() => import('./pages/OrganizationPage'));
const MembersPage = lazy(() => import('./pages/MembersPage'));
const MemberPage = lazy(() => import('./pages/MemberPage'));
const MemberNewPage = lazy(() => import('./pages/MemberNewPage'));
const MemberEditPage = lazy(() => import('./pages/MemberEditPage'));
const MemberImportPage = lazy(() => import('./pages/MemberImportPage'));
const CandidatesPage = lazy(() => import('./pages/CandidatesPage'));
const CandidatePage = lazy(() => import('./pages/CandidatePage'));
const RecognitionPage = lazy(() => import('./pages/RecognitionPage'));
const MemberTransferPage = lazy(() => import('./pages/MemberTransferPage'));
const MemberEventsPage = lazy(() => import('./pages/MemberEventsPage'));
const TransfersPage = lazy(() => import('./pages/TransfersPage'));
const TransferPage = lazy(() => import('./pages/TransferPage'));
const TransferInPage = lazy(() => import('./pages/TransferInPage'));
const MeetingsPage = lazy(() => import('./pages/MeetingsPage'));
const InspectionPage = lazy(() => import('./pages/InspectionPage'));
const DuesPage = lazy(() => import('./pages/DuesPage'));
const ReportsPage = lazy(() => import('./pages/ReportsPage'));
const UsersPage = lazy(() => import('./pages/admin/UsersPage'));
const AuditPage = lazy(() => import('./pages/admin/AuditPage'));
const HolidaysPage = lazy(() => import('./pages/admin/HolidaysPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Spin className="page-spin" />}>{children}</Suspense>;
}

function AdminOnly({ children }: { children: ReactNode }) {
  return (
    <RequireRole role="admin">
      <Page>{children}</Page>
    </RequireRole>
  );
}

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
        <Route index element={<Page><HomePage /></Page>} />
        <Route path="to-chuc" element={<Page><OrganizationsPage /></Page>} />
        <Route path="to-chuc/:id" element={<Page><OrganizationPage /></Page>} />
        <Route path="dang-vien" element={<Page><MembersPage /></Page>} />
        <Route path="dang-vien/moi" element={<Page><MemberNewPage /></Page>} />
        <Route path="dang-vien/nhap" element={<Page><MemberImportPage /></Page>} />
        <Route path="dang-vien/:id" element={<Page><MemberPage /></Page>} />
        <Route path="dang-vien/:id/sua" element={<Page><MemberEditPage /></Page>} />
        <Route path="dang-vien/:id/cong-nhan" element={<Page><RecognitionPage /></Page>} />
        <Route path="dang-vien/:id/chuyen-sinh-hoat" element={<Page><MemberTransferPage /></Page>} />
        <Route path="dang-vien/:id/su-kien" element={<Page><MemberEventsPage /></Page>} />
        <Route path="chuyen-sinh-hoat" element={<Page><TransfersPage /></Page>} />
        <Route path="chuyen-sinh-hoat/tiep-nhan" element={<Page><TransferInPage /></Page>} />
        <Route path="chuyen-sinh-hoat/:id" element={<Page><TransferPage /></Page>} />
        <Route path="phat-trien" element={<Page><CandidatesPage /></Page>} />
        <Route path="phat-trien/:id" element={<Page><CandidatePage /></Page>} />
        <Route path="sinh-hoat/*" element={<Page><MeetingsPage /></Page>} />
        <Route path="kiem-tra/*" element={<Page><InspectionPage /></Page>} />
        <Route path="dang-phi/*" element={<Page><DuesPage /></Page>} />
        <Route path="bao-cao" element={<Page><ReportsPage /></Page>} />
        <Route path="quan-tri">
          <Route index element={<Navigate to="nguoi-dung" replace />} />
          <Route path="nguoi-dung" element={<AdminOnly><UsersPage /></AdminOnly>} />
          <Route path="nhat-ky" element={<AdminOnly><AuditPage /></AdminOnly>} />
          <Route path="ngay-nghi" element={<Page><HolidaysPage /></Page>} />
        </Route>
        <Route path="*" element={<Page><NotFoundPage /></Page>} />
      </Route>
    </Routes>
  );
}
