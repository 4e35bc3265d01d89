import type { Db } from '../../db/open';
import { inBuckets } from './buckets';
import { columnsOf } from './grouped';

const BLOCK_BITS = 14; // the block of company ids migration 15 versions: 16,384 companies
const BLOCK = 1 << BLOCK_BITS;

/**
 * The province of each company's headquarters (its adcode with the city and county digits
 * zeroed, as KEY_SQL.province reads it), null where the company or its headquarters is unknown.
 * Read by blocks of ids in id order and kept until a company of the block changes: the projects
 * in talks on 1,000,000 projects are 120,000, and asking the company index for each at random
 * was most of the breakdown by province (130 of 170 ms).
 */
export function hqProvinces(db: Db, companies: readonly unknown[]): (number | null)[] {
  // The blocks the ids fall in, marked in an array rather than a Set (132,000 ids at 1M).
  const wanted: boolean[] = [];
  for (const id of companies) if (typeof id === 'number') wanted[id >> BLOCK_BITS] = true;
  const blocks: number[] = [];
  wanted.forEach((yes, b) => yes && blocks.push(b));
  const kept = inBuckets(db, 'companies', 'hq', blocks.map(String), (b) => readBlock(db, Number(b)));
  const byBlock: Int32Array[] = [];
  blocks.forEach((b, i) => (byBlock[b] = kept[i] as Int32Array));
  const out: (number | null)[] = new Array(companies.length);
  for (let i = 0; i < companies.length; i++) {
    const id = companies[i];
    out[i] = typeof id === 'number' ? byBlock[id >> BLOCK_BITS]?.[id & (BLOCK - 1)] || null : null;
  }
  return out;
}

function readBlock(db: Db, block: number): Int32Array {
  const lo = block * BLOCK;
  const [ids = [], hqs = []] = columnsOf(
    db,
    `SELECT json_group_array(id), json_group_array(hq_adcode) FROM companies INDEXED BY companies_id_hq
     WHERE id BETWEEN @lo AND @hi`,
    { lo, hi: lo + BLOCK - 1 },
  );
  const provinces = new Int32Array(BLOCK);
  ids.forEach((id, i) => {
    const hq = hqs[i];
    if (typeof hq === 'number') provinces[(id as number) - lo] = Math.floor(hq / 10000) * 10000;
  });
  return provinces;
}
