import * as React from 'react';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Navigate, Outlet, Route, Routes } from 'react-router-dom';
import { ComplaintsNav } from '../components/ComplaintsNav';
import { ShortcutsDialog } from '../components/ShortcutsDialog';
import { OverviewProvider } from '../hooks/useOverview';
import { usePermissions } from '../hooks/usePermissions';
import { PERMISSIONS, PLUGIN_ACCESS } from '../permissions';
import { AcknowledgementPage } from './Acknowledgement/AcknowledgementPage';
import { AgreementsPage } from './Agreements/AgreementsPage';
import { AllComplaintsPage } from './AllComplaints/AllComplaintsPage';
import { MyComplaintsPage } from './MyComplaints/MyComplaintsPage';
import { DisputesPage } from './Disputes/DisputesPage';
import { DossierPage } from './Dossier/DossierPage';
import { HearingPage } from './Hearing/HearingPage';
import { OutcomeComposerPage } from './Outcome/OutcomeComposerPage';
import { OutcomePage } from './Outcome/OutcomePage';
import { OverviewPage } from './Overview/OverviewPage';
import { PrintPage } from './Print/PrintPage';
import { PrivacyPage } from './Privacy/PrivacyPage';
import { RegisterPage } from './Register/RegisterPage';
import { ReportPage } from './Report/ReportPage';

/** Pages that change complaints also need the "behandelen" permission. */
const Processing = ({ children }: { children: React.ReactNode }) => <Page.Protect permissions={PERMISSIONS.process}>{children}</Page.Protect>;

/** The procedure's pages: "inzien". */
const Reading = () => (
  <Page.Protect permissions={PERMISSIONS.read}>
    <Outlet />
  </Page.Protect>
);

/** The overview, or for a user who may only see the report or the privacy tools, that page. */
const Landing = () => {
  const { isLoading, canRead, canReadReports } = usePermissions();
  if (isLoading) return <Page.Loading />;
  if (canRead) return <OverviewPage />;
  return <Navigate to={canReadReports ? 'report' : 'privacy'} replace />;
};

/** The plugin: the procedure's pages in a layout with their own navigation. */
export const App = () => (
  <Page.Protect permissions={PLUGIN_ACCESS}>
    <OverviewProvider>
      <Layouts.Root sideNav={<ComplaintsNav />}>
        <ShortcutsDialog />
        <Routes>
          <Route index element={<Landing />} />
          <Route element={<Reading />}>
            <Route
              path="register"
              element={
                <Processing>
                  <RegisterPage />
                </Processing>
              }
            />
            <Route path="acknowledgement" element={<AcknowledgementPage />} />
            <Route path="hearing" element={<HearingPage />} />
            <Route path="outcome" element={<OutcomePage />} />
            <Route
              path="outcome/:id"
              element={
                <Processing>
                  <OutcomeComposerPage />
                </Processing>
              }
            />
            <Route path="agreements" element={<AgreementsPage />} />
            <Route path="disputes" element={<DisputesPage />} />
            <Route path="complaints" element={<AllComplaintsPage />} />
            <Route path="mine" element={<MyComplaintsPage />} />
            <Route path="print" element={<PrintPage />} />
            <Route path="complaints/:id" element={<DossierPage />} />
          </Route>
          <Route
            path="report"
            element={
              <Page.Protect permissions={PERMISSIONS.reports}>
                <ReportPage />
              </Page.Protect>
            }
          />
          <Route
            path="privacy"
            element={
              <Page.Protect permissions={PERMISSIONS.privacy}>
                <PrivacyPage />
              </Page.Protect>
            }
          />
          <Route path="*" element={<Page.Error />} />
        </Routes>
      </Layouts.Root>
    </OverviewProvider>
  </Page.Protect>
);

export default App;
