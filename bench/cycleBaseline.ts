// The dashboard's speed figures (all 3 spans and 当年签约当年投产) for the whole office, by hand:
// per span, the days of every project whose span ends in the period, sorted, on the milestone's
// covering index, then the names of the 5 fastest in one statement by id. The median and buckets are
// the domain's pure helpers over those days. tests/unit/bench/baselines.test.ts checks every
// figure against the dashboard's.
import type { Db } from '../main/db/open';
import { SPANS, bucketsOf, median } from '../main/domain/indicators/cycleTimes';
import { CYCLE_KINDS, type CycleResult } from '@contract/indicators/schema';
import { PRODUCED_STAGES } from '@contract/targets/indicators';

const FASTEST = 5;
const list = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

type Fastest = CycleResult['stats'][number]['fastest'][number];

function spanStatements(db: Db, kind: (typeof CYCLE_KINDS)[number]) {
  const { start, end, held } = SPANS[kind];
  const days = db
    .prepare(
      `SELECT id, CAST(julianday(${end}) - julianday(${start}) AS INTEGER) AS days FROM projects
       WHERE ${end} BETWEEN @from AND @to AND ${start} <= ${end} AND stage IN (${list(held)})
       ORDER BY days, ${end}, id`,
    )
    .raw();
  const names = db.prepare(
    `SELECT p.id, p.name, c.name AS companyName, p.${start} AS fromDate, p.${end} AS toDate
     FROM projects p LEFT JOIN companies c ON c.id = p.company_id WHERE p.id IN (SELECT value FROM json_each(?))`,
  );
  return { kind, days, names };
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
      const rows = s.days.all(range) as [number, number][];
      const days = rows.map((r) => r[1]);
      const first = rows.slice(0, FASTEST);
      const byId = new Map(
        (s.names.all(JSON.stringify(first.map((r) => r[0]))) as Omit<Fastest, 'days'>[]).map((n) => [
          n.id,
          n,
        ]),
      );
      const fastest = first.map(([id, d]) => ({ ...byId.get(id)!, days: d }));
      return { kind: s.kind, count: days.length, median: median(days), buckets: bucketsOf(days), fastest };
    }),
    sameYearProduced: sameYear.get(range) as number,
  });
}
