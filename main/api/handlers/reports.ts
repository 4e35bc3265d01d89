import { companyReport, targetReport, tripReport, weeklyReport } from '../../domain/reports';
import type { HandlerGroup } from './types';

export const reportHandlers: HandlerGroup<'reports'> = {
  'reports.company': ({ db }, input) => companyReport(db, input),
  'reports.trip': ({ db }, input) => tripReport(db, input),
  'reports.weekly': ({ db }, input) => weeklyReport(db, input),
  'reports.targets': ({ db }, input) => targetReport(db, input),
};
