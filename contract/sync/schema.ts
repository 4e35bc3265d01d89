import { z } from 'zod';
import { longEnough, MIN_PASSPHRASE } from '../encryption/schema';
import type { DownloadFile } from '../importers/schema';
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
  /** Whether a 团队同步口令 is set here (never the text): 同步包 are then exported encrypted. */
  teamPassphrase: boolean;
  /** 数据库加密 is on: without a 团队同步口令 no 同步包 may leave this laptop. */
  databaseEncrypted: boolean;
}

/** A 同步包 to save, and whether its body is encrypted with the 团队同步口令. */
export interface SyncExportFile extends DownloadFile {
  sealed: boolean;
}

const passphraseText = z.string().max(200, '口令过长');

/** 团队同步口令, typed twice: the rule of the 数据库密码 (至少 8 位), the same on every laptop. */
export const teamPassphraseInput = z
  .strictObject({
    passphrase: passphraseText.refine(longEnough, `至少 ${MIN_PASSPHRASE} 位`),
    again: passphraseText,
  })
  .refine((v) => v.passphrase === v.again, { message: '两次输入的口令不一致', path: ['again'] });

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
