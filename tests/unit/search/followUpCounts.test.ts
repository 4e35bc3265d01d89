import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../main/domain/demo';
import { followUpCounts } from '../../../main/domain/followUps';
import { FOLLOW_UP_COUNT_SQL } from '../../../main/domain/followUps/counts';
import { updateInteraction } from '../../../main/domain/interactions';
import { freshDb } from '../testDb';
import { clerk } from './helpers';
import { statementsOf } from '../statementsOf';

const TODAY = '2026-03-10';

/** The badge's numbers as the 工作台 list defines them, joins and all: the slow, plain reading. */
function byDefinition(db: ReturnType<typeof freshDb>, today: string) {
  const count = (sql: string): number =>
    db.prepare(`SELECT count(*) ${sql}`).pluck().get({ today }) as number;
  const projects = `FROM projects p WHERE p.next_follow_up_on <= @today AND p.stage <> 'dropped'`;
  const steps = `FROM interactions i LEFT JOIN projects p ON p.id = i.project_id
    WHERE i.next_step_on IS NOT NULL AND i.next_step_done = 0 AND i.next_step_on <= @today
      AND (p.id IS NULL OR p.next_follow_up_on IS NOT i.next_step_on)`;
  const dueToday =
    count(`${projects} AND p.next_follow_up_on = @today`) + count(`${steps} AND i.next_step_on = @today`);
  return {
    today: dueToday,
    overdue: count(projects) + count(steps) - dueToday,
    overdueIssues: count(
      `FROM service_issues WHERE status <> 'closed' AND due_on IS NOT NULL AND due_on < @today`,
    ),
  };
}

describe('工作台 badge counts', () => {
  const db = freshDb();
  generateDemo(db, 'S');
  const today = db.prepare(`SELECT max(next_step_on) FROM interactions`).pluck().get() as string;

  it('agree with the list’s definition on the demo data, for several days', () => {
    for (const day of [TODAY, today, '2020-01-01']) {
      expect(followUpCounts(db, day)).toEqual(byDefinition(db, day));
    }
    expect(followUpCounts(db, today).overdue).toBeGreaterThan(0);
  });

  it('are counted again after a write, not kept from before it', () => {
    const before = followUpCounts(db, today);
    const step = db
      .prepare(
        `SELECT i.id FROM interactions i LEFT JOIN projects p ON p.id = i.project_id
         WHERE i.next_step_on < ? AND i.next_step_done = 0 AND (p.id IS NULL OR p.next_follow_up_on IS NOT i.next_step_on)
         LIMIT 1`,
      )
      .pluck()
      .get(today) as number;
    updateInteraction(db, clerk, { id: step, patch: { nextStepDone: true } });
    const after = followUpCounts(db, today);
    expect(after.overdue).toBe(before.overdue - 1);
    expect(after).toEqual(byDefinition(db, today));
  });

  it('read the large tables by index only, pending steps by migration 9’s (day, project) index', () => {
    // A connection of its own: the statements are compiled, and so caught, on its first call.
    const own = freshDb();
    generateDemo(own, 'S');
    // The counts, not the change check beside them (SELECT total_changes()).
    const seen = statementsOf(own, () => followUpCounts(own, today)).filter((s) => /\bFROM\b/.test(s.sql));
    const plans = seen.map((s) =>
      (own.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...s.params) as { detail: string }[]).map(
        (r) => r.detail,
      ),
    );
    expect(seen).toHaveLength(9);
    // 企业诉求 are few and their status index holds every column asked.
    const dropped: readonly string[] = FOLLOW_UP_COUNT_SQL.dropped;
    seen.forEach((s, n) => {
      const plan = plans[n] ?? [];
      expect(plan.filter((d) => /^SCAN (?!service_issues USING COVERING)/.test(d))).toEqual([]);
      // Each part from an index alone, but the dropped projects' (few) rows.
      if (!dropped.includes(s.sql))
        expect(plan.filter((d) => /^SEARCH (projects|interactions|p|i) (?!USING COVERING)/.test(d))).toEqual(
          [],
        );
    });
    const planOf = (sql: string): string[] => plans[seen.findIndex((s) => s.sql === sql)] ?? [];
    for (const sql of FOLLOW_UP_COUNT_SQL.steps)
      expect(planOf(sql)).toEqual([
        expect.stringMatching(/^SEARCH interactions USING COVERING INDEX interactions_next_project/),
      ]);
    // The steps that are also their project's follow-up: the projects due, each step looked up.
    for (const sql of FOLLOW_UP_COUNT_SQL.stepsAsFollowUp)
      expect(planOf(sql)).toEqual([
        expect.stringMatching(/^SEARCH p USING COVERING INDEX projects_follow_up/),
        expect.stringMatching(
          /^SEARCH i USING COVERING INDEX interactions_next_project \(next_step_on=\? AND project_id=\?\)/,
        ),
      ]);
  });
});
