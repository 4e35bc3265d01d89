import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../main/db/open';
import { generateDemo } from '../../../main/domain/demo';
import { periodInput } from '../../../main/domain/indicators/schema';
import { resolveScope } from '../../../main/domain/indicators/scope';
import { indicatorByTeam, indicatorValue } from '../../../main/domain/indicators/values';
import { INDICATOR_CODES } from '../../../main/domain/targets/indicators';
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
});
