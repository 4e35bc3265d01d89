import { constants } from 'node:buffer';
import { inflateRaw, inflateRawSync, type ZlibOptions } from 'node:zlib';
import { DomainError } from '@contract/shared/errors';
import { damagedFile } from './damaged';
import { ZIP_LIMITS } from '@contract/importers/files/limits';
import { entryData, readZipDirectory, type ZipEntry } from './zipDirectory';

const refuse = (detail: string): DomainError =>
  new DomainError(
    'VALIDATION',
    `文件结构异常，为安全起见未读取（${detail}）。请在 Excel/WPS 中另存为 .xlsx 后重试。`,
  );

/**
 * Largest part (a sheet, the shared strings) read, in bytes once inflated. Each is read as one
 * string, and V8 holds no string longer than this (about 512 MB); a UTF-8 part of at most this
 * many bytes never makes a longer one. A part declared larger is refused by its size, before
 * anything of it is inflated.
 */
const MAX_PART_BYTES = constants.MAX_STRING_LENGTH;

const tooLargePart = (): DomainError =>
  new DomainError(
    'TOO_LARGE',
    `表格内容解压后超过 ${Math.round(MAX_PART_BYTES / 1024 / 1024)} MB，超出程序能处理的范围，未能读取。请删去无关的行、列或工作表，或分成几个文件后再导入。`,
  );

/** The checks on a zip's directory, entry by entry: the first problem found, or null. */
function directoryGuard(): (size: number, compressedSize: number) => string | null {
  let entries = 0;
  let total = 0;
  let problem: string | null = null;
  return (size, compressedSize) => {
    entries++;
    total += size;
    if (entries > ZIP_LIMITS.maxEntries) problem ??= `包含 ${entries} 个以上的部件`;
    if (total > ZIP_LIMITS.maxTotalBytes) problem ??= '解压后体积过大';
    if (size > ZIP_LIMITS.ratioFrom && size > compressedSize * ZIP_LIMITS.maxRatio) problem ??= '压缩比异常';
    return problem;
  };
}

/** An entry's bytes as the zip holds them, and whether they are deflated (else stored as is). */
function rawOf(bytes: Uint8Array, entry: ZipEntry): { data: Uint8Array; deflated: boolean } {
  const data = entryData(bytes, entry);
  if (!data) throw damagedFile();
  if (entry.method === 0 && data.length === entry.size) return { data, deflated: false };
  if (entry.method !== 8) throw damagedFile();
  return { data, deflated: true };
}

/**
 * zlib (native, several times faster than fflate on a 30 MB sheet) inflates into at most the
 * size the directory declares and stops the moment its output passes it: a lying header (plain
 * or zip64) costs the time to inflate what was declared and checked, never what the data holds.
 */
const inflateOptions = (entry: ZipEntry): ZlibOptions => ({ maxOutputLength: Math.max(1, entry.size) });

function inflated(entry: ZipEntry, out: Uint8Array): Uint8Array {
  if (out.length !== entry.size) throw damagedFile();
  return out;
}

function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const { data, deflated } = rawOf(bytes, entry);
  if (!deflated) return data;
  let out: Uint8Array;
  try {
    out = inflateRawSync(data, inflateOptions(entry));
  } catch {
    throw damagedFile();
  }
  return inflated(entry, out);
}

/** The same on libuv's thread pool: a large sheet is inflated while the main thread goes on. */
async function inflateEntryAsync(bytes: Uint8Array, entry: ZipEntry): Promise<Uint8Array> {
  const { data, deflated } = rawOf(bytes, entry);
  if (!deflated) return data;
  const out = await new Promise<Uint8Array>((resolve, reject) =>
    inflateRaw(data, inflateOptions(entry), (err, buf) => (err ? reject(damagedFile()) : resolve(buf))),
  );
  return inflated(entry, out);
}

/** A zip whose directory passed the checks: its entries are inflated one at a time, when asked for. */
export interface CheckedZip {
  /** The entry of this name, matched without regard to case as the package format says; null when absent. */
  read(name: string): Uint8Array | null;
  /** The same, inflating off the main thread. */
  readAsync(name: string): Promise<Uint8Array | null>;
}

/**
 * Opens a zip, plain or zip64, after checking the central directory of all its entries: entry
 * count, total uncompressed size and compression ratio, before anything is decompressed.
 */
export function openZip(bytes: Uint8Array): CheckedZip {
  const entries = readZipDirectory(bytes);
  if (!entries) throw damagedFile();
  const check = directoryGuard();
  let problem: string | null = null;
  for (const entry of entries) problem = check(entry.size, entry.compressedSize);
  if (problem) throw refuse(problem);
  const byName = new Map<string, ZipEntry>();
  for (const entry of entries)
    if (!byName.has(entry.name.toLowerCase())) byName.set(entry.name.toLowerCase(), entry);
  const find = (name: string): ZipEntry | null => {
    const entry = byName.get(name.toLowerCase());
    if (!entry) return null;
    if (entry.size > MAX_PART_BYTES) throw tooLargePart();
    return entry;
  };
  return {
    read(name) {
      const entry = find(name);
      return entry && inflateEntry(bytes, entry);
    },
    async readAsync(name) {
      const entry = find(name);
      return entry && inflateEntryAsync(bytes, entry);
    },
  };
}
