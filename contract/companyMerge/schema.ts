import { z } from 'zod';
import { id } from '../shared/fields';
import type { Company } from '../companies/schema';

/** The fields a merge lets people choose between, in the order the comparison shows them. */
export const MERGE_FIELDS = [
  'name',
  'creditCode',
  'industry',
  'chain',
  'tier',
  'isChainLeader',
  'hqAdcode',
  'hqAddress',
  'lng',
  'lat',
  'sourceChannel',
  'registeredCapital',
  'website',
  'intro',
  'talkingPoints',
  'notes',
] as const satisfies readonly (keyof Company)[];
export type MergeField = (typeof MERGE_FIELDS)[number];

export const mergePreviewInput = z.strictObject({ keepId: id('保留的企业'), dropId: id('并入的企业') });

/**
 * 合并企业: `dropId` goes into `keepId`. `fromDrop` names the fields whose value comes from the
 * company that goes away; every other field keeps the surviving company's value.
 */
export const mergeInput = mergePreviewInput.extend({
  fromDrop: z.array(z.enum(MERGE_FIELDS, { error: '字段无效' })).max(MERGE_FIELDS.length),
});
export type MergeInput = z.input<typeof mergeInput>;

/** Records that point at a company and move to the surviving one. */
export interface MergeCounts {
  contacts: number;
  projects: number;
  interactions: number;
  visits: number;
  serviceIssues: number;
  receptions: number;
}

export interface MergePreview {
  keep: Company;
  drop: Company;
  /** What moves from `drop` to `keep`. */
  moves: MergeCounts;
  /** Of the contacts that move, those that are one person with a contact `keep` already has. */
  contactTwins: number;
}

export interface MergeResult {
  company: Company;
  moved: MergeCounts;
  /** Contacts that arrived as the twin of one already there and were folded into it. */
  contactsFolded: number;
  /** The audit batch: undo it (audit.undoBatch) to split the companies again. */
  batchId: number;
}
