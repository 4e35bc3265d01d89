import { describe, expect, it } from 'vitest';
import { breakdown, funnel, kpis, trend } from '../../../main/domain/indicators';
import { elapsedRange } from '../../../main/domain/indicators/period';
import { listProjects } from '../../../main/domain/projects';
import type { IndicatorCode } from '../../../main/domain/targets/indicators';
import { parseProjectsDrilldown } from '../../../renderer/src/pages/projects/drilldown';
import {
  dimensionUrl,
  kpiUrl,
  monthUrl,
  stageUrl,
  type DrillScope,
} from '../../../renderer/src/pages/workbench/drill';
import { gucheng2021 } from './gucheng2021';

// Every figure on the dashboard opens the projects grid; the grid must then list exactly the
// projects the figure counted. Each link is parsed as the projects page parses it and run
// through the same list query the grid uses.

const w = gucheng2021();
const PERIOD = { from: '2021-01-01', to: '2021-12-31', asOf: '2021-05-31' };
const scope: DrillScope = { range: elapsedRange(PERIOD, PERIOD.asOf), teamId: null };

function listed(url: string | null): number {
  if (!url) throw new Error('no link');
  const params = new URLSearchParams(url.slice(url.indexOf('?') + 1));
  const drill = parseProjectsDrilldown(params);
  if (!drill) throw new Error(`no filters in ${url}`);
  return listProjects(w.db, { filters: drill.filters, limit: 1 }).total;
}

describe('dashboard drill-downs list the projects behind the figure', () => {
  const cards = kpis(w.db, PERIOD).cards;
  const value = (code: IndicatorCode) => cards.find((c) => c.code === code)?.value;

  const codes: IndicatorCode[] = [
    'signedProjects',
    'newBigProjects',
    'majorIndustrial',
    'startedProjects',
    'producedProjects',
    'negotiatingBigCount',
  ];
  it.each(codes)('%s', (code) => {
    expect(listed(kpiUrl(code, scope, code))).toBe(value(code));
  });

  it("a team's card lists that team's projects only", () => {
    const a = kpis(w.db, { ...PERIOD, teamId: w.teamA }).cards.find(
      (c) => c.code === 'signedProjects',
    )?.value;
    expect(listed(kpiUrl('signedProjects', { ...scope, teamId: w.teamA }, '一分队'))).toBe(a);
    expect(a).toBe(12);
  });

  it('funnel stages, months and breakdown slices', () => {
    for (const s of funnel(w.db, PERIOD).stages)
      expect(listed(stageUrl(s.stage, scope, s.stage))).toBe(s.count);
    for (const m of trend(w.db, PERIOD).months.filter((x) => x.reported)) {
      expect(listed(monthUrl(m.month, scope, m.month))).toBe(m.signedCount);
    }
    const industries = breakdown(w.db, { ...PERIOD, dimension: 'industry' }).rows.filter(
      (r) => r.key !== null,
    );
    for (const r of industries)
      expect(listed(dimensionUrl('industry', r.key, scope, r.label))).toBe(r.signedCount);
  });

  it('points the indicators of other areas at their pages, with the period', () => {
    expect(kpiUrl('trips', scope, '外出招商次数')).toBe(
      `#/trips?dd=${encodeURIComponent('外出招商次数')}&f.startsOn=2021-01-01..2021-05-31&year=2021`,
    );
    expect(kpiUrl('companiesVisited', scope, 'x')).toContain('#/interactions?');
    expect(kpiUrl('companiesVisited', scope, 'x')).toContain('f.kind=visit_out');
  });
});
