import { zipSync } from 'fflate';

// Whole xlsx packages written part by part, as Excel lays them out ([Content_Types].xml,
// _rels/.rels, the workbook and its relationships), for a test to rename, move or rewrite parts.

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export const relationship = (id: string, type: string, target: string): string =>
  `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;

export const relationshipsXml = (...rels: string[]): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;

export interface PackageParts {
  /** The inside of <sheetData>. */
  sheetData: string;
  /** The inside of <sst>; no shared strings part when absent. */
  strings?: string;
  /** The inside of <styleSheet>; no styles part when absent. */
  styles?: string;
}

/** The parts of a one-sheet workbook where Excel puts them, by path. */
export function excelParts({ sheetData, strings, styles }: PackageParts): Record<string, string> {
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    '_rels/.rels': relationshipsXml(relationship('rId1', 'officeDocument', 'xl/workbook.xml')),
    'xl/workbook.xml': `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL}"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': relationshipsXml(
      relationship('rId1', 'worksheet', 'worksheets/sheet1.xml'),
      strings === undefined ? '' : relationship('rId2', 'sharedStrings', 'sharedStrings.xml'),
      styles === undefined ? '' : relationship('rId3', 'styles', 'styles.xml'),
    ),
    'xl/worksheets/sheet1.xml': `<worksheet xmlns="${MAIN_NS}"><sheetData>${sheetData}</sheetData></worksheet>`,
  };
  if (strings !== undefined) parts['xl/sharedStrings.xml'] = `<sst xmlns="${MAIN_NS}">${strings}</sst>`;
  if (styles !== undefined) parts['xl/styles.xml'] = `<styleSheet xmlns="${MAIN_NS}">${styles}</styleSheet>`;
  return parts;
}

/** The zip of the parts, deflated. */
export const zipParts = (parts: Record<string, string>): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(parts).map(([path, xml]) => [path, enc(xml)])));

/** A one-sheet workbook laid out as Excel writes it. */
export const excelWorkbook = (parts: PackageParts): Uint8Array => zipParts(excelParts(parts));

/** Built-in format 14 (a short date) as style 1. */
export const DATE_STYLES = '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>';
