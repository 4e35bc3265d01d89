// Pure: the 数据库加密 state as the settings page shows it (the renderer imports this type).
import { z } from 'zod';

export interface EncryptionState {
  encrypted: boolean;
  /** How the key is kept: the OS keychain or a passphrase typed at start; null when plain. */
  scheme: 'keychain' | 'passphrase' | null;
}

export interface EncryptionInfo extends EncryptionState {
  /** This machine has a keychain to keep the key; without one a passphrase is asked for. */
  keychain: boolean;
  /** Encryption can be turned on here (a keychain, or a start-up passphrase prompt). */
  available: boolean;
}

export const MIN_PASSPHRASE = 8;

/**
 * The one length rule for a passphrase a person sets (数据库密码, 团队同步口令): counted in
 * characters as people count them, so eight 汉字 are eight.
 */
export const longEnough = (passphrase: string): boolean => [...passphrase].length >= MIN_PASSPHRASE;

/** Without a keychain: the passphrase, typed twice; both entries must agree (or both be absent). */
export const enableEncryption = z
  .strictObject({
    passphrase: z.string().max(200, '密码过长').optional(),
    again: z.string().max(200, '密码过长').optional(),
  })
  .refine((v) => v.passphrase === v.again, { message: '两次输入的密码不一致', path: ['again'] });

export interface LockState {
  locked: boolean;
}

export const unlockInput = z.strictObject({
  passphrase: z.string().min(1, '请输入数据库密码').max(200, '密码过长'),
});
