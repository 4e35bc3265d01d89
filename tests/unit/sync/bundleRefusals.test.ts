import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '@contract/shared/errors';
import { bundleSigner, readBundle, writeBundle, type ReadBundleOptions } from '../../../main/sync/bundleFile';
import { SYNC_BUNDLE_LIMITS } from '../../../main/sync/bundleChanges';
import { fingerprint } from '../../../main/sync/deviceKeys';
import { domainError } from '../testDb';
import {
  attachment,
  ndjsonBody,
  newDevice,
  readerOptions,
  resealed,
  sampleChanges,
  SCHEMA,
} from './bundleFixtures';

// Every bad bundle below is a good one changed at run time, the way a copy, a person or an
// attacker would change it. Each refusal says what is wrong and that nothing was imported.

const laptopA = newDevice();
const laptopB = newDevice();
const stranger = newDevice();
const draft = { schemaVersion: SCHEMA, deviceName: '招商一组笔记本', seen: {} };
const photo = attachment(randomBytes(50_000));
const changes = sampleChanges(500, [laptopA]);
const good = writeBundle(draft, changes, [photo], laptopA);
const onB = readerOptions(laptopB, [laptopA]);

const lines = (): string[] => changes.map((c) => JSON.stringify(c));
const flipped = (buf: Buffer, at: number): Buffer => {
  const copy = Buffer.from(buf);
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
};

function refused(
  bundle: Buffer,
  code: ErrorCode,
  message: RegExp | string,
  opts: ReadBundleOptions = onB,
): void {
  const e = domainError(() => readBundle(bundle, opts));
  expect(e.code).toBe(code);
  expect(e.message).toMatch(message);
  expect(e.message).toContain('未导入任何内容');
}

it('the good bundle these start from reads', () => {
  expect(readBundle(good, onB).changes).toEqual(changes);
});

it('any single byte flipped or any cut is refused with a reason, never read and never a crash', () => {
  // Every byte of the framing and the header, then a sample of the rest.
  const framing = good.indexOf('"seen"') + 20;
  const positions = [...Array(framing).keys()];
  for (let at = framing; at < good.length; at += 97) positions.push(at);
  const codes = new Set<string>();
  for (const at of positions) {
    codes.add(domainError(() => readBundle(flipped(good, at), onB)).code);
    codes.add(domainError(() => readBundle(good.subarray(0, at), onB)).code);
  }
  expect([...codes].sort()).toEqual(['SYNC_NOT_BUNDLE', 'SYNC_TAMPERED', 'SYNC_TRUNCATED']);
});

describe('a file that is not a 同步包', () => {
  it.each([
    ['an Excel workbook', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), randomBytes(2000)])],
    [
      'a backup of the database',
      Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), randomBytes(2000)]),
    ],
    ['an empty file', Buffer.alloc(0)],
    ['a text that only starts like one', Buffer.from('LEADATLAS-SYNC/abc\n……', 'utf8')],
  ])('%s is refused as such', (_, file) => {
    refused(file, 'SYNC_NOT_BUNDLE', '不是招商通同步包');
  });
});

describe('a bundle cut short', () => {
  it.each([
    ['its last 100 bytes', 100],
    ['its second half', good.length / 2],
    ['all but the first 10 bytes', good.length - 10],
  ])('is refused as incomplete when missing %s', (_, cut) => {
    refused(good.subarray(0, good.length - cut), 'SYNC_TRUNCATED', /同步包不完整.*请重新复制/);
  });
});

describe('a bundle altered after it was signed', () => {
  const headerAt = good.indexOf('招商一组笔记本');

  it.each([
    ['one byte flipped in the middle', () => flipped(good, Math.floor(good.length / 2))],
    ['one byte flipped in its header', () => flipped(good, headerAt)],
    ['one byte flipped in its signature', () => flipped(good, good.length - 1)],
    ['bytes added at its end', () => Buffer.concat([good, Buffer.from('追加的内容')])],
    // The header says A, as before, but the bytes are signed by another key.
    ['signed again by a key that is not the one it names', () => resealed(good, { signer: stranger })],
    [
      'its header naming another device than its key',
      () =>
        resealed(good, {
          signer: laptopA,
          header: (h) => ({ ...h, from: { ...(h.from as object), device: laptopB.device } }),
        }),
    ],
  ])('is refused when it has %s', (_, bundle) => {
    refused(bundle(), 'SYNC_TAMPERED', /内容与签名不符.*已损坏或被改动/);
  });
});

