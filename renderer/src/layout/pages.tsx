import { lazy, type ReactNode } from 'react';
import type { AreaKey } from './areas';

/**
 * Each page is its own chunk, loaded when first shown: the first paint waits only for the
 * layout and the page it opens on, not for every page's grids, charts and forms.
 */
const CompaniesPage = lazy(() =>
  import('../pages/companies/CompaniesPage').then((m) => ({ default: m.CompaniesPage })),
);
const ContactsPage = lazy(() =>
  import('../pages/contacts/ContactsPage').then((m) => ({ default: m.ContactsPage })),
);
const InteractionsPage = lazy(() =>
  import('../pages/interactions/InteractionsPage').then((m) => ({ default: m.InteractionsPage })),
);
const ProjectsRoute = lazy(() =>
  import('../pages/projects/ProjectsRoute').then((m) => ({ default: m.ProjectsRoute })),
);
const ReceptionsPage = lazy(() =>
  import('../pages/receptions/ReceptionsPage').then((m) => ({ default: m.ReceptionsPage })),
);
const ReportsPage = lazy(() =>
  import('../pages/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })),
);
const HistoryPage = lazy(() =>
  import('../pages/history/HistoryPage').then((m) => ({ default: m.HistoryPage })),
);
const ImportPage = lazy(() => import('../pages/import/ImportPage').then((m) => ({ default: m.ImportPage })));
const ServiceIssuesPage = lazy(() =>
  import('../pages/serviceIssues/ServiceIssuesPage').then((m) => ({ default: m.ServiceIssuesPage })),
);
const SettingsPage = lazy(() =>
  import('../pages/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);
const TargetsPage = lazy(() =>
  import('../pages/targets/TargetsPage').then((m) => ({ default: m.TargetsPage })),
);
const TripsRoute = lazy(() => import('../pages/trips/TripsRoute').then((m) => ({ default: m.TripsRoute })));
const WorkbenchPage = lazy(() =>
  import('../pages/workbench/WorkbenchPage').then((m) => ({ default: m.WorkbenchPage })),
);

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
