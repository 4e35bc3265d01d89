// The bench's hand-written KPI and cycle-time baselines answer exactly what the dashboard answers:
// a baseline that computed less (or something else) would make "ours / raw" flatter us.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cycleBaseline } from '../../../bench/cycleBaseline';
import { kpiBaseline, kpiDays, type KpiFigures } from '../../../bench/kpiBaseline';
import { closeDatabase, type Db } from '../../../main/db/open';
import { generateDemo } from '../../../main/domain/demo';
import { cycleTimes, kpis } from '../../../main/domain/indicators';
import { setClock } from '@contract/shared/clock';
import { INDICATOR_CODES } from '@contract/targets/indicators';
import { freshDb } from '../testDb';

// After 30 June: the dashboard then also reads every figure as on 30 June for 双过半.
const TODAY = '2026-09-15';
const PERIODS = [
  { name: 'this year so far', range: { from: '2026-01-01', to: '2026-12-31' }, asOf: TODAY },
  { name: 'this year read on 30 June', range: { from: '2026-01-01', to: '2026-12-31' }, asOf: '2026-06-30' },
  { name: 'last year', range: { from: '2025-01-01', to: '2025-12-31' }, asOf: TODAY },
  { name: 'the third quarter', range: { from: '2026-07-01', to: '2026-09-30' }, asOf: TODAY },
];

let db: Db;
beforeAll(() => {
  setClock(`${TODAY}T10:00:00+08:00`);
  db = freshDb();
  generateDemo(db, 'M', 20260101, { today: TODAY });
});
afterAll(() => {
  closeDatabase(db);
  setClock(null);
});

describe('the KPI baseline', () => {
  it.each(PERIODS)('gives all 13 dashboard figures exactly as the dashboard does: $name', (p) => {
    const ours = kpis(db, { ...p.range, asOf: p.asOf });
    const figures = Object.fromEntries(ours.cards.map((c) => [c.code, c.value])) as KpiFigures;
    const baseline = kpiBaseline(db)(kpiDays(p.range, p.asOf));
    expect(Object.keys(baseline).sort()).toEqual([...INDICATOR_CODES].sort());
    expect(baseline).toEqual(figures);
  });

  it('is compared on a ledger where the figures are not empty', () => {
    const b = kpiBaseline(db)(kpiDays(PERIODS[0]!.range, TODAY));
    const nonZero = INDICATOR_CODES.filter((c) => (b[c] ?? 0) > 0);
    expect(nonZero).toEqual([...INDICATOR_CODES]);
  });
});

describe('the cycle-time baseline', () => {
  it.each(PERIODS)('gives the 3 spans and 当年签约当年投产 as the dashboard does: $name', (p) => {
    const { period: _, ...ours } = cycleTimes(db, { ...p.range, asOf: p.asOf });
    const baseline = cycleBaseline(db)(kpiDays(p.range, p.asOf));
    expect(baseline).toEqual(ours);
  });

  it('is compared on spans that hold projects', () => {
    const b = cycleBaseline(db)(kpiDays(PERIODS[0]!.range, TODAY));
    expect(b.stats.map((s) => s.kind)).toEqual(['contactToSigning', 'signingToStart', 'signingToProduction']);
    for (const s of b.stats) expect(s.fastest.length).toBeGreaterThan(0);
  });
});
