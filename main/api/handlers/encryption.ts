import { databaseKey } from '../../db/cipher';
import { decryptDatabase, encryptDatabase } from '../../db/encryption';
import { readKeyFile } from '../../db/keyFile';
import type { EncryptionInfo } from '@contract/encryption/schema';
import { DomainError } from '@contract/shared/errors';
import type { ApiContext } from '../context';
import type { HandlerGroup } from './types';

function info({ databasePath, keyStore, passphraseAtStart }: ApiContext): EncryptionInfo {
  const keychain = keyStore?.available() ?? false;
  const encrypted = databaseKey() !== null;
  return {
    encrypted,
    scheme: encrypted ? (readKeyFile(databasePath)?.scheme ?? null) : null,
    keychain,
    available: keychain || passphraseAtStart === true,
  };
}

export const encryptionHandlers: HandlerGroup<'encryption'> = {
  'encryption.state': (ctx) => info(ctx),
  'encryption.enable': (ctx, { passphrase }) => {
    if (!info(ctx).available) {
      throw new DomainError('FORBIDDEN', '本机没有可用的系统钥匙串，暂不能加密数据库。');
    }
    encryptDatabase(ctx.db, ctx.databasePath, { keyStore: ctx.keyStore, passphrase });
    return info(ctx);
  },
  'encryption.disable': (ctx) => {
    decryptDatabase(ctx.db, ctx.databasePath);
    return info(ctx);
  },
  // Answered here only once the file is open; before that the lock gate answers (api/lockGate.ts).
  'encryption.locked': () => ({ locked: false }),
  'encryption.unlock': () => {
    throw new DomainError('CONFLICT', '数据库已经打开');
  },
};
