import { SVGRenderer } from 'echarts/renderers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { YearMap } from '@contract/trips/planningSchema';
import provinces from '../../../resources/geo/china-provinces.json';
import { registerChinaMaps, SOUTH_SEA_INSET } from '../../../renderer/src/charts/chinaMap';
import { echarts, type ChartOption } from '../../../renderer/src/charts/echarts';
import { fitView } from '../../../renderer/src/pages/trips/mapView';
import { tripMapOption } from '../../../renderer/src/pages/trips/planner/tripMapOption';
import { yearMapOption } from '../../../renderer/src/pages/trips/yearMapOption';

interface GeoRegion {
  name: string;
  getBoundingRect(): { x: number; y: number; width: number; height: number };
}

/** The regions echarts actually draws for an option: the geo component's after its map fixes. */
function drawnRegions(option: ChartOption): Map<string, GeoRegion> {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 600 });
  chart.setOption(option);
  const model = (chart as unknown as { getModel(): { getComponent(t: string): unknown } }).getModel();
  const geo = model.getComponent('geo') as { coordinateSystem: { regions: GeoRegion[] } };
  const regions = new Map(geo.coordinateSystem.regions.map((r) => [r.name, r]));
  chart.dispose();
  return regions;
}

const yearMap: YearMap = {
  year: 2026,
  cities: [
    { adcode: 330100, name: '杭州市', center: [120.15, 30.27], visits: 6, trips: 2 },
    { adcode: 440300, name: '深圳市', center: [114.06, 22.54], visits: 3, trips: 1 },
  ],
  routes: [
    {
      tripId: 1,
      points: [
        [111.65, 32.26],
        [120.15, 30.27],
        [114.06, 22.54],
      ],
    },
  ],
  homeCenter: [111.65, 32.26],
} as unknown as YearMap;

const trip = (points: [number, number][]) =>
  tripMapOption({
    home: null,
    returnHome: false,
    stops: points.map((center, i) => ({ id: i + 1, name: String(i), center, details: [] })),
    places: [],
    provinces: [],
    view: fitView(points),
    labels: { home: '', returnLeg: '', visitStatus: { done: '', planned: '', cancelled: '' } },
  });

describe('whole-country maps follow the 标准地图 conventions', () => {
  beforeAll(() => {
    echarts.use([SVGRenderer]);
    registerChinaMaps(provinces as never);
  });

  it('the year’s route map carries the 南海诸岛 inset, with 台湾 and the islands out of 海南’s outline', () => {
    const regions = drawnRegions(yearMapOption(yearMap, { visits: String, trips: String, home: '' }));
    const inset = regions.get(SOUTH_SEA_INSET);
    expect(inset).toBeDefined();
    // Beside the mainland, to the lower right, not in the middle of the sea off 海南.
    expect(inset!.getBoundingRect().x).toBeGreaterThan(125);
    expect(regions.has('台湾省')).toBe(true);
    // Only 海南岛 and its coast remain in the province; the southern islands are in the inset.
    const hainan = regions.get('海南省')!.getBoundingRect();
    expect(Math.min(hainan.y, hainan.y + hainan.height)).toBeGreaterThan(17);
  });

  it('a route across the whole country gets the inset; one framed on a few provinces does not', () => {
    const across = drawnRegions(
      trip([
        [75.99, 39.47],
        [130.32, 46.8],
      ]),
    );
    expect(across.has(SOUTH_SEA_INSET)).toBe(true);
    const regional = drawnRegions(
      trip([
        [120.15, 30.27],
        [121.47, 31.23],
      ]),
    );
    expect(regional.has(SOUTH_SEA_INSET)).toBe(false);
    // The regional map keeps the islands where they lie, as part of 海南省.
    const hainan = regional.get('海南省')!.getBoundingRect();
    expect(Math.min(hainan.y, hainan.y + hainan.height)).toBeLessThan(5);
  });
});
