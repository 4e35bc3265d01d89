import { describe, expect, it } from 'vitest';
import { listQuery } from '@contract/shared/listQuery';
import { parseProjectsDrilldown, projectsDrilldownUrl } from '../../../renderer/src/pages/projects/drilldown';

const parse = (url: string) => parseProjectsDrilldown(new URLSearchParams(url.split('?')[1]));

describe('drill-down links to the projects grid', () => {
  it('round-trips sets, ranges and equality into valid list filters', () => {
    const url = projectsDrilldownUrl('2026年上半年签约', {
      stage: ['signed', 'registered'],
      signedOn: { from: '2026-01-01', to: '2026-06-30' },
      contractAmount: { from: 100_000_000 },
      industry: '新能源汽车',
    });
    const d = parse(url);
    expect(d?.label).toBe('2026年上半年签约');
    expect(d?.filters).toEqual({
      stage: { type: 'set', values: ['signed', 'registered'] },
      signedOn: { type: 'date', op: 'inRange', value: '2026-01-01', valueTo: '2026-06-30' },
      contractAmount: { type: 'number', op: 'greaterThanOrEqual', value: 100_000_000 },
      industry: { type: 'set', values: ['新能源汽车'] },
    });
    expect(listQuery.safeParse({ filters: d?.filters }).success).toBe(true);
  });

  it('treats open date ends as inclusive', () => {
    expect(parse(projectsDrilldownUrl('x', { signedOn: { to: '2026-12-31' } }))?.filters.signedOn).toEqual({
      type: 'date',
      op: 'lessThan',
      value: '2027-01-01',
    });
  });

  it('returns nothing for a plain link', () => {
    expect(parse('#/projects?q=abc')).toBeNull();
  });
});
