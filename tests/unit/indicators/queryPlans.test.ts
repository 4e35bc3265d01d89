import { describe, expect, it } from 'vitest';
import type { Db } from '../../../main/db/open';
import {
  breakdown,
  cycleTimes,
  funnel,
  kpis,
  ranking,
  trend,
  workload,
} from '../../../main/domain/indicators';
import { gucheng2021 } from './gucheng2021';
import { statementsOf } from '../statementsOf';

// The aggregates must stay fast on 100,000 projects (bench/indicators.bench.ts measures them):
// no statement may read a whole large table. Every statement the dashboard runs is caught and
// its plan read. Plans name tables by their alias; the scans allowed are of small things only.
const ALLOWED_SCANS = [
  /^SCAN \(subquery-\d+\)$/, // rows a union or CTE already picked out by index
  /^SCAN s$/, // staff: one row per person (workload)
  /^SCAN t USING INDEX sqlite_autoindex_teams_1$/, // teams, a handful (ranking)
  /^SCAN v$/, // trip visits: done visits without their record (走访企业数)
  /^SCAN json_each VIRTUAL TABLE INDEX \d+:$/, // figures handed in as JSON, one per person (workload)
  /^SCAN (open|signed) LEFT-JOIN$/, // the same, joined to the staff
];

type Statement = { sql: string; params: unknown[] };

function dashboardStatements(db: Db, teamId: number): Statement[] {
  const period = { from: '2021-01-01', to: '2021-12-31' };
  return statementsOf(db, () => {
    for (const p of [period, { ...period, asOf: '2021-06-30' }, { ...period, teamId }]) {
      kpis(db, p);
      funnel(db, p);
      trend(db, p);
      workload(db, p);
      cycleTimes(db, p);
      breakdown(db, { ...p, dimension: 'province' });
      breakdown(db, { ...p, dimension: 'industry' });
      for (const indicator of [
        'companiesVisited',
        'contractAmount',
        'arrivedAmount',
        'visitorPersonTimes',
        'negotiatingBigAmount',
        'serviceClosureRate',
      ]) {
        ranking(db, { ...p, indicator });
      }
    }
  });
}

function unindexedScans(db: Db, statements: Statement[]): string[] {
  return statements.flatMap(({ sql, params }) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
      .map((r) => r.detail)
      .filter((d) => d.startsWith('SCAN') && !ALLOWED_SCANS.some((ok) => ok.test(d)))
      .map((d) => `${d} ← ${sql.replace(/\s+/g, ' ').slice(0, 90)}`),
  );
}

describe('query plans of the dashboard', () => {
  it('find their rows through indexes, never by reading a large table whole', () => {
    const w = gucheng2021();
    const statements = dashboardStatements(w.db, w.teamA);
    expect(statements.length).toBeGreaterThan(40);
    expect(unindexedScans(w.db, statements)).toEqual([]);
  });

  it('would notice a statement that reads a table whole', () => {
    const w = gucheng2021();
    const slow = {
      sql: `SELECT sum(contract_amount) FROM projects p WHERE p.notes LIKE ?`,
      params: ['%签约%'],
    };
    expect(unindexedScans(w.db, [slow])).toEqual([`SCAN p ← ${slow.sql}`]);
  });
});
