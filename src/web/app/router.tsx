import { Spin } from 'antd';
import { Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { lazyNamed } from '../components/lazy-named.ts';
import { StatusPage } from '../components/StatusPage.tsx';
import { HomeRedirect, RequirePermission, RequireSignIn } from './guards.tsx';
import { CellHomePage, ComplianceMatrixPage } from './home-pages.ts';

// Each page is its own chunk: the first load carries only the shell and the page it opens.
const SignInPage = lazyNamed(() => import('../pages/sign-in/SignInPage.tsx'), 'SignInPage');
const OrgTreePage = lazyNamed(() => import('../pages/org-tree/OrgTreePage.tsx'), 'OrgTreePage');
const PeoplePage = lazyNamed(() => import('../pages/people/PeoplePage.tsx'), 'PeoplePage');
const ImportPage = lazyNamed(() => import('../pages/people-import/ImportPage.tsx'), 'ImportPage');
const AccountsPage = lazyNamed(() => import('../pages/accounts/AccountsPage.tsx'), 'AccountsPage');
const AuditPage = lazyNamed(() => import('../pages/audit/AuditPage.tsx'), 'AuditPage');
const TasksPage = lazyNamed(() => import('../pages/tasks/TasksPage.tsx'), 'TasksPage');
const TaskDetailPage = lazyNamed(() => import('../pages/tasks/TaskDetailPage.tsx'), 'TaskDetailPage');
const BoardPage = lazyNamed(() => import('../pages/board/BoardPage.tsx'), 'BoardPage');
const TimelinePage = lazyNamed(() => import('../pages/timeline/TimelinePage.tsx'), 'TimelinePage');
const CascadePage = lazyNamed(() => import('../pages/cascade/CascadePage.tsx'), 'CascadePage');
const DocumentsPage = lazyNamed(() => import('../pages/documents/DocumentsPage.tsx'), 'DocumentsPage');
const DocumentDetailPage = lazyNamed(() => import('../pages/documents/DocumentDetailPage.tsx'), 'DocumentDetailPage');
const RemindersPage = lazyNamed(() => import('../pages/reminders/RemindersPage.tsx'), 'RemindersPage');
const OutboxPage = lazyNamed(() => import('../pages/outbox/OutboxPage.tsx'), 'OutboxPage');
const PlanImportPage = lazyNamed(() => import('../pages/plan-import/PlanImportPage.tsx'), 'PlanImportPage');
const MeetingsPage = lazyNamed(() => import('../pages/meetings/MeetingsPage.tsx'), 'MeetingsPage');
const MeetingDetailPage = lazyNamed(() => import('../pages/meetings/MeetingDetailPage.tsx'), 'MeetingDetailPage');
const CheckInPage = lazyNamed(() => import('../pages/meetings/CheckInPage.tsx'), 'CheckInPage');
const TopicsPage = lazyNamed(() => import('../pages/meetings/TopicsPage.tsx'), 'TopicsPage');
const TopicDetailPage = lazyNamed(() => import('../pages/meetings/TopicDetailPage.tsx'), 'TopicDetailPage');
const TopicReportsPage = lazyNamed(() => import('../pages/meetings/TopicReportsPage.tsx'), 'TopicReportsPage');
const CompliancePage = lazyNamed(() => import('../pages/meetings/CompliancePage.tsx'), 'CompliancePage');
const ReportsPage = lazyNamed(() => import('../pages/reports/ReportsPage.tsx'), 'ReportsPage');
const ReportFormPage = lazyNamed(() => import('../pages/reports/ReportFormPage.tsx'), 'ReportFormPage');
const ReceivedReportsPage = lazyNamed(() => import('../pages/reports/ReceivedReportsPage.tsx'), 'ReceivedReportsPage');
const RollupPage = lazyNamed(() => import('../pages/reports/RollupPage.tsx'), 'RollupPage');
const ReviewsPage = lazyNamed(() => import('../pages/reports/ReviewsPage.tsx'), 'ReviewsPage');
const ReviewDetailPage = lazyNamed(() => import('../pages/reports/ReviewDetailPage.tsx'), 'ReviewDetailPage');
const ReportTemplatesPage = lazyNamed(() => import('../pages/report-templates/ReportTemplatesPage.tsx'), 'ReportTemplatesPage');
const TargetsPage = lazyNamed(() => import('../pages/targets/TargetsPage.tsx'), 'TargetsPage');

/** Who works with periodic reports: those who fill them, collect them or approve them. */
const reportPermissions = ['report.submit', 'report.collect', 'report.approve'] as const;
/** Who receives reports from the units below. */
const receiverPermissions = ['report.collect', 'report.approve'] as const;

/** The pages, each behind the permission that opens it. */
export function AppRoutes() {
  return (
    <BrowserRouter>
      <Routes>
        <Route
          path="/sign-in"
          element={
            <Suspense fallback={<Spin size="large" className="page-spinner" />}>
              <SignInPage />
            </Suspense>
          }
        />
        <Route element={<RequireSignIn />}>
          <Route index element={<HomeRedirect />} />
          <Route path="units" element={<RequirePermission permission="unit.read"><OrgTreePage /></RequirePermission>} />
          <Route path="people" element={<RequirePermission permission="person.read"><PeoplePage /></RequirePermission>} />
          <Route path="people/import" element={<RequirePermission permission="person.manage"><ImportPage /></RequirePermission>} />
          <Route path="accounts" element={<RequirePermission permission="account.manage"><AccountsPage /></RequirePermission>} />
          <Route path="audit" element={<RequirePermission permission="audit.read"><AuditPage /></RequirePermission>} />
          <Route path="tasks" element={<RequirePermission permission="unit.read"><TasksPage /></RequirePermission>} />
          <Route path="tasks/:assignmentId" element={<RequirePermission permission="unit.read"><TaskDetailPage /></RequirePermission>} />
          <Route path="documents" element={<RequirePermission permission="unit.read"><DocumentsPage /></RequirePermission>} />
          <Route path="documents/import" element={<RequirePermission permission="document.draft"><PlanImportPage /></RequirePermission>} />
          <Route path="documents/:id" element={<RequirePermission permission="unit.read"><DocumentDetailPage /></RequirePermission>} />
          <Route path="documents/:id/board" element={<RequirePermission permission="unit.read"><BoardPage /></RequirePermission>} />
          <Route path="documents/:id/timeline" element={<RequirePermission permission="unit.read"><TimelinePage /></RequirePermission>} />
          <Route path="cascade/:taskId" element={<RequirePermission permission="unit.read"><CascadePage /></RequirePermission>} />
          <Route path="reminders" element={<RequirePermission permission={['task.assign', 'document.issue']}><RemindersPage /></RequirePermission>} />
          <Route path="outbox" element={<RequirePermission permission="account.manage"><OutboxPage /></RequirePermission>} />
          <Route path="meetings" element={<RequirePermission permission="unit.read"><MeetingsPage /></RequirePermission>} />
          <Route path="meetings/topics" element={<RequirePermission permission="unit.read"><TopicsPage /></RequirePermission>} />
          <Route path="meetings/topics/:id" element={<RequirePermission permission="unit.read"><TopicDetailPage /></RequirePermission>} />
          <Route path="meetings/topic-reports" element={<RequirePermission permission="unit.read"><TopicReportsPage /></RequirePermission>} />
          <Route path="meetings/compliance" element={<RequirePermission permission="unit.read"><CompliancePage /></RequirePermission>} />
          <Route path="meetings/:id" element={<RequirePermission permission="unit.read"><MeetingDetailPage /></RequirePermission>} />
          <Route path="meetings/:id/check-in" element={<RequirePermission permission="unit.read"><CheckInPage /></RequirePermission>} />
          <Route path="reports" element={<RequirePermission permission={reportPermissions}><ReportsPage /></RequirePermission>} />
          <Route path="reports/received" element={<RequirePermission permission={receiverPermissions}><ReceivedReportsPage /></RequirePermission>} />
          <Route path="reports/rollup" element={<RequirePermission permission={reportPermissions}><RollupPage /></RequirePermission>} />
          <Route path="reports/reviews" element={<RequirePermission permission={receiverPermissions}><ReviewsPage /></RequirePermission>} />
          <Route path="reports/reviews/:id" element={<RequirePermission permission={receiverPermissions}><ReviewDetailPage /></RequirePermission>} />
          <Route path="reports/templates" element={<RequirePermission permission="report.template"><ReportTemplatesPage /></RequirePermission>} />
          <Route path="reports/:id" element={<RequirePermission permission={reportPermissions}><ReportFormPage /></RequirePermission>} />
          <Route path="compliance" element={<RequirePermission permission="unit.read"><ComplianceMatrixPage /></RequirePermission>} />
          <Route path="targets" element={<RequirePermission permission="unit.read"><TargetsPage /></RequirePermission>} />
          <Route path="home" element={<RequirePermission permission="unit.read"><CellHomePage /></RequirePermission>} />
          <Route path="*" element={<StatusPage status={404} />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
