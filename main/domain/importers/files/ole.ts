// The OLE compound file (D0 CF 11 E0 A1 B1 1A E1): the container of the old binary .xls, and
// also of an .xlsx saved with a password, whose zip is then encrypted into an EncryptedPackage
// stream beside an EncryptionInfo stream.

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export const isOle = (b: Uint8Array): boolean => SIGNATURE.every((byte, i) => b[i] === byte);

/** Directory entries are 128 bytes, in sectors of 512 or 4096 bytes after the 512-byte header. */
const ENTRY = 128;
const STREAM = 2;

/** The names of the streams in a compound file's directory entries. */
function streamNames(b: Uint8Array): Set<string> {
  const names = new Set<string>();
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  // Every directory sector starts on a multiple of 128 past the header: looking at each such
  // place finds every entry without following the sector chains, in one pass over the file.
  for (let at = 512; at + ENTRY <= b.length; at += ENTRY) {
    const length = view.getUint16(at + 64, true);
    if (length < 4 || length > 64 || length % 2 !== 0 || b[at + 66] !== STREAM) continue;
    if (view.getUint16(at + length - 2, true) !== 0) continue;
    let name = '';
    for (let i = 0; i < length - 2; i += 2) name += String.fromCharCode(view.getUint16(at + i, true));
    names.add(name);
  }
  return names;
}

/**
 * Whether a compound file is a password-protected Office document (Excel's 用密码进行加密):
 * it holds EncryptionInfo and EncryptedPackage and no workbook stream of the old .xls.
 */
export function isEncryptedPackage(b: Uint8Array): boolean {
  const names = streamNames(b);
  return (
    names.has('EncryptionInfo') &&
    names.has('EncryptedPackage') &&
    !names.has('Workbook') &&
    !names.has('Book')
  );
}
