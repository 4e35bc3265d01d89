/** One entry of a zip's central directory, as declared there. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is not read. */
  method: number;
  compressedSize: number;
  size: number;
  /** Where the entry's local header starts. */
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** A zip64 archive marks its sizes and offsets with these and keeps the real ones elsewhere. */
const ZIP64_16 = 0xffff;
const ZIP64_32 = 0xffffffff;

const utf8 = new TextDecoder('utf-8');

/**
 * The central directory of a plain (not zip64) zip, which is every .xlsx Excel and WPS write;
 * null when the file is zip64 or not laid out as expected, for the caller to read another way.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number): number => view.getUint16(at, true);
  const u32 = (at: number): number => view.getUint32(at, true);
  // The end record is 22 bytes plus a comment of up to 65 535.
  let end = -1;
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xffff; at--) {
    if (u32(at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(end + 10);
  const offset = u32(end + 16);
  if (count === ZIP64_16 || offset === ZIP64_32) return null;
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== CENTRAL) return null;
    const nameLength = u16(at + 28);
    const entry: ZipEntry = {
      name: utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(at + 10),
      compressedSize: u32(at + 20),
      size: u32(at + 24),
      localOffset: u32(at + 42),
    };
    if (entry.compressedSize === ZIP64_32 || entry.size === ZIP64_32 || entry.localOffset === ZIP64_32)
      return null;
    entries.push(entry);
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  return entries;
}

/** The compressed bytes of an entry, found through its local header; null when they are not there. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const at = entry.localOffset;
  if (at + 30 > bytes.length) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset + at, 30);
  if (view.getUint32(0, true) !== LOCAL) return null;
  const start = at + 30 + view.getUint16(26, true) + view.getUint16(28, true);
  const stop = start + entry.compressedSize;
  return stop <= bytes.length ? bytes.subarray(start, stop) : null;
}
