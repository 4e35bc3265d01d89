import { deflateRawSync } from 'node:zlib';

// Zips written byte by byte, so that a test can make the directory say what it likes:
// sizes that lie, and the zip64 layout no spreadsheet program writes for a small file.

export interface RawEntry {
  name: string;
  /** The bytes as stored: deflated unless `stored`. */
  data: Uint8Array;
  /** What the directory declares the entry inflates to. */
  declaredSize: number;
  stored?: boolean;
}

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

export const deflated = (name: string, text: string): RawEntry => {
  const raw = enc(text);
  return { name, data: deflateRawSync(raw), declaredSize: raw.length };
};

/** A zip of the entries; with `zip64`, every size and offset is kept in zip64 fields. */
export function writeZip(entries: RawEntry[], zip64 = false): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc(e.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, zip64 ? 45 : 20, true);
    local.setUint16(8, e.stored ? 0 : 8, true);
    local.setUint32(18, zip64 ? 0xffffffff : e.data.length, true);
    local.setUint32(22, zip64 ? 0xffffffff : e.declaredSize, true);
    local.setUint16(26, name.length, true);
    parts.push(new Uint8Array(local.buffer), name, e.data);

    const extra = new DataView(new ArrayBuffer(zip64 ? 28 : 0));
    if (zip64) {
      extra.setUint16(0, 0x0001, true);
      extra.setUint16(2, 24, true);
      extra.setBigUint64(4, BigInt(e.declaredSize), true);
      extra.setBigUint64(12, BigInt(e.data.length), true);
      extra.setBigUint64(20, BigInt(offset), true);
    }
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, zip64 ? 45 : 20, true);
    dir.setUint16(6, zip64 ? 45 : 20, true);
    dir.setUint16(10, e.stored ? 0 : 8, true);
    dir.setUint32(20, zip64 ? 0xffffffff : e.data.length, true);
    dir.setUint32(24, zip64 ? 0xffffffff : e.declaredSize, true);
    dir.setUint16(28, name.length, true);
    dir.setUint16(30, extra.byteLength, true);
    dir.setUint32(42, zip64 ? 0xffffffff : offset, true);
    central.push(new Uint8Array(dir.buffer), name, new Uint8Array(extra.buffer));
    offset += 30 + name.length + e.data.length;
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
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, zip64 ? 0xffff : entries.length, true);
  end.setUint16(10, zip64 ? 0xffff : entries.length, true);
  end.setUint32(12, zip64 ? 0xffffffff : dirSize, true);
  end.setUint32(16, zip64 ? 0xffffffff : dirStart, true);
  parts.push(new Uint8Array(end.buffer));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
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
