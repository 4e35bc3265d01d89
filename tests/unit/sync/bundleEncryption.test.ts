import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { useDatabaseKey } from '../../../main/db/cipher';
import { encryptDatabase } from '../../../main/db/encryption';
import type { Db } from '../../../main/db/open';
import { storeDirFor } from '../../../main/domain/attachments/fileStore';
import { readBundle, writeBundle } from '../../../main/sync/bundleFile';
import { ledgerHashes } from '../../../main/sync/tableHash';
import { domainError, freshDb } from '../testDb';
import { PNG } from '../attachments/fixtures';
import { attachment, headerOf, newDevice, readerOptions, sampleChanges, SCHEMA } from './bundleFixtures';
import { call, companies, exported, refusal, staged } from './laptopCalls';

// 同步包 follow 数据库加密: with a 团队同步口令 their changes and attachment files travel encrypted.

const COMPANY = '宁德时代新能源科技股份有限公司';
const MOBILE = '13800138123';
const PASSPHRASE = '招商引资2026年';
// A real PNG with a random tail: bytes that can be in a bundle only if the file is.
const SCAN = Buffer.concat([PNG, randomBytes(4096)]);

afterEach(() => useDatabaseKey(null));

/** 招商一组's laptop: a company, its contact's mobile and a scanned card. */
async function laptopWithCompany(): Promise<Db> {
  const db = freshDb();
  await call(db, 'sync.renameDevice', { name: '招商一组笔记本' });
  const company = await call<{ id: number }>(db, 'companies.create', { name: COMPANY });
  await call(db, 'contacts.create', { companyId: company.id, name: '曾董', mobile: MOBILE });
  await call(db, 'attachments.add', {
    owner: { kind: 'company', id: company.id },
    name: '名片.png',
    category: 'card',
    base64: SCAN.toString('base64'),
  });
  return db;
}

const encrypt = (db: Db) => encryptDatabase(db, db.name, { passphrase: '数据库密码2026' });
const setPassphrase = (db: Db, passphrase = PASSPHRASE) =>
  call<{ teamPassphrase: boolean }>(db, 'sync.setTeamPassphrase', { passphrase, again: passphrase });

/** The bytes as they are, and every gzip stream in them inflated: where a reader would look. */
function readableParts(bytes: Buffer): Buffer[] {
  const parts = [bytes];
  for (let at = bytes.indexOf('\x1f\x8b\x08', 0, 'latin1'); at >= 0;) {
    try {
      // Past the 10-byte gzip header; raw inflate stops at the stream's end, whatever follows.
      parts.push(inflateRawSync(bytes.subarray(at + 10)));
    } catch {
      // not a gzip stream after all
    }
    at = bytes.indexOf('\x1f\x8b\x08', at + 1, 'latin1');
  }
  return parts;
}

/** Which of the secrets the bundle shows to anyone holding the file. */
function secretsIn(bundle: Buffer): string[] {
  const needles: Record<string, Buffer> = {
    company: Buffer.from(COMPANY, 'utf8'),
    mobile: Buffer.from(MOBILE, 'utf8'),
    scan: SCAN,
    scanBase64: Buffer.from(SCAN.toString('base64'), 'latin1'),
  };
  const parts = readableParts(bundle);
  return Object.keys(needles).filter((k) => parts.some((p) => p.includes(needles[k]!)));
}

const lastExportAt = (db: Db) => db.prepare(`SELECT last_export_at FROM sync_self`).pluck().get();
const bytesOf = (file: { base64: string }) => Buffer.from(file.base64, 'base64');

