// OLE compound files (version 3, 512-byte sectors) written byte by byte: the container of the
// old .xls and of a password-protected .xlsx. Header, one FAT sector, one directory sector; the
// streams are named in the directory and kept empty, which the format allows.

const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

/** Directory order within one storage: shorter names first, then by upper case. */
const byDirectoryOrder = (a: string, b: string): number =>
  a.length - b.length || (a.toUpperCase() < b.toUpperCase() ? -1 : 1);

export function compoundFile(streams: string[]): Uint8Array {
  const names = [...streams].sort(byDirectoryOrder);
  if (names.length > 3) throw new Error('one directory sector holds the root and three streams');
  const out = new Uint8Array(SECTOR * 3);
  const view = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x3e, true); // minor version
  view.setUint16(0x1a, 3, true); // major version
  view.setUint16(0x1c, 0xfffe, true); // byte order
  view.setUint16(0x1e, 9, true); // sector size 2^9
  view.setUint16(0x20, 6, true); // mini sector size 2^6
  view.setUint32(0x2c, 1, true); // FAT sectors
  view.setUint32(0x30, 1, true); // first directory sector
  view.setUint32(0x38, 4096, true); // mini stream cutoff
  view.setUint32(0x3c, END_OF_CHAIN, true); // no mini FAT
  view.setUint32(0x44, END_OF_CHAIN, true); // no DIFAT sectors
  view.setUint32(0x4c, 0, true); // the FAT is sector 0
  for (let i = 1; i < 109; i++) view.setUint32(0x4c + i * 4, FREE, true);
  // Sector 0, the FAT: itself, then the directory's one-sector chain.
  const fat = SECTOR;
  for (let i = 0; i < 128; i++) view.setUint32(fat + i * 4, FREE, true);
  view.setUint32(fat, FAT_SECTOR, true);
  view.setUint32(fat + 4, END_OF_CHAIN, true);
  // Sector 1, the directory: the root entry, its streams chained as right siblings.
  const entry = (index: number, name: string, type: number, child: number, right: number): void => {
    const at = SECTOR * 2 + index * 128;
    for (let i = 0; i < name.length; i++) view.setUint16(at + i * 2, name.charCodeAt(i), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    out[at + 66] = type;
    out[at + 67] = 1; // black
    view.setUint32(at + 68, FREE, true); // left sibling
    view.setUint32(at + 72, right, true);
    view.setUint32(at + 76, child, true);
    view.setUint32(at + 116, END_OF_CHAIN, true); // start sector of an empty stream
  };
  entry(0, 'Root Entry', 5, names.length ? 1 : FREE, FREE);
  names.forEach((name, i) => entry(i + 1, name, 2, FREE, i + 1 < names.length ? i + 2 : FREE));
  return out;
}
