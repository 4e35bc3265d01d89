import { z } from 'zod';
import { fileId } from '../importers/schema';
import {
  conflictListInput,
  deviceNameInput,
  peerInput,
  settleConflictInput,
  type ConflictRow,
  type PeerRow,
  type StagedBundle,
  teamPassphraseInput,
  type SyncExportFile,
  type SyncImportResult,
  type SyncStatus,
  type ThisDevice,
  type UntrustedSigner,
} from '../sync/schema';
import { uploadInput, UPLOAD_MAX_BYTES } from './upload';
import { command, query } from './define';

/** 团队同步: this laptop, the laptops it trusts, 同步包 out and in, and the conflicts found. */
export const syncChannels = {
  'sync.status': query<SyncStatus>()(z.strictObject({})),
  'sync.renameDevice': command<ThisDevice>()(deviceNameInput),
  /** Sets or changes the 团队同步口令 (typed twice); the answer says only that one is set. */
  'sync.setTeamPassphrase': command<SyncStatus>()(teamPassphraseInput),
  'sync.clearTeamPassphrase': command<SyncStatus>()(z.strictObject({})),
  'sync.export': command<SyncExportFile>()(z.strictObject({})),
  'sync.upload': command<StagedBundle>()(uploadInput, UPLOAD_MAX_BYTES),
  'sync.pick': command<StagedBundle | null>()(z.strictObject({})),
  /** Who signed a staged bundle, when it is not a trusted laptop (null when it is). */
  'sync.signer': query<UntrustedSigner | null>()(z.strictObject({ fileId })),
  'sync.trust': command<PeerRow>()(z.strictObject({ fileId })),
  'sync.untrust': command<null>()(peerInput),
  'sync.import': command<SyncImportResult>()(z.strictObject({ fileId })),
  'sync.conflicts': query<ConflictRow[]>()(conflictListInput),
  'sync.settle': command<ConflictRow>()(settleConflictInput),
};
