import { z } from 'zod';
import { enableEncryption, type EncryptionInfo, type LockState, unlockInput } from '../encryption/schema';
import { command, query } from './define';

/** 数据库加密 in 设置. */
export const encryptionChannels = {
  'encryption.state': query<EncryptionInfo>()(z.strictObject({})),
  'encryption.enable': command<EncryptionInfo>()(enableEncryption),
  'encryption.disable': command<EncryptionInfo>()(z.strictObject({})),
  /** Whether the window must ask for the passphrase first (an encrypted file not yet opened). */
  'encryption.locked': query<LockState>()(z.strictObject({})),
  /** The passphrase typed at start: opens the file, or says it is wrong and changes nothing. */
  'encryption.unlock': command<LockState>()(unlockInput),
};
