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
import * as officeServer from './areas/officeServer';
import * as officeFigures from './areas/officeFigures';
import { zhCN } from './zh-CN';

/**
 * Each area keeps its strings in i18n/areas/<area>.ts and exports only `zh`, so areas grow
 * without touching each other's files. Add an area by adding it to this list. There is no
 * English table: the app is Chinese only (see the README).
 */
export const areas = [
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
  officeServer,
  officeFigures,
];

/** One object type out of the areas' `zh` types, so a key any area defines is a known key. */
type Merged<U> = (U extends unknown ? (u: U) => void : never) extends (u: infer I) => void ? I : never;

/** Every string of the app, by key: what `t()` accepts (see ./keys.ts). */
export type Strings = typeof zhCN & Merged<(typeof areas)[number]['zh']>;

// Areas own distinct top-level keys (a unit test checks), so a shallow merge loses nothing.
export const strings: Strings = Object.assign({}, zhCN, ...areas.map((a) => a.zh));

export const resources = { 'zh-CN': { translation: strings } };
