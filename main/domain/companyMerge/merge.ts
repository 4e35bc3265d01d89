import type { Db } from '../../db/open';
import { contacts } from '../contacts';
import { interactions } from '../interactions';
import { projects } from '../projects/table';
import { receptions } from '../receptions';
import { serviceIssues } from '../serviceIssues';
import type { Actor } from '../shared/actor';
import { companyNameKey } from '@contract/shared/companyName';
import { DomainError } from '@contract/shared/errors';
import { parseOrThrow } from '../shared/validate';
import { openBatch } from '../store/audit';
import type { Table } from '../store/table';
import { visits } from '../trips/tables';
import { companies } from '../companies/index';
import { countContactTwins, foldContactTwins } from './contactTwins';
import { notTwins } from '../companies/notTwins';
import {
  mergeInput,
  mergePreviewInput,
  type MergeCounts,
  type MergeField,
  type MergePreview,
  type MergeResult,
} from '@contract/companyMerge/schema';
import type { Company } from '@contract/companies/schema';
import { recordMerge } from '../../sync/recordMerge';

/**
 * 合并企业: one company goes into another. Every record that points at it moves over, each
 * move written to the audit log with its before and after, the chosen field values are copied,
 * the same people on both sides become one contact (contactTwins.ts), and the company is
 * deleted — all in one transaction and one audit batch, so the generic undo (audit.undoBatch)
 * puts everything back as it was.
 */

type Movable = Table<{ id: number; companyId: number | null }>;

// Every table with a company_id; a new one must be added here or the delete would cascade into it.
const MOVABLE: Record<keyof MergeCounts, Movable> = {
  contacts: contacts as unknown as Movable,
  projects: projects as unknown as Movable,
  interactions: interactions as unknown as Movable,
  visits: visits as unknown as Movable,
  serviceIssues: serviceIssues as unknown as Movable,
  receptions: receptions as unknown as Movable,
};

const strip = ({ nameKey: _k, ...c }: Company & { nameKey?: string }): Company => c;

function idsOf(db: Db, table: Movable, companyId: number): number[] {
  return db
    .prepare(`SELECT id FROM ${table.def.table} WHERE company_id = ? ORDER BY id`)
    .pluck()
    .all(companyId) as number[];
}

function pair(db: Db, keepId: number, dropId: number): { keep: Company; drop: Company } {
  if (keepId === dropId) throw new DomainError('VALIDATION', '请选择两家不同的企业进行合并');
  return { keep: strip(companies.require(db, keepId)), drop: strip(companies.require(db, dropId)) };
}

export function mergePreview(db: Db, input: unknown): MergePreview {
  const { keepId, dropId } = parseOrThrow(mergePreviewInput, input);
  const { keep, drop } = pair(db, keepId, dropId);
  const moves = Object.fromEntries(
    Object.entries(MOVABLE).map(([k, t]) => [k, idsOf(db, t, dropId).length]),
  ) as unknown as MergeCounts;
  return { keep, drop, moves, contactTwins: countContactTwins(db, keepId, dropId) };
}

/** What moving `drop` into `keep` folds and removes, within an open transaction and batch. */
export function mergeInto(
  db: Db,
  batch: Actor,
  keepId: number,
  dropId: number,
  fromDrop: readonly MergeField[],
): Omit<MergeResult, 'batchId'> {
  const { keep, drop } = pair(db, keepId, dropId);
  const patch: Record<string, unknown> = {};
  for (const f of fromDrop) patch[f] = drop[f];
  if (typeof patch.name === 'string') patch.nameKey = companyNameKey(patch.name);
  // A credit code is unique: the company going away gives its code up before the other takes it.
  if (patch.creditCode != null && patch.creditCode !== keep.creditCode) {
    companies.update(db, batch, drop.id, { creditCode: null });
  }
  companies.update(db, batch, keep.id, patch);
  const moved = {} as MergeCounts;
  let arrivedContacts: number[] = [];
  for (const [key, table] of Object.entries(MOVABLE) as [keyof MergeCounts, Movable][]) {
    const ids = idsOf(db, table, drop.id);
    for (const rowId of ids) table.update(db, batch, rowId, { companyId: keep.id });
    moved[key] = ids.length;
    if (key === 'contacts') arrivedContacts = ids;
  }
  const contactsFolded = foldContactTwins(db, batch, keep.id, arrivedContacts);
  // Marks of the company that goes away go through the audit log, so an undo brings them back.
  const marks = db
    .prepare(`SELECT id FROM company_not_twins WHERE low_id = ? OR high_id = ? ORDER BY id`)
    .pluck()
    .all(drop.id, drop.id) as number[];
  for (const markId of marks) notTwins.remove(db, batch, markId);
  recordMerge(db, 'companies', drop.id, keep.id, () => companies.remove(db, batch, drop.id));
  return { company: strip(companies.require(db, keep.id)), moved, contactsFolded };
}

export function mergeCompanies(db: Db, actor: Actor, input: unknown): MergeResult {
  const { keepId, dropId, fromDrop } = parseOrThrow(mergeInput, input);
  return db
    .transaction(() => {
      const { keep, drop } = pair(db, keepId, dropId);
      const batch = openBatch(db, actor, 'merge', `合并企业：“${drop.name}”并入“${keep.name}”`);
      return { ...mergeInto(db, batch, keepId, dropId, fromDrop), batchId: batch.batchId as number };
    })
    .immediate();
}
