import { z } from 'zod';
import { enableEncryption, type EncryptionInfo } from '../../domain/encryption/schema';
import { command, query } from './define';

/** 数据库加密 in 设置. */
export const encryptionChannels = {
  'encryption.state': query<EncryptionInfo>()(z.strictObject({})),
  'encryption.enable': command<EncryptionInfo>()(enableEncryption),
  'encryption.disable': command<EncryptionInfo>()(z.strictObject({})),
};
