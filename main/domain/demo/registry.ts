// Where a company sits and how it is registered: a real division of a city the zone courts, and a 统一社会信用代码 whose check characters are right.
import { creditCodeCheckChar } from '@contract/shared/creditCode';
import { childrenOf } from '@contract/shared/regions';
import { CITY_WEIGHTS } from './cities';
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

/** Picks where a company sits: a city of the table, then the city itself or one of its counties. */
export function placePicker(rng: Rng): () => Place {
  return () => {
    const cityCode = rng.weighted(CITY_WEIGHTS);
    const below = childrenOf(cityCode);
    // Municipalities list districts directly: the municipality itself plays the city.
    if (cityCode % 10000 === 0) return { adcode: rng.pick(below).adcode, cityCode };
    const adcode = below.length > 0 && rng.chance(0.7) ? rng.pick(below).adcode : cityCode;
    return { adcode, cityCode };
  };
}
