import type { Db } from '../../db/open';
import type { Actor } from '../shared/actor';
import { DomainError } from '@contract/shared/errors';
import { parseOrThrow } from '../shared/validate';
import { openBatch } from '../store/audit';
import { fillSortKeys } from '../store/sortKeys';
import { companies } from '../companies/index';
import { mergeInto } from './merge';
import { MERGE_FIELDS, type MergeField } from '@contract/companyMerge/schema';
import { notTwins } from '../companies/notTwins';
import type { Company } from '@contract/companies/schema';
import {
  mergeTwinsInput,
  notTwinInput,
  TWIN_LIST_LIMIT,
  twinListInput,
  type MergeTwinsResult,
  type TwinList,
  type TwinPair,
  type TwinSide,
} from '@contract/companyMerge/twinSchema';

/**
 * 疑似重复: companies whose names meet once brackets, spaces, legal-form suffixes and the way a
 * place is written are set aside (twinKey.ts), minus the pairs someone marked 不是重复.
 * The key is stored (companies.twin_key, filled like the sort keys), so finding the pairs is one
 * GROUP BY over its index; then the facts of the companies shown are fetched.
 */
function candidatePairs(db: Db): [number, number][] {
  fillSortKeys(db);
  // One pass down the twin_key index; only companies that share a key come back.
  const rows = db
    .prepare(
      `SELECT c.id, c.twin_key FROM (SELECT twin_key FROM companies GROUP BY twin_key HAVING count(*) > 1) g
       JOIN companies c ON c.twin_key = g.twin_key ORDER BY c.twin_key, c.id`,
    )
    .raw()
    .all() as [number, string][];
  const groups = new Map<string, number[]>();
  for (const [companyId, key] of rows) {
    const group = groups.get(key);
    if (group) group.push(companyId);
    else groups.set(key, [companyId]);
  }
  const dismissed = new Set(
    (db.prepare(`SELECT low_id, high_id FROM company_not_twins`).raw().all() as [number, number][]).map(
      ([low, high]) => `${low}:${high}`,
    ),
  );
  const pairs: [number, number][] = [];
  for (const ids of groups.values()) {
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = [ids[i] as number, ids[j] as number];
        if (!dismissed.has(`${a}:${b}`)) pairs.push([a, b]);
      }
    }
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

function sidesOf(db: Db, ids: number[]): Map<number, TwinSide> {
  const rows = db
    .prepare(
      `SELECT c.id, c.name, c.credit_code AS creditCode, c.hq_adcode AS hqAdcode, c.industry,
         (SELECT count(*) FROM projects p WHERE p.company_id = c.id) AS projects,
         (SELECT count(*) FROM contacts k WHERE k.company_id = c.id) AS contacts,
         c.created_at AS createdAt
       FROM companies c WHERE c.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as TwinSide[];
  return new Map(rows.map((r) => [r.id, r]));
}

export function listTwins(db: Db, input: unknown): TwinList {
  parseOrThrow(twinListInput, input);
  const all = candidatePairs(db);
  const shown = all.slice(0, TWIN_LIST_LIMIT);
  const sides = sidesOf(db, [...new Set(shown.flat())]);
  const pairs = shown.map(([x, y]): TwinPair => {
    const a = sides.get(x) as TwinSide;
    const b = sides.get(y) as TwinSide;
    return { a, b, codesDiffer: !!a.creditCode && !!b.creditCode && a.creditCode !== b.creditCode };
  });
  return { pairs, total: all.length };
}

export function markNotTwins(db: Db, actor: Actor, input: unknown): { id: number } {
  const { aId, bId } = parseOrThrow(notTwinInput, input);
  return db
    .transaction(() => {
      companies.require(db, aId);
      companies.require(db, bId);
      const [lowId, highId] = aId < bId ? [aId, bId] : [bId, aId];
      const existing = db
        .prepare(`SELECT id FROM company_not_twins WHERE low_id = ? AND high_id = ?`)
        .pluck()
        .get(lowId, highId) as number | undefined;
      return { id: existing ?? notTwins.insert(db, actor, { lowId, highId }).id };
    })
    .immediate();
}

const blank = (v: unknown): boolean => v === null || v === undefined || v === '' || v === false;

/** The merge dialog's default: the surviving company's values, the other's where it has none. */
export function blanksFilledFrom(keep: Company, drop: Company): MergeField[] {
  const out: MergeField[] = [];
  for (const f of MERGE_FIELDS) {
    if (f === 'lat') continue;
    // 经纬度 go together: one point, never a longitude from one and a latitude from the other.
    const fields: MergeField[] = f === 'lng' ? ['lng', 'lat'] : [f];
    if (fields.every((x) => blank(keep[x])) && !fields.every((x) => blank(drop[x]))) out.push(...fields);
  }
  return out;
}

/**
 * 批量合并 in one transaction and one audit batch: every pair or none. A company already merged
 * away earlier in the same request is followed to where it went, so the pairs of a group of
 * three (A–B, A–C, B–C) end as one company.
 */
export function mergeTwins(db: Db, actor: Actor, input: unknown): MergeTwinsResult {
  const { pairs } = parseOrThrow(mergeTwinsInput, input);
  return db
    .transaction(() => {
      const batch = openBatch(db, actor, 'merge', `批量合并疑似重复企业（${pairs.length} 对）`);
      const wentInto = new Map<number, number>();
      const follow = (companyId: number): number => {
        let at = companyId;
        while (wentInto.has(at)) at = wentInto.get(at) as number;
        return at;
      };
      let merged = 0;
      let contactsFolded = 0;
      for (const p of pairs) {
        const [keepId, dropId] = [follow(p.keepId), follow(p.dropId)];
        if (keepId === dropId) continue;
        const keep = companies.get(db, keepId);
        const drop = companies.get(db, dropId);
        if (!keep || !drop) {
          throw new DomainError(
            'NOT_FOUND',
            `企业（编号 ${keep ? dropId : keepId}）不存在或已被删除，未合并任何企业`,
          );
        }
        const r = mergeInto(db, batch, keepId, dropId, blanksFilledFrom(keep, drop));
        wentInto.set(dropId, keepId);
        merged++;
        contactsFolded += r.contactsFolded;
      }
      return { merged, contactsFolded, batchId: batch.batchId as number };
    })
    .immediate();
}
