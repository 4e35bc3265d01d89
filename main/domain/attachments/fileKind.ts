/**
 * A file's name as it is kept (no folders, no characters Windows refuses, a sane length) and its
 * type as the window will treat it. The type is read from the content for what the window
 * previews (images, PDF), so a file named .png that is not one is offered for download only.
 */

// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const RESERVED = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const MAX_NAME = 120;

export function sanitizeFileName(raw: string): string {
  // A path from any system: only its last part is the file's name.
  const base = raw.split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .replace(RESERVED, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (!cleaned) return '附件';
  if ([...cleaned].length <= MAX_NAME) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return [...cleaned.slice(0, cleaned.length - ext.length)].slice(0, MAX_NAME - ext.length).join('') + ext;
}

const startsWith = (bytes: Uint8Array, sig: number[], at = 0): boolean =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

function sniff(bytes: Uint8Array): string | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('BM'))) return 'image/bmp';
  return null;
}

const BY_EXTENSION: Record<string, string> = {
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  wps: 'application/vnd.ms-works',
  ofd: 'application/ofd',
  txt: 'text/plain',
  csv: 'text/csv',
  zip: 'application/zip',
  rar: 'application/vnd.rar',
  '7z': 'application/x-7z-compressed',
  heic: 'image/heic',
  tif: 'image/tiff',
  tiff: 'image/tiff',
};

/** The type the content shows (previewable kinds), else the extension's, else plain bytes. */
export function mimeOf(fileName: string, bytes: Uint8Array): string {
  const sniffed = sniff(bytes);
  if (sniffed) return sniffed;
  const ext = fileName.includes('.') ? (fileName.split('.').pop() ?? '').toLowerCase() : '';
  return BY_EXTENSION[ext] ?? 'application/octet-stream';
}
