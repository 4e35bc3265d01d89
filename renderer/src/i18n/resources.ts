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
import { en } from './en';
import { zhCN } from './zh-CN';

export type Language = 'zh-CN' | 'en';

/**
 * Each area keeps its strings in i18n/areas/<area>.ts as `{ zh, en }` with one shape, so
 * areas grow without touching each other's files. Add an area by adding it to this list.
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
];

const merge = (base: object, pick: (a: (typeof areas)[number]) => object): Record<string, unknown> =>
  Object.assign({}, base, ...areas.map(pick));

export const resources = {
  'zh-CN': { translation: merge(zhCN, (a) => a.zh) },
  en: { translation: merge(en, (a) => a.en) },
};
