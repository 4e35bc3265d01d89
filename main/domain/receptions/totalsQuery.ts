import type { Db } from '../../db/open';
import { parseOrThrow } from '../shared/validate';
import { receptionPeriod } from '@contract/receptions/schema';
import { formatReceptionTotals, type ReceptionTotals } from '@contract/receptions/totalsWording';

/** Receptions whose visit began in the period. */
export function receptionTotals(db: Db, input: unknown): ReceptionTotals & { text: string } {
  const { from, to } = parseOrThrow(receptionPeriod, input);
  const t = db
    .prepare(
      `SELECT count(*) AS receptions, coalesce(sum(headcount), 0) AS visitors,
         count(DISTINCT company_id) + count(*) FILTER (WHERE company_id IS NULL) AS companies
       FROM receptions WHERE starts_on BETWEEN ? AND ?`,
    )
    .get(from, to) as ReceptionTotals;
  return { ...t, text: formatReceptionTotals(t) };
}
