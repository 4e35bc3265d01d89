import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nowIso } from '@contract/shared/time';
import { bundleSigner, readBundle, writeBundle } from '../../../main/sync/bundleFile';
import { fingerprint } from '../../../main/sync/deviceKeys';
import { domainError } from '../testDb';
import { attachment, newDevice, readerOptions, sampleChanges, SCHEMA } from './bundleFixtures';

const laptopA = newDevice();
const laptopB = newDevice();
const laptopC = newDevice();
const draft = {
  schemaVersion: SCHEMA,
  deviceName: '招商一组笔记本',
  seen: { [laptopA.device]: '001780000000000-0000-x', [laptopC.device]: '001780000000100-0003-y' },
};
const contract = attachment(Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(300_000)]));
const photo = attachment(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), randomBytes(120_000)]));

describe('a 同步包 written on one laptop and read on another', () => {
  // Changes made on A and relayed from C travel in A's bundle alike.
  const changes = sampleChanges(10_000, [laptopA, laptopC]);
  const before = nowIso();
  const bundle = writeBundle(draft, changes, [contract, photo, contract], laptopA);
  const after = nowIso();
  const read = readBundle(bundle, readerOptions(laptopB, [laptopA]));

  it('gives back every change as it was recorded, in order', () => {
    expect(read.changes).toHaveLength(10_000);
    expect(read.changes).toEqual(changes);
  });

  it('says who exported it, when, for which database version, and what it has seen', () => {
    expect(read.header).toEqual({
      format: 'leadatlas-sync',
      formatVersion: 1,
      schemaVersion: SCHEMA,
      from: { device: laptopA.device, name: '招商一组笔记本', publicKey: laptopA.publicKey },
      createdAt: expect.any(String),
      seen: draft.seen,
      changeCount: 10_000,
      attachmentCount: 2,
    });
    expect(before <= read.header.createdAt && read.header.createdAt <= after).toBe(true);
  });

  it('carries each attachment once, byte for byte, however often it was given', () => {
    expect(read.attachments.map((a) => a.sha256)).toEqual([contract.sha256, photo.sha256]);
    expect(read.attachments[0]?.bytes.equals(contract.bytes)).toBe(true);
    expect(read.attachments[1]?.bytes.equals(photo.bytes)).toBe(true);
    const once = writeBundle(draft, changes, [contract, photo], laptopA);
    const withoutContract = writeBundle(draft, changes, [photo], laptopA);
    expect(bundle.length).toBe(once.length);
    expect(once.length - withoutContract.length).toBeGreaterThanOrEqual(contract.bytes.length);
  });

  it('is compressed: far smaller than its changes as text', () => {
    const text = Buffer.byteLength(changes.map((c) => JSON.stringify(c)).join('\n'));
    expect(bundle.length - contract.bytes.length - photo.bytes.length).toBeLessThan(text / 4);
  });

  it('names its signer with the fingerprint people compare', () => {
    expect(bundleSigner(bundle)).toEqual({
      device: laptopA.device,
      name: '招商一组笔记本',
      publicKey: laptopA.publicKey,
      fingerprint: fingerprint(laptopA.publicKey),
    });
  });

  it('may hold nothing new: an empty bundle still tells the other side what this one has seen', () => {
    const empty = readBundle(writeBundle(draft, [], [], laptopA), readerOptions(laptopB, [laptopA]));
    expect([empty.changes, empty.attachments, empty.header.seen]).toEqual([[], [], draft.seen]);
  });
});

describe('writing a 同步包', () => {
  it('refuses a change outside the format, writing nothing', () => {
    const [good] = sampleChanges(1, [laptopA]);
    if (!good) throw new Error('no sample');
    const e = domainError(() =>
      writeBundle(draft, [good, { ...good, tbl: 'companies; DROP TABLE companies' }], [], laptopA),
    );
    expect(e.code).toBe('VALIDATION');
    expect(e.fields).toHaveProperty('tbl');
  });

  it('refuses an attachment whose bytes no longer match its hash', () => {
    const damaged = { sha256: contract.sha256, bytes: Buffer.from('损坏的文件') };
    const e = domainError(() => writeBundle(draft, [], [damaged], laptopA));
    expect([e.code, e.message]).toEqual(['VALIDATION', expect.stringContaining('内容与其校验值不符')]);
  });
});
