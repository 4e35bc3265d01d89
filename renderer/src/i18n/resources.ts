// The string tables alone, without React: the history wording test reads them in Node.
import * as attachments from './areas/attachments';
import * as companies from './areas/companies';
import * as contacts from './areas/contacts';
import * as dataFiles from './areas/dataFiles';
import * as encryption from './areas/encryption';
import * as history from './areas/history';
import * as integrity from './areas/integrity';
import * as projects from './areas/projects';
import * as projectsGrid from './areas/projectsGrid';
import * as reports from './areas/reports';
import * as receptions from './areas/receptions';
import * as trips from './areas/trips';
import * as search from './areas/search';
import * as serviceIssues from './areas/serviceIssues';
import * as companyMerge from './areas/companyMerge';
import * as companyTwins from './areas/companyTwins';
import * as dashboard from './areas/dashboard';
import * as drill from './areas/drill';
import * as targets from './areas/targets';
import * as teamSync from './areas/teamSync';
import { zhCN } from './zh-CN';

/**
 * Each area keeps its strings in i18n/areas/<area>.ts and exports only `zh`, so areas grow
 * without touching each other's files. Add an area by adding it to this list. There is no
 * English table: the app is Chinese only (see the README).
 */
const areas = [
  companies,
  contacts,
  projectsGrid,
  projects,
  history,
  trips,
  receptions,
  reports,
  search,
  serviceIssues,
  companyMerge,
  companyTwins,
  dashboard,
  drill,
  targets,
  dataFiles,
  encryption,
  integrity,
  attachments,
  teamSync,
];

export const resources = {
  'zh-CN': { translation: Object.assign({}, zhCN, ...areas.map((a) => a.zh)) as Record<string, unknown> },
};
