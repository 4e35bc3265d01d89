import { DomainError } from '@contract/shared/errors';
import type { SheetSource } from './grid';
import { workbookParts } from './packageParts';
import { preparedSheets } from './preparedSheets';
import { readSharedStrings } from './sharedStrings';
import { readSheetXml, readSheetXmlSliced, type SheetContext } from './sheetXml';
import { dateStyles } from './xlsxStyles';
import { attr, nextTag } from './xml';
import { plainXml } from './xmlMarkup';
import { openZip } from './zip';

/**
 * A reader for .xlsx that takes cell values as stored: shared and inline strings, numbers,
 * booleans, and for formulas only the result Excel saved last time (nothing is evaluated).
 * Numbers in a date format become 'YYYY-MM-DD' text, which is what the person sees. Written for
 * speed: 100 000 rows are read in well under a second, where a general library takes several.
 */
const utf8 = new TextDecoder('utf-8');
const text = (b: Uint8Array | null): string => (b ? plainXml(utf8.decode(b)) : '');

/** Opens the workbook's directory; each sheet is decompressed and read only when asked for. */
export function openXlsx(bytes: Uint8Array): SheetSource {
  const zip = openZip(bytes);
  const parts = workbookParts((path) => text(zip.read(path)));
  if (!parts.workbook) throw new DomainError('VALIDATION', '文件中没有工作表，可能不是 Excel 文件');
  const ctx: SheetContext = {
    strings: readSharedStrings(text(zip.read(parts.sharedStrings))),
    dates: dateStyles(text(zip.read(parts.styles))),
    date1904: ['1', 'true'].includes(
      attr(nextTag(parts.workbook, 'workbookPr')?.attrs ?? '', 'date1904') ?? '',
    ),
  };
  const pathOf = (index: number): string => {
    const ref = parts.sheets[index];
    if (!ref) throw new DomainError('VALIDATION', '所选工作表不存在');
    return ref.path;
  };
  return {
    sheetNames: parts.sheets.map((r) => r.name),
    ...preparedSheets(
      (index) => readSheetXml(text(zip.read(pathOf(index))), ctx),
      async (index) => readSheetXmlSliced(text(await zip.readAsync(pathOf(index))), ctx),
    ),
  };
}