describe('同步包 from an encrypted ledger', () => {
  it('is refused without a 团队同步口令, and nothing is written', async () => {
    const a = await laptopWithCompany();
    encrypt(a);
    const before = ledgerHashes(a);
    const e = await refusal(a, 'sync.export', {});
    expect(e.code).toBe('SYNC_PASSPHRASE_NEEDED');
    expect(e.message).toContain('请先在 设置 → 团队同步 设置团队同步口令');
    expect(lastExportAt(a)).toBeNull();
    expect(ledgerHashes(a)).toEqual(before);

    // Cleared again after being set: refused again.
    await setPassphrase(a);
    expect((await exported(a)).sealed).toBe(true);
    const stamp = lastExportAt(a);
    await call(a, 'sync.clearTeamPassphrase');
    expect((await refusal(a, 'sync.export', {})).code).toBe('SYNC_PASSPHRASE_NEEDED');
    expect(lastExportAt(a)).toBe(stamp);
  });

  it('shows no company name, mobile or attachment byte, and imports with the same 口令 into an equal ledger', async () => {
    const a = await laptopWithCompany();
    const b = freshDb();
    // The same ledger exported plain shows them all: the search below can find what it looks for.
    expect(secretsIn(bytesOf(await exported(a)))).toEqual(['company', 'mobile', 'scan']);

    encrypt(a);
    await setPassphrase(a);
    const file = await exported(a);
    expect(file.sealed).toBe(true);
    expect(file.fileName).toMatch(/^同步包-招商一组笔记本-\d{8}-已加密\.lasync$/);
    const bundle = bytesOf(file);
    expect(secretsIn(bundle)).toEqual([]);
    expect(headerOf(bundle).sealed).toMatchObject({ cipher: 'aes-256-gcm', kdf: 'scrypt' });

    await setPassphrase(b);
    const { fileId } = await staged(b, file.base64);
    // Who signed it is known before anything is decrypted.
    expect(await call(b, 'sync.signer', { fileId })).toMatchObject({ name: '招商一组笔记本' });
    await call(b, 'sync.trust', { fileId });
    const result = await call<{ attachments: number }>(b, 'sync.import', { fileId });
    expect(result.attachments).toBe(1);
    expect(companies(b)).toEqual([COMPANY]);
    expect(ledgerHashes(b)).toEqual(ledgerHashes(a));
  });

  it('is refused on a laptop without the 口令 or with another one, and when its ciphertext was changed; nothing is written', async () => {
    const a = await laptopWithCompany();
    const b = freshDb();
    encrypt(a);
    await setPassphrase(a);
    const bundle = bytesOf(await exported(a));
    const trusted = (await staged(b, bundle.toString('base64'))).fileId;
    await call(b, 'sync.trust', { fileId: trusted });
    const before = ledgerHashes(b);
    const unchanged = () => {
      expect(ledgerHashes(b)).toEqual(before);
      expect(existsSync(storeDirFor(b.name))).toBe(false);
    };

    const none = await refusal(b, 'sync.import', { fileId: trusted });
    expect(none.code).toBe('SYNC_PASSPHRASE_NEEDED');
    expect(none.message).toContain('此同步包已加密，请先在 设置 → 团队同步 填写团队同步口令');
    expect(none.message).toContain('未导入任何内容');
    unchanged();

    await setPassphrase(b, '招商引资2025年');
    const wrong = await refusal(b, 'sync.import', { fileId: trusted });
    expect(wrong.code).toBe('SYNC_WRONG_PASSPHRASE');
    expect(wrong.message).toContain('团队同步口令不正确');
    expect(wrong.message).toContain('未导入任何内容');
    unchanged();

    await setPassphrase(b);
    const changed = Buffer.from(bundle);
    changed[changed.length - 200]! ^= 0x01;
    const altered = await refusal(b, 'sync.import', {
      fileId: (await staged(b, changed.toString('base64'))).fileId,
    });
    expect(altered.code).toBe('SYNC_TAMPERED');
    unchanged();

    await call(b, 'sync.import', { fileId: trusted });
    expect(ledgerHashes(b)).toEqual(ledgerHashes(a));
  });
});

describe('团队同步口令', () => {
  it('is set typed twice with at least 8 characters, shown only as set, kept out of the 操作记录, and cleared', async () => {
    const db = freshDb();
    const short = await refusal(db, 'sync.setTeamPassphrase', { passphrase: '招商2026', again: '招商2026' });
    expect(short.message).toContain('至少 8 位');
    const twice = await refusal(db, 'sync.setTeamPassphrase', {
      passphrase: PASSPHRASE,
      again: '招商引资2025年',
    });
    expect(twice.message).toContain('两次输入的口令不一致');
    expect((await call<{ teamPassphrase: boolean }>(db, 'sync.status')).teamPassphrase).toBe(false);

    const status = await setPassphrase(db);
    expect(status.teamPassphrase).toBe(true);
    expect(JSON.stringify(status)).not.toContain(PASSPHRASE);
    const audit = JSON.stringify(db.prepare(`SELECT * FROM audit_log`).all());
    expect(audit).not.toContain(PASSPHRASE);
    expect((await call<{ teamPassphrase: boolean }>(db, 'sync.clearTeamPassphrase')).teamPassphrase).toBe(
      false,
    );
  });

  it('seals bundles of a plain ledger too once set; a plain bundle imports whatever the receiving laptop has set', async () => {
    const a = await laptopWithCompany();
    const b = freshDb();
    const plain = await exported(a);
    expect(plain.sealed).toBe(false);
    expect(plain.fileName).toMatch(/^同步包-招商一组笔记本-\d{8}\.lasync$/);
    // A bundle as every earlier version wrote it: the header names no seal.
    expect(headerOf(bytesOf(plain))).not.toHaveProperty('sealed');

    await setPassphrase(b);
    const { fileId } = await staged(b, plain.base64);
    await call(b, 'sync.trust', { fileId });
    await call(b, 'sync.import', { fileId });
    expect(ledgerHashes(b)).toEqual(ledgerHashes(a));

    await setPassphrase(a);
    const sealed = await exported(a);
    expect(sealed.sealed).toBe(true);
    expect(secretsIn(bytesOf(sealed))).toEqual([]);
  });
});

describe('an encrypted 同步包 as read', () => {
  const laptopA = newDevice();
  const laptopB = newDevice();
  const changes = sampleChanges(50, [laptopA]);
  const photo = attachment(randomBytes(5_000));
  const draft = { schemaVersion: SCHEMA, deviceName: '招商一组笔记本', seen: {}, passphrase: PASSPHRASE };
  const sealed = writeBundle(draft, changes, [photo], laptopA);
  const onB = { ...readerOptions(laptopB, [laptopA]), passphrase: PASSPHRASE };

  it('opens with the 口令; a byte flipped anywhere is refused as damage, never blamed on the 口令', () => {
    const read = readBundle(sealed, onB);
    expect(read.changes).toEqual(changes);
    expect(read.attachments.map((a) => a.bytes.equals(photo.bytes))).toEqual([true]);
    const codes = new Set<string>();
    for (let at = 0; at < sealed.length; at += 61) {
      const copy = Buffer.from(sealed);
      copy[at] = (copy[at] ?? 0) ^ 0x01;
      codes.add(domainError(() => readBundle(copy, onB)).code);
    }
    expect(codes.has('SYNC_TAMPERED')).toBe(true);
    expect(codes.has('SYNC_WRONG_PASSPHRASE')).toBe(false);
  });
});
