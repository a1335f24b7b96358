import { createBrowserRouter, Navigate } from 'react-router';
import { LoginPage } from './features/auth/LoginPage';
import { AuditPage } from './features/audit/AuditPage';
import { LocationCreatePage } from './features/locations/LocationCreatePage';
import { LocationPage } from './features/locations/LocationPage';
import { LocationsPage } from './features/locations/LocationsPage';
import { NotAvailablePage } from './features/modules/NotAvailablePage';
import { NotFoundPage } from './features/modules/NotFoundPage';
import { ObjectCreatePage } from './features/objects/ObjectCreatePage';
import { ObjectPage } from './features/objects/ObjectPage';
import { ObjectsPage } from './features/objects/ObjectsPage';
import { GlobalSearch } from './features/persons/GlobalSearch';
import { PersonCreatePage } from './features/persons/PersonCreatePage';
import { PersonPage } from './features/persons/PersonPage';
import { PersonSearchPage } from './features/persons/PersonSearchPage';
import { DashFormPage } from './features/safeguarding/DashFormPage';
import { DashPage } from './features/safeguarding/DashPage';
import { DvdsQueuePage } from './features/safeguarding/DvdsQueuePage';
import { MaracActionsPage } from './features/safeguarding/MaracActionsPage';
import { MaracMeetingPage } from './features/safeguarding/MaracMeetingPage';
import { MaracPage } from './features/safeguarding/MaracPage';
import { NewReferralPage } from './features/safeguarding/NewReferralPage';
import { NoticesPage } from './features/safeguarding/NoticesPage';
import { PublicClaresLawPage } from './features/safeguarding/PublicClaresLawPage';
import { ReferralHubPage } from './features/safeguarding/ReferralHubPage';
import { SafeguardingHomePage } from './features/safeguarding/SafeguardingHomePage';
import { CancelCrimePage } from './features/crimes/CancelCrimePage';
import { CrimeAuditPage } from './features/crimes/CrimeAuditPage';
import { CrimeAuditsPage } from './features/crimes/CrimeAuditsPage';
import { CrimePage } from './features/crimes/CrimePage';
import { CrimesPage } from './features/crimes/CrimesPage';
import { RecordCrimePage } from './features/crimes/RecordCrimePage';
import { ControlRoomPage } from './features/incidents/ControlRoomPage';
import { IncidentDashboardPage } from './features/incidents/IncidentDashboardPage';
import { IncidentMapPage } from './features/incidents/IncidentMapPage';
import { IncidentPage } from './features/incidents/IncidentPage';
import { LogIncidentPage } from './features/incidents/LogIncidentPage';
import { CaseloadPage } from './features/investigations/CaseloadPage';
import { FileQualityPage } from './features/investigations/FileQualityPage';
import { ForensicQueuePage } from './features/investigations/ForensicQueuePage';
import { InvestigationPage } from './features/investigations/InvestigationPage';
import { InvestigationsPage } from './features/investigations/InvestigationsPage';
import { MyWorkPage } from './features/work/MyWorkPage';
import { UsersPage } from './features/users/UsersPage';
import { ComplianceDashboardPage } from './features/victims/ComplianceDashboardPage';
import { NeedsAssessmentPage } from './features/victims/NeedsAssessmentPage';
import { VictimLetterPage } from './features/victims/VictimLetterPage';
import { VictimPage } from './features/victims/VictimPage';
import { VictimsPage } from './features/victims/VictimsPage';
import { Layout } from './platform/Layout';
import { MODULES } from './platform/modules';
import { RequireAuth } from './platform/RequireAuth';

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  // Public: Clare's Law right to ask, no sign-in (STANDARDS §8).
  { path: '/clares-law', element: <PublicClaresLawPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <Layout search={<GlobalSearch />} />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <Navigate to="/work" replace /> },
      { path: 'work', element: <MyWorkPage /> },
      { path: 'people', element: <PersonSearchPage /> },
      { path: 'people/new', element: <PersonCreatePage /> },
      { path: 'people/:id', element: <PersonPage /> },
      { path: 'locations', element: <LocationsPage /> },
      { path: 'locations/new', element: <LocationCreatePage /> },
      { path: 'locations/:id', element: <LocationPage /> },
      { path: 'objects', element: <ObjectsPage /> },
      { path: 'objects/new', element: <ObjectCreatePage /> },
      { path: 'objects/:id', element: <ObjectPage /> },
      { path: 'incidents', element: <ControlRoomPage /> },
      { path: 'incidents/new', element: <LogIncidentPage /> },
      { path: 'incidents/map', element: <IncidentMapPage /> },
      { path: 'incidents/dashboard', element: <IncidentDashboardPage /> },
      { path: 'incidents/:id', element: <IncidentPage /> },
      { path: 'audit', element: <AuditPage /> },
      { path: 'admin/users', element: <UsersPage /> },
      { path: 'crime', element: <CrimesPage /> },
      { path: 'crime/new', element: <RecordCrimePage /> },
      { path: 'crime/audits', element: <CrimeAuditsPage /> },
      { path: 'crime/audits/:id', element: <CrimeAuditPage /> },
      { path: 'crime/:id', element: <CrimePage /> },
      { path: 'crime/:id/cancel', element: <CancelCrimePage /> },
      { path: 'safeguarding', element: <SafeguardingHomePage /> },
      { path: 'safeguarding/dash/new', element: <DashFormPage /> },
      { path: 'safeguarding/dash/:id', element: <DashPage /> },
      { path: 'safeguarding/marac', element: <MaracPage /> },
      { path: 'safeguarding/marac/:id', element: <MaracMeetingPage /> },
      { path: 'safeguarding/marac-actions', element: <MaracActionsPage /> },
      { path: 'safeguarding/referrals', element: <ReferralHubPage /> },
      { path: 'safeguarding/referrals/new', element: <NewReferralPage /> },
      { path: 'safeguarding/notices', element: <NoticesPage /> },
      { path: 'safeguarding/dvds', element: <DvdsQueuePage /> },
      { path: 'investigations', element: <InvestigationsPage /> },
      { path: 'investigations/caseload', element: <CaseloadPage /> },
      { path: 'investigations/forensics', element: <ForensicQueuePage /> },
      { path: 'investigations/file-quality', element: <FileQualityPage /> },
      { path: 'investigations/:id', element: <InvestigationPage /> },
      { path: 'victims', element: <VictimsPage /> },
      { path: 'victims/dashboard', element: <ComplianceDashboardPage /> },
      { path: 'victims/assess/:crimePersonId', element: <NeedsAssessmentPage /> },
      { path: 'victims/:id', element: <VictimPage /> },
      { path: 'victims/:id/letter', element: <VictimLetterPage /> },
      ...MODULES.filter((m) => m.planned).map((m) => ({ path: m.path.slice(1), element: <NotAvailablePage module={m} /> })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
