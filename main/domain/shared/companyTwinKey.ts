import { allRegions, shortName } from '@contract/shared/regions';

/**
 * The key the 疑似重复 list groups companies by: the stored name key (companyNameKey: half-width,
 * no spaces or brackets, no 有限公司/有限责任公司/股份有限公司…) with a place-name prefix written
 * in one form. 江苏省徐州… and 徐州市… and 徐州… meet; a province before one of its own cities is
 * dropped (江苏徐州… = 徐州…, but 北京兴安… stays: 兴安 is in Inner Mongolia). The place itself
 * stays: 南京宏达科技 and 上海宏达科技 are two firms.
 */
interface Places {
  /** Province name (full or short) → its adcode. */
  provinces: Map<string, number>;
  /** City name (full or short) → its province's adcode. */
  cities: Map<string, number | null>;
  /** Full name → the name people say (江苏省 → 江苏, 徐州市 → 徐州). */
  short: Map<string, string>;
  /** First two characters of every name, to turn most keys away with one look-up. */
  heads: Set<string>;
  /** The lengths names come in, longest first. */
  lengths: number[];
}
let places: Places | null = null;

function load(): Places {
  if (places) return places;
  const loaded: Places = {
    provinces: new Map(),
    cities: new Map(),
    short: new Map(),
    heads: new Set(),
    lengths: [],
  };
  const lengths = new Set<number>();
  for (const r of allRegions()) {
    if (r.level === 'county') continue;
    const stem = shortName(r.name);
    if (stem !== r.name) loaded.short.set(r.name, stem);
    for (const name of [r.name, stem]) {
      if (r.level === 'city') loaded.cities.set(name, r.parent);
      else loaded.provinces.set(name, r.adcode);
      loaded.heads.add(name.slice(0, 2));
      lengths.add(name.length);
    }
  }
  loaded.lengths = [...lengths].filter((n) => n >= 2).sort((a, b) => b - a);
  places = loaded;
  return loaded;
}

/** The longest name in `names` the key starts with (a few Map look-ups, no big regular expression). */
function leading(key: string, names: { has(name: string): boolean }, at: Places): string | null {
  if (!at.heads.has(key.slice(0, 2))) return null;
  for (const n of at.lengths) {
    if (n > key.length) continue;
    const head = key.slice(0, n);
    if (names.has(head)) return head;
  }
  return null;
}

export function companyTwinKey(nameKey: string): string {
  const at = load();
  const { provinces, cities, short } = at;
  let key = nameKey;
  const province = leading(key, provinces, at);
  const city = province ? leading(key.slice(province.length), cities, at) : null;
  // 江苏(省)徐州… → 徐州…
  if (province && city && cities.get(city) === provinces.get(province)) key = key.slice(province.length);
  const full = leading(key, short, at);
  if (full) key = (short.get(full) as string) + key.slice(full.length);
  // A name that was nothing but a place keeps its own key.
  return key.length >= 2 ? key : nameKey;
}
