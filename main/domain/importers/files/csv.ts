import iconv from 'iconv-lite';
import type { Cell, SheetSource } from './grid';
import { MAX_COLUMNS, MAX_DATA_ROWS } from '@contract/importers/files/limits';
import { DomainError } from '@contract/shared/errors';

/**
 * CSV as Excel and WPS save it in China: UTF-8 (with or without BOM), GBK/GB18030 ("CSV
 * (逗号分隔)" on a Chinese Windows), or UTF-16 tab-separated ("Unicode 文本").
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return {
      text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030'),
      encoding: 'GBK',
    };
  }
}

function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', '\t', ';'].map((d) => [d, firstLine.split(d).length] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]?.[1] && counts[0][1] > 1 ? counts[0][0] : ',';
}

/** RFC 4180 with the usual leniency: quoted fields, "" for a quote, CRLF or LF line ends. */
export function parseCsv(text: string): Cell[][] {
  const delim = delimiterOf(text);
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = (): void => {
    if (row.length < MAX_COLUMNS) row.push(field.trim() === '' ? null : field);
    field = '';
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
    if (rows.length > MAX_DATA_ROWS + 100) {
      throw new DomainError(
        'VALIDATION',
        `表格超过 ${MAX_DATA_ROWS.toLocaleString('zh-CN')} 行，请分成几个文件导入`,
      );
    }
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === delim) endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += ch;
    i++;
  }
  if (field !== '' || row.length) endRow();
  return rows;
}

export function openCsv(bytes: Uint8Array): SheetSource & { encoding: string } {
  const { text, encoding } = decodeText(bytes);
  const rows = parseCsv(text);
  // Read whole when opened: there is nothing left to prepare.
  return {
    sheetNames: ['CSV'],
    encoding,
    sheet: () => ({ rows, merges: [] }),
    prepare: () => Promise.resolve(),
  };
}
