// Where a company sits and how it is registered: a real division weighted to the coastal
// clusters, and a 统一社会信用代码 whose check characters are right.
import { creditCodeCheckChar } from '../shared/creditCode';
import { allRegions, childrenOf } from '../shared/regions';
import { PROVINCE_WEIGHTS } from './catalog';
import type { Rng } from './random';

const SAFE = '0123456789ABCDEFGHJKLMNPQRTUWXY'; // the credit-code alphabet
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** 9-character organisation code (GB 11714): 8 characters and their own check character. */
function orgCode(rng: Rng): string {
  let body = rng.chance(0.6) ? 'MA' : rng.pick(['0', '1', '3', '5', '7']);
  while (body.length < 8) body += rng.chance(0.7) ? String(rng.int(0, 9)) : rng.pick([...SAFE.slice(10)]);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(body[i] as string, 36) * (ORG_WEIGHTS[i] as number);
  const c = 11 - (sum % 11);
  return body + (c === 10 ? 'X' : c === 11 ? '0' : String(c));
}

/** 统一社会信用代码 of a company (9 = registered by market regulation, 1 = enterprise). */
export function creditCode(rng: Rng, adcode: number): string {
  const first17 = `91${adcode}${orgCode(rng)}`;
  return first17 + (creditCodeCheckChar(first17) as string);
}

export interface Place {
  adcode: number;
  cityCode: number;
}

/** Picks where a company sits: coastal provinces first, capitals more often, a county or the city. */
export function placePicker(rng: Rng): (province?: number) => Place {
  const provinces = allRegions().filter((r) => r.level === 'province' && r.adcode < 710000);
  const weighted = new Set(PROVINCE_WEIGHTS.map(([code]) => code));
  const others = provinces.filter((p) => !weighted.has(p.adcode)).map((p) => p.adcode);
  return (fixed) => {
    let province = fixed ?? rng.weighted(PROVINCE_WEIGHTS);
    if (province === 0) province = rng.pick(others);
    const cities = childrenOf(province);
    // Municipalities list districts directly: the municipality itself plays the city.
    const municipal = cities.every((c) => c.level === 'county');
    if (municipal) return { adcode: rng.pick(cities).adcode, cityCode: province };
    const city = rng.chance(0.35) ? (cities[0] ?? rng.pick(cities)) : rng.pick(cities);
    const counties = childrenOf(city.adcode);
    const adcode = counties.length > 0 && rng.chance(0.7) ? rng.pick(counties).adcode : city.adcode;
    return { adcode, cityCode: city.adcode };
  };
}
