import { toHalfWidth } from '@contract/shared/companyName';
import { allRegions, childrenOf, regionPath, shortName, type Region } from '@contract/shared/regions';
import { isBlank, problem, value, type Parsed } from './result';

let byName: Map<string, Region[]> | null = null;
let byPath: Map<string, number> | null = null;

function indexes(): { byName: Map<string, Region[]>; byPath: Map<string, number> } {
  if (byName && byPath) return { byName, byPath };
  byName = new Map();
  byPath = new Map();
  for (const r of allRegions()) {
    for (const key of new Set([r.name, shortName(r.name)])) byName.set(key, [...(byName.get(key) ?? []), r]);
    byPath.set(regionPath(r.adcode, ''), r.adcode);
  }
  return { byName, byPath };
}

/** The child of `parent` whose name (or short name) starts `s`, longest name first. */
function childAt(parent: number, s: string): [Region, number] | null {
  let best: [Region, number] | null = null;
  for (const r of childrenOf(parent)) {
    for (const n of [r.name, shortName(r.name)]) {
      if (s.startsWith(n) && (!best || n.length > best[1])) best = [r, n.length];
    }
  }
  return best;
}

/**
 * A place as written in a ledger, to its administrative code: 浙江省杭州市, 浙江杭州, 杭州市,
 * 杭州, 北京市朝阳区. Read from the province down as far as the text goes. A bare name shared
 * by several places (朝阳区) is not guessed.
 */
export function parseRegion(raw: string): Parsed<number> {
  const s = toHalfWidth(raw).replace(/[\s,，、\-/]/g, '');
  if (isBlank(s)) return value(null);
  const { byName, byPath } = indexes();
  const exact = byPath.get(s);
  if (exact) return value(exact);
  let rest = s;
  let found: Region | null = null;
  for (let level = 0; level < 3 && rest; level++) {
    const next = childAt(found?.adcode ?? 0, rest);
    if (!next) break;
    [found] = next;
    rest = rest.slice(next[1]);
  }
  if (found) return value(found.adcode);
  const named = byName.get(s) ?? [];
  const preferred = ['city', 'county', 'province']
    .map((l) => named.filter((r) => r.level === l))
    .find((l) => l.length);
  if (preferred?.length === 1) return value(preferred[0]?.adcode ?? null);
  if (preferred && preferred.length > 1) {
    return value(
      null,
      `“${raw}”有多个同名地区，请写明省市（如“${regionPath(preferred[0]?.adcode ?? 0, '')}”），已留空`,
    );
  }
  return problem(`无法识别地区“${raw}”`);
}
