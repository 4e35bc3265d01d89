import { DomainError } from '../../shared/errors';
import type { SheetSource } from './grid';
import { preparedSheets } from './preparedSheets';
import { readSharedStrings } from './sharedStrings';
import { readSheetXml, readSheetXmlSliced, type SheetContext } from './sheetXml';
import { dateStyles } from './xlsxStyles';
import { attr, nextTag, tagAttrs } from './xml';
import { unzipChecked, unzipCheckedAsync } from './zip';

/**
 * A reader for .xlsx that takes cell values as stored: shared and inline strings, numbers,
 * booleans, and for formulas only the result Excel saved last time (nothing is evaluated).
 * Numbers in a date format become 'YYYY-MM-DD' text, which is what the person sees. Written for
 * speed: 100 000 rows are read in well under a second, where a general library takes several.
 */
const utf8 = new TextDecoder('utf-8');
const text = (b: Uint8Array | undefined): string => (b ? utf8.decode(b) : '');

interface SheetRef {
  name: string;
  path: string;
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.') out.push(p);
  }
  return out.join('/');
}

function sheetRefs(workbook: string, rels: string): SheetRef[] {
  const targets = new Map<string, string>();
  for (const a of tagAttrs(rels, 'Relationship')) {
    if ((attr(a, 'Type') ?? '').endsWith('/worksheet'))
      targets.set(attr(a, 'Id') ?? '', attr(a, 'Target') ?? '');
  }
  const out: SheetRef[] = [];
  for (const a of tagAttrs(workbook, 'sheet')) {
    const target = targets.get(attr(a, 'r:id') ?? '');
    // Chart sheets and dialog sheets have no worksheet relationship: nothing to import there.
    if (target && attr(a, 'state') !== 'veryHidden')
      out.push({ name: attr(a, 'name') ?? '', path: resolveTarget(target) });
  }
  return out;
}

/** Opens the workbook's directory; each sheet is decompressed and read only when asked for. */
export function openXlsx(bytes: Uint8Array): SheetSource {
  const head = unzipChecked(bytes, (n) =>
    ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml'].includes(n),
  );
  const workbook = text(head['xl/workbook.xml']);
  if (!workbook) throw new DomainError('VALIDATION', '文件中没有工作表，可能不是 Excel 文件');
  const refs = sheetRefs(workbook, text(head['xl/_rels/workbook.xml.rels']));
  const ctx: SheetContext = {
    strings: readSharedStrings(text(head['xl/sharedStrings.xml'])),
    dates: dateStyles(text(head['xl/styles.xml'])),
    date1904: ['1', 'true'].includes(attr(nextTag(workbook, 'workbookPr')?.attrs ?? '', 'date1904') ?? ''),
  };
  const pathOf = (index: number): string => {
    const ref = refs[index];
    if (!ref) throw new DomainError('VALIDATION', '所选工作表不存在');
    return ref.path;
  };
  return {
    sheetNames: refs.map((r) => r.name),
    ...preparedSheets(
      (index) => {
        const path = pathOf(index);
        return readSheetXml(text(unzipChecked(bytes, (n) => n === path)[path]), ctx);
      },
      async (index) => {
        const path = pathOf(index);
        const files = await unzipCheckedAsync(bytes, (n) => n === path);
        return readSheetXmlSliced(text(files[path]), ctx);
      },
    ),
  };
}
