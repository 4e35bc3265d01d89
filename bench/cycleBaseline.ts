// The dashboard's speed figures (all 3 spans and 当年签约当年投产) for the whole office, by hand:
// per span, the days of every project whose span ends in the period, sorted, on the milestone's
// index, then the 5 fastest with their names in one joined statement. The median and buckets are
// the domain's pure helpers over those days. tests/unit/bench/baselines.test.ts checks every
// figure against the dashboard's.
import type { Db } from '../main/db/open';
import { SPANS, bucketsOf, median } from '../main/domain/indicators/cycleTimes';
import { CYCLE_KINDS, type CycleResult } from '../main/domain/indicators/schema';
import { PRODUCED_STAGES } from '../main/domain/targets/indicators';

const FASTEST = 5;
const list = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

function spanStatements(db: Db, kind: (typeof CYCLE_KINDS)[number]) {
  const { start, end, held } = SPANS[kind];
  const where = `p.${end} BETWEEN @from AND @to AND p.${start} <= p.${end} AND p.stage IN (${list(held)})`;
  const days = `CAST(julianday(p.${end}) - julianday(p.${start}) AS INTEGER)`;
  const order = `ORDER BY 1, p.${end}, p.id`;
  return {
    kind,
    days: db.prepare(`SELECT ${days} FROM projects p WHERE ${where} ${order}`).pluck(),
    fastest: db.prepare(
      `SELECT ${days} AS days, p.id, p.name, c.name AS companyName, p.${start} AS fromDate, p.${end} AS toDate
       FROM projects p LEFT JOIN companies c ON c.id = p.company_id WHERE ${where} ${order} LIMIT ${FASTEST}`,
    ),
  };
}

/** Prepares the statements once; the returned function computes the figures for given days. */
export function cycleBaseline(db: Db): (p: { from: string; to: string }) => Omit<CycleResult, 'period'> {
  const spans = CYCLE_KINDS.map((kind) => spanStatements(db, kind));
  const sameYear = db
    .prepare(
      `SELECT count(*) FROM projects WHERE produced_on BETWEEN @from AND @to
         AND stage IN (${list(PRODUCED_STAGES)}) AND substr(signed_on, 1, 4) = substr(produced_on, 1, 4)`,
    )
    .pluck();
  return (range) => ({
    stats: spans.map((s) => {
      const days = s.days.all(range) as number[];
      const fastest = s.fastest.all(range) as CycleResult['stats'][number]['fastest'];
      return { kind: s.kind, count: days.length, median: median(days), buckets: bucketsOf(days), fastest };
    }),
    sameYearProduced: sameYear.get(range) as number,
  });
}
