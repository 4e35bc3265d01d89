import type { ReactNode } from 'react';
import { CompaniesPage } from '../pages/companies/CompaniesPage';
import { ContactsPage } from '../pages/contacts/ContactsPage';
import { InteractionsPage } from '../pages/interactions/InteractionsPage';
import { ProjectsRoute } from '../pages/projects/ProjectsRoute';
import { ReceptionsPage } from '../pages/receptions/ReceptionsPage';
import { ReportsPage } from '../pages/reports/ReportsPage';
import { HistoryPage } from '../pages/history/HistoryPage';
import { ImportPage } from '../pages/import/ImportPage';
import { ServiceIssuesPage } from '../pages/serviceIssues/ServiceIssuesPage';
import { SettingsPage } from '../pages/settings/SettingsPage';
import { TargetsPage } from '../pages/targets/TargetsPage';
import { TripsRoute } from '../pages/trips/TripsRoute';
import { WorkbenchPage } from '../pages/workbench/WorkbenchPage';
import type { AreaKey } from './areas';

/**
 * Which page shows for each sidebar area; areas not listed show an honest "under
 * construction" page. One line per area so areas can be added independently.
 */
export const PAGES: Partial<Record<AreaKey, (params: URLSearchParams, subpath: string[]) => ReactNode>> = {
  workbench: () => <WorkbenchPage />,
  // Keyed by the query so a new header search starts the page afresh.
  companies: (p) => <CompaniesPage key={p.get('q') ?? ''} initialQuery={p.get('q') ?? ''} />,
  projects: (p, sub) => <ProjectsRoute params={p} subpath={sub} />,
  contacts: (p) => <ContactsPage key={p.toString()} params={p} />,
  interactions: (p) => <InteractionsPage key={p.toString()} params={p} />,
  history: () => <HistoryPage />,
  import: (p) => <ImportPage key={p.get('target') ?? ''} params={p} />,
  trips: (p, sub) => <TripsRoute params={p} subpath={sub} />,
  receptions: () => <ReceptionsPage />,
  targets: (p) => <TargetsPage params={p} />,
  reports: (p) => <ReportsPage params={p} />,
  serviceIssues: (p) => <ServiceIssuesPage key={p.toString()} params={p} />,
  settings: () => <SettingsPage />,
};
