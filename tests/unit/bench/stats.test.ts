import { describe, expect, it } from 'vitest';
import { heldKarpLength } from '../../../bench/heldKarp';
import { routeInstance } from '../../../bench/optimise.bench';
import { percentile, row, summarise } from '../../../bench/stats';
import { formatMs, formatTable } from '../../../bench/table';
import { slimFrom } from '../../../main/domain/store/slimFrom';

describe('benchmark figures', () => {
  it('takes nearest-rank percentiles, so p95 of 20 samples is the 19th slowest', () => {
    const samples = Array.from({ length: 20 }, (_, i) => 20 - i); // 20, 19, …, 1
    expect(summarise(samples)).toEqual({ n: 20, p50: 10, p95: 19, max: 20 });
    expect(percentile([], 0.5)).toBe(0);
    expect(percentile([7], 0.95)).toBe(7);
  });

  it('prints the CPU time beside the wall time, so a run on a loaded machine shows as one', () => {
    // Wall time tripled by waiting for the CPU; the work itself took 10 ms of CPU each time.
    const loaded = summarise([30, 31, 29], [10, 10, 11]);
    expect(loaded.cpuP50).toBe(10);
    const table = formatTable([row('grid', 'page', loaded, null, { p95Ms: 20 })]);
    expect(table.split('\n')[0]).toMatch(/ours p95 \| ours CPU \| raw p50/);
    expect(table.split('\n')[2]).toMatch(/30\.0 ms \| +31\.0 ms \| +10\.0 ms \|/);
  });

  it('divides ours by raw at the median and judges every limit of a target', () => {
    const ours = summarise([3, 3, 3]);
    const raw = summarise([2, 2, 2]);
    expect(row('grid', 'x', ours, raw, { p95Ms: 20, maxRatio: 1.5 }).target).toEqual({
      text: 'p95 < 20 ms, ≤ 1.5× raw',
      met: true,
    });
    const slower = row('grid', 'x', summarise([4, 4, 4]), raw, { p95Ms: 20, maxRatio: 1.5 });
    expect(slower.ratio).toBe(2);
    expect(slower.target?.met).toBe(false);
    expect(row('import', 'x', summarise([6500]), null, { p50Ms: 6000 }).target).toEqual({
      text: '< 6 s',
      met: false,
    });
  });

  it('lets a ratio target pass on a fixed slack only when ours is within it of raw', () => {
    const limits = { maxRatio: 1.5, slackMs: 1 };
    // 0.4 ms against 0.1 ms: 4× but only 0.3 ms more, the call's fixed cost.
    const tiny = row('grid', 'x', summarise([0.4, 0.4, 0.4]), summarise([0.1, 0.1, 0.1]), limits);
    expect(tiny.target).toEqual({ text: '≤ 1.5× raw or +1 ms', met: true });
    // 4 ms against 1 ms: 3 ms more is a worse plan, not overhead.
    const worse = row('grid', 'x', summarise([4, 4, 4]), summarise([1, 1, 1]), limits);
    expect(worse.target?.met).toBe(false);
  });

  it('counts a target with nothing measured as missed, never as met', () => {
    expect(row('dossier', 'pdf', null, null, { p50Ms: 3000 }).target?.met).toBe(false);
  });

  it('prints an aligned table that marks each target met or MISSED', () => {
    const table = formatTable([
      row('grid', 'sort 名称 asc', summarise([1.234]), summarise([1]), { maxRatio: 1.5 }),
      row('import', 'ledger', summarise([7200]), null, { p50Ms: 6000 }),
    ]);
    const lines = table.split('\n');
    expect(lines[2]).toContain('1.23 ms');
    expect(lines[2]).toContain('1.23×');
    expect(lines[2]).toMatch(/\| met +\|$/);
    expect(lines[3]).toContain('7.20 s');
    expect(lines[3]).toContain('MISSED');
    // Every line is as wide as the header, counting CJK characters as two columns.
    const width = (s: string): number =>
      [...s].reduce((w, ch) => w + (/[\u4e00-\u9fff]/.test(ch) ? 2 : 1), 0);
    expect(new Set(lines.map(width)).size).toBe(1);
    expect(formatMs(0.5)).toBe('0.50 ms');
    expect(formatMs(250)).toBe('250 ms');
  });

  it('has a raw route baseline that finds the true shortest round trip', () => {
    const p = routeInstance(7, 42);
    let best = Infinity;
    const permute = (left: number[], at: number, len: number): void => {
      if (left.length === 0) best = Math.min(best, len + p.dist[at]![0]!);
      left.forEach((n, i) => permute([...left.slice(0, i), ...left.slice(i + 1)], n, len + p.dist[at]![n]!));
    };
    permute([1, 2, 3, 4, 5, 6, 7], 0, 0);
    expect(heldKarpLength(p.dist)).toBeCloseTo(best, 9);
  });
});

describe('grid count and sort statements', () => {
  const from = `projects p
  LEFT JOIN companies c ON c.id = p.company_id
  LEFT JOIN staff o ON o.id = p.owner_id
  LEFT JOIN teams t ON t.id = p.team_id`;

  it('leave out the joins on an id that nothing refers to, and keep the ones in use', () => {
    expect(slimFrom(from, 'WHERE p.stage IN (?) ORDER BY p.updated_at DESC')).toBe('projects p');
    expect(slimFrom(from, 'ORDER BY c.name ASC NULLS LAST, p.id ASC')).toBe(
      'projects p\n  LEFT JOIN companies c ON c.id = p.company_id',
    );
    // A join that can add rows is never dropped.
    const many = 'companies c LEFT JOIN contacts k ON k.company_id = c.id';
    expect(slimFrom(many, '')).toBe(many);
  });
});
