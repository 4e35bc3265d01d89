import { echarts } from './echarts';

/**
 * Our own name for the provinces map. Registered as 'china', echarts would add its own South
 * China Sea inset on top of the one the data already draws.
 */
export const CHINA_MAP = 'leadatlas-china';

let loading: Promise<string> | null = null;

/**
 * Loads the offline provinces GeoJSON (resources/geo/china-provinces.json, ~460 KB, its own
 * chunk so pages without a map never load it) and registers it once. Features are named like
 * '浙江省', with `adcode` in their properties.
 */
export function ensureChinaMap(): Promise<string> {
  loading ??= import('../../../resources/geo/china-provinces.json').then((m) => {
    const geo = (m as { default?: unknown }).default ?? m;
    echarts.registerMap(CHINA_MAP, geo as Parameters<typeof echarts.registerMap>[1]);
    return CHINA_MAP;
  });
  return loading;
}
