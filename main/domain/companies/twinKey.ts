import { allRegions, shortName } from '../shared/regions';

/**
 * The key the 疑似重复 list groups companies by: the stored name key (companyNameKey: half-width,
 * no spaces or brackets, no 有限公司/有限责任公司/股份有限公司…) with a place-name prefix written
 * in one form. 江苏省徐州… and 徐州市… and 徐州… meet; a province before a city is dropped
 * (江苏徐州… = 徐州…). The place itself stays: 南京宏达科技 and 上海宏达科技 are two firms.
 */
interface Prefixes {
  /** A province (full or short name) right before a city's name. */
  beforeCity: RegExp;
  /** A province or city written in full (江苏省, 广西壮族自治区, 徐州市). */
  full: RegExp;
  short: Map<string, string>;
}
let prefixes: Prefixes | null = null;

const alternation = (names: Iterable<string>): string =>
  [...new Set(names)]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');

function load(): Prefixes {
  if (prefixes) return prefixes;
  const short = new Map<string, string>();
  const cities: string[] = [];
  const provinces: string[] = [];
  for (const r of allRegions()) {
    if (r.level === 'county') continue;
    const stem = shortName(r.name);
    if (stem !== r.name) short.set(r.name, stem);
    (r.level === 'city' ? cities : provinces).push(r.name, stem);
  }
  prefixes = {
    beforeCity: new RegExp(`^(?:${alternation(provinces)})(?=${alternation(cities)})`),
    full: new RegExp(`^(?:${alternation(short.keys())})`),
    short,
  };
  return prefixes;
}

export function companyTwinKey(nameKey: string): string {
  const { beforeCity, full, short } = load();
  let key = nameKey.replace(beforeCity, '');
  key = key.replace(full, (m) => short.get(m) ?? m);
  // A name that was nothing but a place keeps its own key.
  return key.length >= 2 ? key : nameKey;
}
