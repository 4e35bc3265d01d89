import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../main/db/open';
import { generateDemo } from '../../../main/domain/demo';
import { periodInput } from '@contract/indicators/schema';
import { resolveScope } from '../../../main/domain/indicators/scope';
import { indicatorByTeam, indicatorValue } from '../../../main/domain/indicators/values';
import { createInteraction, updateInteraction } from '../../../main/domain/interactions';
import { mergeCompanies } from '../../../main/domain/companyMerge/merge';
import { createProject, updateProject } from '../../../main/domain/projects';
import { INDICATOR_CODES } from '@contract/targets/indicators';
import { freshDb } from '../testDb';

// 月排名 counts every team in one grouped pass; each team's figure must be exactly the one its
// own dashboard (one team chosen) shows. Checked for every indicator on the demo data, for this
// year so far and for last year (在谈 then read from the stage history).
let db: Db;
let teams: number[];
beforeAll(() => {
  db = freshDb();
  generateDemo(db, 'S');
  teams = db.prepare('SELECT id FROM teams ORDER BY id').pluck().all() as number[];
});

const year = new Date().getFullYear();

describe('indicators for every team at once', () => {
  for (const [label, period] of [
    ['this year', { from: `${year}-01-01`, to: `${year}-12-31` }],
    ['last year', { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` }],
  ] as const) {
    it(`equal each team's own figures, ${label}`, () => {
      const { scope } = resolveScope(db, periodInput, period);
      let nonZero = 0;
      for (const code of INDICATOR_CODES) {
        const all = indicatorByTeam(db, scope, code);
        for (const team of teams) {
          const own = indicatorValue(db, { ...scope, teamId: team }, code).value;
          const grouped = all.get(team)?.value ?? (code === 'serviceClosureRate' ? null : 0);
          expect({ code, team, value: grouped }).toEqual({ code, team, value: own });
          if (own) nonZero++;
        }
      }
      // The demo gives the teams real figures to compare, not zeros.
      expect(nonZero).toBeGreaterThan(teams.length * 4);
    });
  }

  it('keep agreeing after visits are logged, moved, re-staffed and re-kinded', () => {
    const actor = { name: '测试' };
    const period = { from: `${year}-01-01`, to: `${year}-12-31` };
    const { scope } = resolveScope(db, periodInput, period);
    const agree = () => {
      const all = indicatorByTeam(db, scope, 'companiesVisited');
      return teams.map((team) => [
        all.get(team)?.value ?? 0,
        indicatorValue(db, { ...scope, teamId: team }, 'companiesVisited').value,
      ]);
    };
    const before = agree();
    for (const [grouped, own] of before) expect(grouped).toBe(own);

    const staff = db
      .prepare('SELECT id FROM staff WHERE team_id = ? LIMIT 2')
      .pluck()
      .all(teams[0]) as number[];
    const fresh = db
      .prepare(
        `SELECT id FROM companies WHERE id NOT IN (SELECT company_id FROM interactions WHERE company_id IS NOT NULL)
         LIMIT 3`,
      )
      .pluck()
      .all() as number[];
    const visit = createInteraction(db, actor, {
      companyId: fresh[0],
      kind: 'visit_out',
      occurredOn: `${year}-01-05`,
      summary: '走访企业，了解扩产计划',
      staffIds: staff,
    });
    // A company never visited before now counts for the team of the people who went.
    expect(agree()[0]?.[0]).toBe((before[0]?.[0] ?? 0) + 1);
    updateInteraction(db, actor, { id: visit.id, patch: { occurredOn: `${year - 1}-12-31` } });
    expect(agree()).toEqual(before);
    updateInteraction(db, actor, {
      id: visit.id,
      patch: { occurredOn: `${year}-02-01`, staffIds: staff.slice(1) },
    });
    updateInteraction(db, actor, { id: visit.id, patch: { kind: 'call' } });
    expect(agree()).toEqual(before);
    updateInteraction(db, actor, { id: visit.id, patch: { kind: 'visit_out', companyId: fresh[1] } });
    for (const [grouped, own] of agree()) expect(grouped).toBe(own);
    // Two visited companies merged into one: their visits now name the same company.
    createInteraction(db, actor, {
      companyId: fresh[0],
      kind: 'visit_out',
      occurredOn: `${year}-01-06`,
      summary: '回访企业',
      staffIds: staff,
    });
    const merging = agree()[0]?.[0] ?? 0;
    mergeCompanies(db, actor, { keepId: fresh[0], dropId: fresh[1], fromDrop: [] });
    expect(agree()[0]?.[0]).toBe(merging - 1);
    for (const [grouped, own] of agree()) expect(grouped).toBe(own);
    // A visit to a project that has no company yet counts once the project gets one.
    const orphan = createProject(db, actor, { name: '待落地的智能制造项目' });
    createInteraction(db, actor, {
      projectId: orphan.id,
      kind: 'visit_out',
      occurredOn: `${year}-01-07`,
      summary: '实地踏勘项目选址',
      staffIds: staff,
    });
    const unnamed = agree()[0]?.[0] ?? 0;
    updateProject(db, actor, { id: orphan.id, patch: { companyId: fresh[2] } });
    expect(agree()[0]?.[0]).toBe(unnamed + 1);
    for (const [grouped, own] of agree()) expect(grouped).toBe(own);
  });
});
