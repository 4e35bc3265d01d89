import type { LngLat } from '@contract/shared/regions';

/** The provinces map's full extent (incl. the South China Sea islands): zoom 1 shows all of it. */
const CHINA = { west: 73.5, east: 135.1, south: 3.8, north: 53.6 };

export interface MapView {
  center: [number, number] | undefined;
  zoom: number;
}

export const WHOLE_CHINA: MapView = { center: undefined, zoom: 1 };

/**
 * Centre and zoom that frame the points with a margin: a trip through 宁波, 杭州 and 上海 fills
 * the map instead of being a dot on the whole country. Never closer than a single prefecture.
 */
export function fitView(points: readonly LngLat[]): MapView {
  if (points.length === 0) return WHOLE_CHINA;
  const lngs = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const west = Math.min(...lngs);
  const east = Math.max(...lngs);
  const south = Math.min(...lats);
  const north = Math.max(...lats);
  // At least ~4° across: one city alone would otherwise zoom to a blank square.
  const width = Math.max(east - west, 4);
  const height = Math.max(north - south, 3);
  const zoom = Math.min((CHINA.east - CHINA.west) / width, (CHINA.north - CHINA.south) / height) * 0.72;
  return { center: [(west + east) / 2, (south + north) / 2], zoom: Math.max(1, Math.min(14, zoom)) };
}

/** Frames a province's outline (its GeoJSON feature), for a click on the map. */
export function featureView(geometry: { coordinates: unknown }): MapView {
  const points: LngLat[] = [];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') points.push([c[0], c[1] as number]);
    else if (Array.isArray(c)) c.forEach(walk);
  };
  walk(geometry.coordinates);
  return fitView(points);
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Names in tooltips come from people's typing: escape them before echarts renders HTML. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
