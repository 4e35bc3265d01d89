import { gunzipSync, gzipSync } from 'node:zlib';
import { DomainError } from '@contract/shared/errors';
import { ZIP_LIMITS } from '@contract/importers/files/limits';
import { syncChangeSchema, type SyncChange } from '@contract/sync/bundleSchema';
import { parseOrThrow } from '../domain/shared/validate';
import {
  changeTooLarge,
  changesTooLarge,
  inconsistent,
  invalidChange,
  suspiciousRatio,
} from './bundleRefusals';
import type { BundleBody } from './bundleLayout';

/**
 * A bundle's changes travel as gzip'd NDJSON, one change a line. A bundle comes from outside like
 * a spreadsheet does, so the spreadsheet import's zip-bomb limits hold for it too: the size
 * declared once inflated and the compression ratio are checked before anything is inflated, and
 * inflating stops at the declared size. Each line is decoded on its own, so no string longer than
 * one change is ever built (V8 holds none past about 512 MB).
 */
export const SYNC_BUNDLE_LIMITS = {
  /** All changes of one bundle once inflated: the sync core splits larger exports. */
  maxChangesBytes: ZIP_LIMITS.maxTotalBytes,
  maxRatio: ZIP_LIMITS.maxRatio,
  ratioFrom: ZIP_LIMITS.ratioFrom,
  /** One change as JSON: a record's fields are a few KB, notes included. */
  maxChangeBytes: 16 * 1024 * 1024,
  /**
   * The whole file, attachments included: Node reads no file past 2 GiB in one piece, and Linux
   * writes no more than that in one call, so the sync core spreads more attachments than this over
   * several bundles.
   */
  maxBundleBytes: 2_000_000_000,
};

const megabytes = (bytes: number): number => Math.round(bytes / 1024 / 1024);

/** The changes as gzip'd NDJSON; each is checked against the schema the reader will hold it to. */
export function encodeChanges(changes: readonly SyncChange[]): { inflatedBytes: number; gzip: Buffer } {
  const lines: Buffer[] = [];
  let inflatedBytes = 0;
  changes.forEach((change, i) => {
    const line = Buffer.from(`${JSON.stringify(parseOrThrow(syncChangeSchema, change))}\n`, 'utf8');
    if (line.length > SYNC_BUNDLE_LIMITS.maxChangeBytes)
      throw new DomainError(
        'TOO_LARGE',
        `第 ${i + 1} 条变更超过 ${megabytes(SYNC_BUNDLE_LIMITS.maxChangeBytes)} MB，不能写入同步包。`,
      );
    inflatedBytes += line.length;
    if (inflatedBytes > SYNC_BUNDLE_LIMITS.maxChangesBytes)
      throw new DomainError(
        'TOO_LARGE',
        `要导出的变更超过 ${megabytes(SYNC_BUNDLE_LIMITS.maxChangesBytes)} MB，超出一个同步包能容纳的范围，请分几次导出。`,
      );
    lines.push(line);
  });
  return { inflatedBytes, gzip: gzipSync(Buffer.concat(lines, inflatedBytes)) };
}

function inflate({ inflatedBytes, gzip }: BundleBody): Buffer {
  const limits = SYNC_BUNDLE_LIMITS;
  if (inflatedBytes > limits.maxChangesBytes) throw changesTooLarge(limits.maxChangesBytes);
  if (inflatedBytes > limits.ratioFrom && inflatedBytes > gzip.length * limits.maxRatio)
    throw suspiciousRatio();
  let out: Buffer;
  try {
    // Stops the moment the output passes what was declared: a lie costs no more than the truth.
    out = gunzipSync(gzip, { maxOutputLength: Math.max(1, inflatedBytes) });
  } catch {
    throw inconsistent('变更部分无法解压，或解压后比声明的长');
  }
  if (out.length !== inflatedBytes) throw inconsistent('变更部分解压后比声明的短');
  return out;
}

function parseLine(text: string, line: number): SyncChange {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw invalidChange(line, '不是有效的 JSON');
  }
  const result = syncChangeSchema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.map(String).join('.');
  throw invalidChange(line, where ? `${where}：${issue?.message ?? ''}` : (issue?.message ?? ''));
}

/** The body's changes, exactly `count` of them, each one valid. */
export function decodeChanges(body: BundleBody, count: number): SyncChange[] {
  const ndjson = inflate(body);
  const changes: SyncChange[] = [];
  let start = 0;
  while (start < ndjson.length) {
    const newline = ndjson.indexOf(0x0a, start);
    const end = newline < 0 ? ndjson.length : newline;
    const line = changes.length + 1;
    if (line > count) throw inconsistent(`声明有 ${count} 条变更，实际多于此数`);
    if (end - start > SYNC_BUNDLE_LIMITS.maxChangeBytes)
      throw changeTooLarge(line, SYNC_BUNDLE_LIMITS.maxChangeBytes);
    changes.push(parseLine(ndjson.toString('utf8', start, end), line));
    start = end + 1;
  }
  if (changes.length !== count) throw inconsistent(`声明有 ${count} 条变更，实际为 ${changes.length} 条`);
  return changes;
}
