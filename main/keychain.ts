import { safeStorage } from 'electron';
import type { KeyStore } from './db/keyFile';

/**
 * The OS keychain through Electron's safeStorage (Keychain on macOS, DPAPI on Windows, the
 * Secret Service / kwallet on Linux). Only the sealed key leaves this module; on Linux a
 * "basic_text" backend is no keychain at all (a hard-coded password), so it counts as none.
 */
export const electronKeyStore: KeyStore = {
  available: () =>
    safeStorage.isEncryptionAvailable() &&
    (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
  seal: (secret) => safeStorage.encryptString(secret.toString('hex')),
  unseal: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'hex'),
};
