import { describe, expect, it } from 'vitest';
import {
  rangeOf,
  readPeriod,
  switchKind,
  writePeriod,
} from '../../../renderer/src/pages/workbench/periodState';

describe('the dashboard period in the URL', () => {
  const today = '2026-05-20';

  it('opens on the current year, and reads back what it wrote', () => {
    const none = readPeriod(new URLSearchParams(), today);
    expect(rangeOf(none)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    const q = { ...none, kind: 'quarter' as const, n: 3, teamId: 4 };
    const again = readPeriod(new URLSearchParams(writePeriod(q)), today);
    expect(again).toMatchObject({ kind: 'quarter', year: 2026, n: 3, teamId: 4 });
    expect(rangeOf(again)).toEqual({ from: '2026-07-01', to: '2026-09-30' });
  });

  it('switching kind keeps today in view', () => {
    const y = readPeriod(new URLSearchParams(), today);
    expect(rangeOf(switchKind(y, 'quarter', today))).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(rangeOf(switchKind(y, 'month', today))).toEqual({ from: '2026-05-01', to: '2026-05-31' });
    expect(rangeOf(switchKind(y, 'half', today))).toEqual({ from: '2026-01-01', to: '2026-06-30' });
  });

  it('ignores nonsense in the URL rather than failing', () => {
    const odd = readPeriod(new URLSearchParams('p=decade&y=1899&n=99&team=-3'), today);
    expect(odd).toMatchObject({ kind: 'year', year: 2026, n: 1, teamId: null });
    const swapped = readPeriod(new URLSearchParams('p=custom&from=2026-03-01&to=2026-01-01'), today);
    expect(rangeOf(swapped)).toEqual({ from: '2026-01-01', to: '2026-03-01' });
  });
});
