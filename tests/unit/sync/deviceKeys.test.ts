import { createHash, createPublicKey, sign, verify } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DomainError } from '@contract/shared/errors';
import {
  DEVICE_KEY_FILE,
  deviceIdOf,
  fingerprint,
  loadOrCreateDeviceKeys,
} from '../../../main/sync/deviceKeys';
import { domainError } from '../testDb';
import { scratchDir } from './bundleFixtures';

const root = scratchDir('la-device-keys-');
let n = 0;
const dataDir = (): string => join(root, `data-${++n}`);

const refusal = (dir: string): DomainError => domainError(() => loadOrCreateDeviceKeys(dir));

describe('this device’s key pair', () => {
  it('is created on the first call, in a file only its owner can read', () => {
    const dir = dataDir();
    const keys = loadOrCreateDeviceKeys(dir);
    const file = join(dir, DEVICE_KEY_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(keys.privateKey.asymmetricKeyType).toBe('ed25519');
    expect(readFileSync(file, 'utf8')).toContain(keys.publicKey);
    // No temporary file left beside it.
    expect(readdirSync(dir)).toEqual([DEVICE_KEY_FILE]);
  });

  it('is the same pair on every later call: what it signed before still verifies', () => {
    const dir = dataDir();
    const first = loadOrCreateDeviceKeys(dir);
    const before = readFileSync(join(dir, DEVICE_KEY_FILE));
    const signature = sign(null, Buffer.from('周调度'), first.privateKey);
    const again = loadOrCreateDeviceKeys(dir);
    expect(readFileSync(join(dir, DEVICE_KEY_FILE))).toEqual(before);
    expect([again.device, again.publicKey]).toEqual([first.device, first.publicKey]);
    const publicKey = createPublicKey({
      key: Buffer.from(again.publicKey, 'base64'),
      format: 'der',
      type: 'spki',
    });
    expect(verify(null, Buffer.from('周调度'), publicKey, signature)).toBe(true);
  });

  it('differs from one laptop to the next', () => {
    expect(loadOrCreateDeviceKeys(dataDir()).device).not.toBe(loadOrCreateDeviceKeys(dataDir()).device);
  });

  it('names the device by the first 16 hex characters of the raw public key’s sha256', () => {
    const keys = loadOrCreateDeviceKeys(dataDir());
    const jwk = createPublicKey({
      key: Buffer.from(keys.publicKey, 'base64'),
      format: 'der',
      type: 'spki',
    }).export({
      format: 'jwk',
    });
    const raw = Buffer.from(jwk.x ?? '', 'base64url');
    expect(raw.length).toBe(32);
    expect(keys.device).toBe(createHash('sha256').update(raw).digest('hex').slice(0, 16));
    expect(deviceIdOf(keys.publicKey)).toBe(keys.device);
  });

  it('shows a fingerprint of 8 groups of 4 hex characters that begins with the device id', () => {
    const keys = loadOrCreateDeviceKeys(dataDir());
    const shown = fingerprint(keys.publicKey);
    expect(shown).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){7}$/);
    expect(shown.replaceAll(' ', '').slice(0, 16)).toBe(keys.device.toUpperCase());
    expect(fingerprint(loadOrCreateDeviceKeys(dataDir()).publicKey)).not.toBe(shown);
  });
});

describe('a damaged key file', () => {
  const other = loadOrCreateDeviceKeys(dataDir());
  const damages: [string, (text: string) => string][] = [
    ['cut in half', (text) => text.slice(0, text.length / 2)],
    ['emptied', () => ''],
    ['not JSON', () => '招商通'],
    ['its private key garbled', (text) => text.replace(/"privateKey":"[^"]{8}/, '"privateKey":"AAAAAAAA')],
    // Both halves valid keys, but not of one pair: bundles it signed would never verify.
    [
      'its public key from another pair',
      (text) => text.replace(/"publicKey":"[^"]*"/, `"publicKey":"${other.publicKey}"`),
    ],
  ];

  it.each(damages)('is refused, not replaced, when %s', (_, damage) => {
    const dir = dataDir();
    loadOrCreateDeviceKeys(dir);
    const file = join(dir, DEVICE_KEY_FILE);
    writeFileSync(file, damage(readFileSync(file, 'utf8')));
    const damaged = readFileSync(file);
    const e = refusal(dir);
    expect(e.code).toBe('SYNC_KEY_DAMAGED');
    expect(e.message).toContain('设备密钥文件已损坏');
    expect(e.message).toContain(file);
    expect(readFileSync(file)).toEqual(damaged);
    // Still refused the next time: the program never quietly takes a new identity.
    expect(refusal(dir).code).toBe('SYNC_KEY_DAMAGED');
  });
});
