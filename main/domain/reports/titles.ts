import type { Db } from '../../db/open';
import { companies } from '../companies';
import { parseOrThrow } from '../shared/validate';
import { trips } from '../trips';
import type { PrintDoc } from '@contract/print/routes';
import { targetReportInput } from '@contract/reports/schema';
import { isoWeek, reportWeek } from './weekly';

/**
 * The title a printed document is filed under. It checks what the document's own report
 * would (a company or trip that is gone, a week not yet begun), so a bad request fails here
 * with the same message before any page is drawn, without reading the whole document twice.
 */
export function printTitle(db: Db, doc: PrintDoc): string {
  switch (doc.kind) {
    case 'company':
      return `客商简报-${companies.require(db, doc.id).name}`;
    case 'trip':
      return `出访手册-${trips.require(db, doc.id).title}`;
    case 'weekly': {
      const { week, year } = isoWeek(reportWeek({ from: doc.from }).from);
      return `周调度-${year}年第${week}周`;
    }
    case 'targets':
      return `${parseOrThrow(targetReportInput, { year: doc.year }).year}年目标任务完成情况`;
  }
}