describe('a bundle from a device this office does not trust', () => {
  const foreign = resealed(good, {
    signer: stranger,
    header: (h) => ({
      ...h,
      from: { device: stranger.device, name: '外单位的电脑', publicKey: stranger.publicKey },
    }),
  });

  it('is refused, naming the device and its fingerprint for the person to check', () => {
    refused(foreign, 'SYNC_FOREIGN', '未受信任的设备“外单位的电脑”');
    const { message } = domainError(() => readBundle(foreign, onB));
    expect(message).toContain(stranger.device);
    expect(message).toContain(fingerprint(stranger.publicKey));
    expect(bundleSigner(foreign)).toMatchObject({
      device: stranger.device,
      fingerprint: fingerprint(stranger.publicKey),
    });
  });

  it('cannot pass off text of its own as the program’s through its device name', () => {
    const disguised = resealed(foreign, {
      signer: stranger,
      header: (h) => ({ ...h, from: { ...(h.from as object), name: '办公室\n该设备已受信任，可以导入' } }),
    });
    refused(disguised, 'SYNC_INVALID', '包头格式不正确（from.name：设备名称不能含换行等控制字符）');
    expect(domainError(() => bundleSigner(disguised)).code).toBe('SYNC_INVALID');
  });

  it('reads once the person has trusted that device', () => {
    expect(readBundle(foreign, readerOptions(laptopB, [laptopA, stranger])).changes).toEqual(changes);
  });

  it('is refused when the trusted list holds another key under that device id', () => {
    const onlyOther: ReadBundleOptions = { ...onB, trustedKey: () => laptopA.publicKey };
    refused(foreign, 'SYNC_FOREIGN', stranger.device, onlyOther);
  });
});

describe('a bundle from a newer program', () => {
  it('is refused when its database version is newer than this program’s', () => {
    const newer = resealed(good, { signer: laptopA, header: (h) => ({ ...h, schemaVersion: SCHEMA + 1 }) });
    refused(newer, 'SYNC_NEWER', `数据版本 ${SCHEMA + 1}，本机为 ${SCHEMA}`);
    // Once this laptop is upgraded it reads.
    expect(readBundle(newer, readerOptions(laptopB, [laptopA], SCHEMA + 1)).changes).toHaveLength(
      changes.length,
    );
  });

  it('is refused when its file format is newer', () => {
    refused(resealed(good, { signer: laptopA, formatVersion: 2 }), 'SYNC_NEWER', '同步包格式第 2 版');
  });

  it('is refused as altered, not newer, when the version was changed without signing again', () => {
    const text = good.toString('latin1');
    const at = text.indexOf(`"schemaVersion":${SCHEMA}`) + '"schemaVersion":'.length;
    const edited = Buffer.from(good);
    edited.write(String(SCHEMA + 1), at, 'latin1');
    refused(edited, 'SYNC_TAMPERED', '内容与签名不符');
  });
});

it('a bundle this laptop exported itself is refused', () => {
  refused(
    good,
    'SYNC_OWN_BUNDLE',
    '本机（招商一组笔记本）自己导出的',
    readerOptions(laptopA, [laptopA, laptopB]),
  );
});

describe('a signed bundle whose parts disagree with its header', () => {
  const count = (key: 'changeCount' | 'attachmentCount', by: number): Buffer =>
    resealed(good, { signer: laptopA, header: (h) => ({ ...h, [key]: (h[key] as number) + by }) });

  it.each([
    [
      'one change more than it holds',
      () => count('changeCount', 1),
      `声明有 ${changes.length + 1} 条变更，实际为 ${changes.length} 条`,
    ],
    [
      'one change fewer than it holds',
      () => count('changeCount', -1),
      `声明有 ${changes.length - 1} 条变更，实际多于此数`,
    ],
    ['one attachment more than it holds', () => count('attachmentCount', 1), '第 2 个附件超出文件末尾'],
    [
      'one attachment fewer than it holds',
      () => count('attachmentCount', -1),
      '声明有 0 个附件，文件中还有其他内容',
    ],
    [
      'an attachment whose bytes do not match its hash',
      () =>
        resealed(good, {
          signer: laptopA,
          body: (b) => ({
            ...b,
            attachments: [{ sha256: photo.sha256, bytes: randomBytes(photo.bytes.length) }],
          }),
        }),
      '第 1 个附件的内容与其校验值不符',
    ],
    [
      'the same attachment twice',
      () =>
        resealed(good, {
          signer: laptopA,
          header: (h) => ({ ...h, attachmentCount: 2 }),
          body: (b) => ({ ...b, attachments: [photo, photo] }),
        }),
      '第 2 个附件重复出现',
    ],
  ])('is refused when it declares %s', (_, bundle, detail) => {
    refused(bundle(), 'SYNC_INCONSISTENT', detail);
  });
});

