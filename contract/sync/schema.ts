import { z } from 'zod';
import { requiredText } from '../shared/fields';

/** This laptop as the office's other laptops see it (设置 → 团队同步). */
export interface ThisDevice {
  id: string;
  name: string;
  /** The public key's fingerprint, to compare by eye or over the phone before trusting. */
  fingerprint: string;
}

/** A laptop this one accepts 同步包 from. */
export interface PeerRow {
  device: string;
  name: string;
  fingerprint: string;
  trustedAt: string;
  /** When its last 同步包 was imported here; null before the first. */
  lastImportAt: string | null;
  /** Changes of this laptop it has not received yet (as far as its last bundle tells). */
  unseenByIt: number;
}

export interface SyncStatus {
  device: ThisDevice;
  peers: PeerRow[];
  /** Changes made on this laptop not yet received by every trusted laptop. */
  pending: number;
  openConflicts: number;
  lastExportAt: string | null;
}

export interface SyncImportResult {
  from: { device: string; name: string };
  received: number;
  applied: number;
  alreadyHad: number;
  conflicts: number;
  attachments: number;
}

/** A 同步包 signed by a laptop not trusted yet: who it says it is, for the person to decide. */
export interface UntrustedSigner {
  device: string;
  name: string;
  fingerprint: string;
}

export const CONFLICT_KINDS = ['field', 'deleted', 'held'] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

export interface ConflictSideView {
  value: string | null;
  at: string | null;
  deviceName: string | null;
  actor: string | null;
}

export interface ConflictRow {
  id: number;
  kind: ConflictKind;
  /** What the record is, in the office's words: 企业 / 项目 / …, and its name. */
  recordLabel: string;
  recordName: string | null;
  /** The local id of the record where it still exists, to open it. */
  recordId: number | null;
  entity: string | null;
  field: string | null;
  kept: ConflictSideView | null;
  other: ConflictSideView;
  foundAt: string;
  settledAt: string | null;
  settledBy: string | null;
}

export const deviceNameInput = z.strictObject({ name: requiredText('设备名称', 40) });
export const conflictListInput = z.strictObject({ settled: z.boolean().optional() });
export const settleConflictInput = z.strictObject({
  id: z.number().int().positive(),
  /** 'other' takes the value that lost (itself a change that syncs); 'kept' leaves things as they are. */
  take: z.enum(['other', 'kept']),
});
export const peerInput = z.strictObject({ device: z.string().regex(/^[0-9a-f]{16}$/, '设备编号无效') });

/** A 同步包 chosen for import, held in the main process until imported. */
export interface StagedBundle {
  fileId: string;
  name: string;
  bytes: number;
}

/** The file name a 同步包 is saved under. */
export const BUNDLE_EXTENSION = 'lasync';
