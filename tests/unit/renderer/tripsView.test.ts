import { describe, expect, it } from 'vitest';
import { regionByAdcode } from '@contract/shared/regions';
import { fitView, WHOLE_CHINA, escapeHtml } from '../../../renderer/src/pages/trips/mapView';
import { moved } from '../../../renderer/src/pages/trips/planner/reorder';
import { citySize } from '../../../renderer/src/pages/trips/yearMapOption';

const centre = (code: number) => regionByAdcode(code)!.center;

describe('trip map framing', () => {
  it('shows all of China without points, and zooms in on a regional route', () => {
    expect(fitView([])).toEqual(WHOLE_CHINA);
    const delta = fitView([centre(330200), centre(330100), centre(310000)]);
    expect(delta.zoom).toBeGreaterThan(4);
    expect(delta.center![0]).toBeGreaterThan(120);
    expect(delta.center![0]).toBeLessThan(122);
    // Beijing to Guangzhou spans the country: barely zoomed.
    expect(fitView([centre(110000), centre(440100)]).zoom).toBeLessThan(2.5);
    // One city alone is framed with its surroundings, not blown up to a blank square.
    expect(fitView([centre(330100)]).zoom).toBeLessThanOrEqual(14);
  });

  it('escapes names typed by people before they reach a tooltip', () => {
    expect(escapeHtml('<b>某&公司</b>')).toBe('&lt;b&gt;某&amp;公司&lt;/b&gt;');
  });

  it('sizes cities by visits, a passed-through city still visible, the busiest capped', () => {
    expect(citySize(0)).toBeGreaterThan(5);
    expect(citySize(9)).toBeGreaterThan(citySize(4));
    expect(citySize(10_000)).toBe(44);
  });
});

describe('reordering stops', () => {
  it('moves one stop up, down or across and keeps the others in order', () => {
    expect(moved([1, 2, 3, 4], 2, 1)).toEqual([1, 3, 2, 4]);
    expect(moved([1, 2, 3, 4], 0, 3)).toEqual([2, 3, 4, 1]);
    expect(moved([1, 2, 3, 4], 3, 0)).toEqual([4, 1, 2, 3]);
  });
});