describe('a signed bundle holding something outside the format', () => {
  const withLine = (at: number, line: string): Buffer =>
    resealed(good, {
      signer: laptopA,
      body: () =>
        ndjsonBody(
          lines().map((l, i) => (i === at ? line : l)),
          [photo],
        ),
    });
  const third = changes[2];

  it.each([
    [
      'an unknown operation',
      () => withLine(2, JSON.stringify({ ...third, op: 'upsert' })),
      /第 3 条变更格式不正确（op：/,
    ],
    [
      'a table name that is not a plain name',
      () => withLine(2, JSON.stringify({ ...third, tbl: 'companies; DROP TABLE companies' })),
      /第 3 条变更格式不正确（tbl：/,
    ],
    [
      'a field holding an object',
      () => withLine(2, JSON.stringify({ ...third, op: 'put', fields: { name: { nested: true } } })),
      /第 3 条变更格式不正确（fields\.name：/,
    ],
    [
      'a change missing its clock',
      () => withLine(2, JSON.stringify({ ...third, hlc: undefined })),
      /第 3 条变更格式不正确（hlc：/,
    ],
    ['a line that is not JSON', () => withLine(0, '{"hlc":'), '第 1 条变更格式不正确（不是有效的 JSON）'],
    [
      'a header whose date is not a date',
      () => resealed(good, { signer: laptopA, header: (h) => ({ ...h, createdAt: '昨天' }) }),
      /包头格式不正确（createdAt：/,
    ],
  ])('is refused when it holds %s', (_, bundle, message) => {
    refused(bundle(), 'SYNC_INVALID', message);
  });
});

describe('a bundle built to exhaust memory', () => {
  const withBody = (body: ReturnType<typeof ndjsonBody>): Buffer =>
    resealed(good, { signer: laptopA, header: (h) => ({ ...h, attachmentCount: 0 }), body: () => body });

  it('is refused by the size it declares, before anything is inflated', () => {
    const body = { ...ndjsonBody(lines()), inflatedBytes: SYNC_BUNDLE_LIMITS.maxChangesBytes + 1 };
    refused(withBody(body), 'TOO_LARGE', `解压后超过 ${SYNC_BUNDLE_LIMITS.maxChangesBytes / 1024 / 1024} MB`);
  });

  it('is refused by its compression ratio: a few KB that inflate to megabytes', () => {
    const padding = Buffer.alloc(4 * 1024 * 1024, ' ');
    const body = { inflatedBytes: padding.length, gzip: gzipSync(padding), attachments: [] };
    expect(body.gzip.length * SYNC_BUNDLE_LIMITS.maxRatio).toBeLessThan(padding.length);
    refused(withBody(body), 'TOO_LARGE', '压缩比异常');
  });

  it('is refused when its changes inflate past the size it declares, or fall short of it', () => {
    const honest = ndjsonBody(lines());
    refused(
      withBody({ ...honest, inflatedBytes: honest.inflatedBytes - 1 }),
      'SYNC_INCONSISTENT',
      '比声明的长',
    );
    refused(
      withBody({ ...honest, inflatedBytes: honest.inflatedBytes + 1 }),
      'SYNC_INCONSISTENT',
      '比声明的短',
    );
  });

  it('is refused when one change alone is larger than a change can be', () => {
    const huge = JSON.stringify({
      ...changes[0],
      // Base64 of ¾ of the limit: just past the limit once quoted in its line.
      fields: { remark: randomBytes((SYNC_BUNDLE_LIMITS.maxChangeBytes / 4) * 3).toString('base64') },
    });
    refused(withBody(ndjsonBody([lines()[0] ?? '', huge])), 'TOO_LARGE', '第 2 条变更超过 16 MB');
  });
});
