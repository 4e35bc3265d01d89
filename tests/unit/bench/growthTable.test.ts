import { describe, expect, it } from 'vitest';
import { formatGrowth, growthSteps } from '../../../bench/growthTable';
import { summarise } from '../../../bench/stats';

const SIZES = [
  { label: 'S', projects: 300 },
  { label: 'M', projects: 370 },
  { label: 'L', projects: 100_000 },
  { label: '1M', projects: 1_000_000 },
];
const ms = (...p50: number[]) => p50.map((x) => summarise([x]));

describe('the growth table', () => {
  it('flags a path whose time grows faster than its rows, and not one that grows with them', () => {
    // 10× the rows: 10× the time is linear, 12× an index walk's log factor, 100× quadratic;
    // 270× the rows and 540× the time is twice as fast as the rows.
    const linear = { name: 'open', bySize: ms(1, 1.2, 300, 3_000) };
    const logFactor = { name: 'search', bySize: ms(1, 1.2, 300, 3_600) };
    const quadratic = { name: 'contains', bySize: ms(1, 1.2, 300, 30_000) };
    const doubled = { name: 'kpis', bySize: ms(1, 1, 540, 5_400) };
    const { table, worse } = formatGrowth(SIZES, [linear, logFactor, quadratic, doubled]);
    expect(worse).toEqual(['contains', 'kpis']);
    const lines = table.split('\n');
    expect(lines.find((l) => l.startsWith('| open'))).toMatch(/linear or better \|$/);
    expect(lines.find((l) => l.startsWith('| contains'))).toMatch(/100× ! \| WORSE THAN LINEAR \|$/);
  });

  it('prints the ratio of rows between successive sizes beside the ratio of times', () => {
    const { table } = formatGrowth(SIZES, [{ name: 'kpis', bySize: ms(2, 2, 20, 200) }]);
    const rows = table.split('\n').find((l) => l.startsWith('| rows (projects)'))!;
    expect(rows).toMatch(/1,000,000 \| +1\.23× \| +270× \| +10× \|/);
    expect(table.split('\n')[0]).toMatch(/\| +M\/S \| +L\/M \| +1M\/L \| +growth \|/);
  });

  it('does not judge two sizes too close to tell growth from noise', () => {
    // S → M: a quarter more rows; the time doubled by chance on a busy machine.
    const [step] = growthSteps(SIZES.slice(0, 2), { name: 'x', bySize: ms(1, 2) });
    expect(step).toEqual({ time: 2, rows: 370 / 300, worse: null });
    expect(formatGrowth(SIZES.slice(0, 2), [{ name: 'x', bySize: ms(1, 2) }]).worse).toEqual([]);
  });
});
