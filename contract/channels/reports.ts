import {
  companyReportInput,
  targetReportInput,
  tripReportInput,
  weeklyReportInput,
  type CompanyBrief,
  type TargetReport,
  type TripDossier,
  type WeeklyReport,
} from '../reports/schema';
import { query } from './define';

/** One call per printed document: the print route and the in-app preview read the same data. */
export const reportChannels = {
  'reports.company': query<CompanyBrief>()(companyReportInput),
  'reports.trip': query<TripDossier>()(tripReportInput),
  'reports.weekly': query<WeeklyReport>()(weeklyReportInput),
  'reports.targets': query<TargetReport>()(targetReportInput),
};
