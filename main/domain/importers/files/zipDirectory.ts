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
const ZIP64_EOCD = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** A zip64 archive marks its sizes and offsets with these and keeps the real ones elsewhere. */
const ZIP64_16 = 0xffff;
const ZIP64_32 = 0xffffffff;
/** The extra field that holds an entry's zip64 sizes and offset. */
const ZIP64_EXTRA = 0x0001;

const utf8 = new TextDecoder('utf-8');

/**
 * The central directory of a zip, plain (every .xlsx Excel and WPS write) or zip64, as it is
 * declared; null when it is not laid out as a zip. Sizes come from here and nowhere else, so
 * that inflating can be stopped at what was declared and checked.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number): number => view.getUint16(at, true);
  const u32 = (at: number): number => view.getUint32(at, true);
  // Past 2^53 a size is a lie anyway: read as infinite, it fails every check.
  const u64 = (at: number): number => {
    const n = view.getBigUint64(at, true);
    return n > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : Number(n);
  };
  // The end record is 22 bytes plus a comment of up to 65 535.
  let end = -1;
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xffff; at--) {
    if (u32(at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  let count = u16(end + 10);
  let offset = u32(end + 16);
  if (count === ZIP64_16 || offset === ZIP64_32) {
    // The zip64 locator sits just before the end record and points at the zip64 end record.
    const locator = end - 20;
    if (locator < 0 || u32(locator) !== ZIP64_LOCATOR) return null;
    const at = u64(locator + 8);
    if (!(at + 56 <= bytes.length) || u32(at) !== ZIP64_EOCD) return null;
    count = u64(at + 32);
    offset = u64(at + 48);
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (!(at + 46 <= bytes.length) || u32(at) !== CENTRAL) return null;
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const entry: ZipEntry = {
      name: utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(at + 10),
      compressedSize: u32(at + 20),
      size: u32(at + 24),
      localOffset: u32(at + 42),
    };
    if (entry.size === ZIP64_32 || entry.compressedSize === ZIP64_32 || entry.localOffset === ZIP64_32) {
      if (!readZip64Extra(view, at + 46 + nameLength, extraLength, entry, u64)) return null;
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + u16(at + 32);
  }
  return entries;
}

/** Fills in the sizes and offset marked 0xffffffff from the entry's zip64 extra field, in the order the format fixes. */
function readZip64Extra(
  view: DataView,
  from: number,
  length: number,
  entry: ZipEntry,
  u64: (at: number) => number,
): boolean {
  const to = Math.min(from + length, view.byteLength);
  for (let at = from; at + 4 <= to;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    const fieldEnd = at + 4 + size;
    if (fieldEnd > to) return false;
    if (id === ZIP64_EXTRA) {
      let p = at + 4;
      const next = (): number | null => {
        if (p + 8 > fieldEnd) return null;
        const n = u64(p);
        p += 8;
        return n;
      };
      for (const key of ['size', 'compressedSize', 'localOffset'] as const) {
        if (entry[key] !== ZIP64_32) continue;
        const n = next();
        if (n === null) return false;
        entry[key] = n;
      }
      return true;
    }
    at = fieldEnd;
  }
  return false;
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
