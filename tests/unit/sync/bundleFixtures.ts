import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll } from 'vitest';
import type { SyncChange } from '@contract/sync/bundleSchema';
import {
  encodeBody,
  openEnvelope,
  readBody,
  sealEnvelope,
  type BundleBody,
} from '../../../main/sync/bundleLayout';
import type { ReadBundleOptions, SyncAttachment } from '../../../main/sync/bundleFile';
import { loadOrCreateDeviceKeys, type DeviceKeys } from '../../../main/sync/deviceKeys';

/** The database version the test bundles claim; readers accept up to it unless told otherwise. */
export const SCHEMA = 42;

/** A folder of the test file that asks for it (while its tests are collected), removed after them. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A laptop with keys of its own. */
export const newDevice = (): DeviceKeys => loadOrCreateDeviceKeys(scratchDir('la-sync-device-'));

/** How `reader` reads bundles when it trusts exactly `trusted`. */
export function readerOptions(
  reader: DeviceKeys,
  trusted: readonly DeviceKeys[],
  maxSchemaVersion = SCHEMA,
): ReadBundleOptions {
  return {
    trustedKey: (device) => trusted.find((t) => t.device === device)?.publicKey,
    maxSchemaVersion,
    ownDevice: reader.device,
  };
}

export const attachment = (bytes: Buffer): SyncAttachment => ({
  sha256: createHash('sha256').update(bytes).digest('hex'),
  bytes,
});

const COMPANIES = ['宁德时代新能源科技股份有限公司', '海康威视数字技术股份有限公司', '比亚迪股份有限公司'];
const STAGES = ['线索', '接洽', '考察', '在谈', '签约', '注册', '开工', '投产', '达产'];

/** `count` changes as the sync core would record them, varied by a seeded generator. */
export function sampleChanges(count: number, devices: readonly DeviceKeys[], seed = 1): SyncChange[] {
  let state = seed;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
  return Array.from({ length: count }, (_, i): SyncChange => {
    const device = devices[next(devices.length)]?.device ?? '';
    const deleted = next(20) === 0;
    return {
      hlc: `${String(1_780_000_000_000 + i * 37).padStart(15, '0')}-${String(next(100)).padStart(4, '0')}-${device}`,
      device,
      tbl: ['companies', 'projects', 'interactions', 'contacts'][next(4)] ?? 'companies',
      gid: `${device}-${next(100_000)}`,
      op: deleted ? 'del' : 'put',
      fields: deleted
        ? null
        : {
            name: COMPANIES[next(COMPANIES.length)] ?? '',
            stage: STAGES[next(STAGES.length)] ?? '',
            planned_investment: next(500_000),
            remark: next(3) === 0 ? null : `第${i}次走访：对方关注用地指标与配套政策`,
          },
      actor: ['张三', '李四', '王主任'][next(3)] ?? '',
    };
  });
}

/** The changes as raw NDJSON lines, valid or not, for a body the writer would never make. */
export function ndjsonBody(lines: readonly string[], attachments: SyncAttachment[] = []): BundleBody {
  const raw = Buffer.from(lines.map((l) => `${l}\n`).join(''), 'utf8');
  return { inflatedBytes: raw.length, gzip: gzipSync(raw, { level: 1 }), attachments };
}

export interface Edit {
  header?: (header: Record<string, unknown>) => Record<string, unknown>;
  body?: (body: BundleBody) => BundleBody;
  /** Who signs the result (by default the device that signed the original). */
  signer: DeviceKeys;
  formatVersion?: number;
}

/** A bundle's header as JSON, read without any check (an encrypted bundle's too). */
export const headerOf = (bundle: Buffer): Record<string, unknown> =>
  JSON.parse(openEnvelope(bundle, 1).header.toString('utf8')) as Record<string, unknown>;

/** The header and body of a good plain bundle, taken apart without any check. */
export function partsOf(bundle: Buffer): { header: Record<string, unknown>; body: BundleBody } {
  const header = headerOf(bundle);
  return { header, body: readBody(openEnvelope(bundle, 1).body, header.attachmentCount as number) };
}

/** A good bundle changed as `edit` says and signed again, validly, by `edit.signer`. */
export function resealed(bundle: Buffer, edit: Edit): Buffer {
  const parts = partsOf(bundle);
  const header = edit.header ? edit.header(parts.header) : parts.header;
  const body = edit.body ? edit.body(parts.body) : parts.body;
  return sealEnvelope(
    edit.formatVersion ?? 1,
    Buffer.from(JSON.stringify(header), 'utf8'),
    encodeBody(body),
    edit.signer.privateKey,
  );
}
