import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../main/domain/demo';
import { followUpCounts } from '../../../main/domain/followUps';
import { FOLLOW_UP_COUNT_SQL } from '../../../main/domain/followUps/counts';
import { updateInteraction } from '../../../main/domain/interactions';
import { freshDb } from '../testDb';
import { clerk } from './helpers';

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

  it('read the large tables by index only, except one row per pending step', () => {
    const plans = FOLLOW_UP_COUNT_SQL.map((sql) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ today }) as { detail: string }[]).map((r) => r.detail),
    );
    // 企业诉求 are few and their status index holds every column asked.
    for (const plan of plans)
      expect(plan.filter((d) => /^SCAN (?!service_issues USING COVERING)/.test(d))).toEqual([]);
    const [projects, , steps] = plans;
    expect(projects).toEqual([expect.stringMatching(/^SEARCH projects USING COVERING INDEX/)]);
    expect(steps).toEqual([
      expect.stringMatching(/^SEARCH interactions USING COVERING INDEX interactions_next/),
    ]);
  });
});
