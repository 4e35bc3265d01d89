import { crc32, deflateRawSync } from 'node:zlib';

// Zips written byte by byte, so that a test can make the directory say what it likes:
// sizes that lie, and the zip64 layout no spreadsheet program writes for a small file.

export interface RawEntry {
  name: string;
  /** The bytes as stored: deflated unless `stored`. */
  data: Uint8Array;
  /** What the directory declares the entry inflates to. */
  declaredSize: number;
  stored?: boolean;
  /** CRC-32 of the inflated bytes; 0 (which no reader here checks) when not given. */
  crc?: number;
}

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

export const deflated = (name: string, text: string): RawEntry => {
  const raw = enc(text);
  return { name, data: deflateRawSync(raw), declaredSize: raw.length, crc: crc32(raw) };
};

/**
 * How sizes and offsets are kept: 'plain'; 'zip64', every one in zip64 fields; or 'zip -fz', as
 * Info-ZIP's zip writes when told to use zip64 (Python's zipfile with force_zip64 is alike): the
 * local headers hold both sizes in a zip64 field after other extra fields, the central directory
 * only the uncompressed size, and the end record real counts but the directory's offset in zip64.
 */
export type ZipLayout = 'plain' | 'zip64' | 'zip -fz';

const FF32 = 0xffffffff;

/** Info-ZIP's timestamp (UT) and Unix owner (ux) fields, which come before its zip64 field. */
function infoZipFields(local: boolean): Uint8Array {
  const out = new DataView(new ArrayBuffer((local ? 13 : 9) + 15));
  out.setUint16(0, 0x5455, true);
  out.setUint16(2, local ? 9 : 5, true);
  out.setUint8(4, 3);
  const ux = local ? 13 : 9;
  out.setUint16(ux, 0x7875, true);
  out.setUint16(ux + 2, 11, true);
  out.setUint8(ux + 4, 1);
  out.setUint8(ux + 5, 4);
  out.setUint8(ux + 10, 4);
  return new Uint8Array(out.buffer);
}

function zip64Field(...values: number[]): Uint8Array {
  const out = new DataView(new ArrayBuffer(4 + values.length * 8));
  out.setUint16(0, 0x0001, true);
  out.setUint16(2, values.length * 8, true);
  values.forEach((v, i) => out.setBigUint64(4 + i * 8, BigInt(v), true));
  return new Uint8Array(out.buffer);
}

const concat = (parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** A zip of the entries, in the layout asked for (true: 'zip64'). */
export function writeZip(entries: RawEntry[], layout: ZipLayout | boolean = 'plain'): Uint8Array {
  const mode: ZipLayout = layout === true ? 'zip64' : layout === false ? 'plain' : layout;
  const zip64 = mode !== 'plain';
  const infoZip = mode === 'zip -fz';
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc(e.name);
    const localExtra = infoZip
      ? concat([infoZipFields(true), zip64Field(e.declaredSize, e.data.length)])
      : new Uint8Array(0);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, zip64 ? 45 : 20, true);
    local.setUint16(8, e.stored ? 0 : 8, true);
    local.setUint32(14, e.crc ?? 0, true);
    local.setUint32(18, zip64 ? FF32 : e.data.length, true);
    local.setUint32(22, zip64 ? FF32 : e.declaredSize, true);
    local.setUint16(26, name.length, true);
    local.setUint16(28, localExtra.length, true);
    parts.push(new Uint8Array(local.buffer), name, localExtra, e.data);

    const extra =
      mode === 'zip64'
        ? zip64Field(e.declaredSize, e.data.length, offset)
        : infoZip
          ? concat([infoZipFields(false), zip64Field(e.declaredSize)])
          : new Uint8Array(0);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, zip64 ? 45 : 20, true);
    dir.setUint16(6, zip64 ? 45 : 20, true);
    dir.setUint16(10, e.stored ? 0 : 8, true);
    dir.setUint32(16, e.crc ?? 0, true);
    dir.setUint32(20, mode === 'zip64' ? FF32 : e.data.length, true);
    dir.setUint32(24, zip64 ? FF32 : e.declaredSize, true);
    dir.setUint16(28, name.length, true);
    dir.setUint16(30, extra.length, true);
    dir.setUint32(42, mode === 'zip64' ? FF32 : offset, true);
    central.push(new Uint8Array(dir.buffer), name, extra);
    offset += 30 + name.length + localExtra.length + e.data.length;
  }
  const dirStart = offset;
  const dirSize = central.reduce((n, p) => n + p.length, 0);
  parts.push(...central);
  if (zip64) {
    const end64 = new DataView(new ArrayBuffer(56));
    end64.setUint32(0, 0x06064b50, true);
    end64.setBigUint64(4, 44n, true);
    end64.setUint16(12, 45, true);
    end64.setUint16(14, 45, true);
    end64.setBigUint64(24, BigInt(entries.length), true);
    end64.setBigUint64(32, BigInt(entries.length), true);
    end64.setBigUint64(40, BigInt(dirSize), true);
    end64.setBigUint64(48, BigInt(dirStart), true);
    const locator = new DataView(new ArrayBuffer(20));
    locator.setUint32(0, 0x07064b50, true);
    locator.setBigUint64(8, BigInt(dirStart + dirSize), true);
    locator.setUint32(16, 1, true);
    parts.push(new Uint8Array(end64.buffer), new Uint8Array(locator.buffer));
  }
  const allZip64 = mode === 'zip64';
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, allZip64 ? 0xffff : entries.length, true);
  end.setUint16(10, allZip64 ? 0xffff : entries.length, true);
  end.setUint32(12, allZip64 ? FF32 : dirSize, true);
  end.setUint32(16, zip64 ? FF32 : dirStart, true);
  parts.push(new Uint8Array(end.buffer));
  return concat(parts);
}

/**
 * A raw deflate stream that inflates to `megabytes` MB of spaces from about 1 KB per MB: one
 * block of 16 MB ended with a full flush (so it stands on its own) repeated, then a final empty block.
 */
export function bombStream(megabytes: number): Uint8Array {
  const piece = deflateRawSync(Buffer.alloc(16 * 1024 * 1024, 0x20), { finishFlush: 3 /* Z_FULL_FLUSH */ });
  const last = deflateRawSync(Buffer.alloc(0));
  const copies = Math.ceil(megabytes / 16);
  const out = new Uint8Array(piece.length * copies + last.length);
  for (let i = 0; i < copies; i++) out.set(piece, i * piece.length);
  out.set(last, piece.length * copies);
  return out;
}

/** The parts of a one-sheet workbook around a sheet and shared strings of the caller's. */
export function workbookEntries(sheet: RawEntry, strings?: RawEntry): RawEntry[] {
  const out = [
    deflated(
      'xl/workbook.xml',
      `<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    deflated(
      'xl/_rels/workbook.xml.rels',
      `<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    sheet,
  ];
  if (strings) out.push(strings);
  return out;
}
