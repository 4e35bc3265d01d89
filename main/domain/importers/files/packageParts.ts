import { attr, tagAttrs } from './xml';

// Where a workbook's parts are. An xlsx is an Open Packaging Conventions package: the parts are
// found through relationships (_rels/.rels names the workbook, the workbook's own .rels its
// sheets, shared strings and styles), not by fixed names. Excel writes xl/workbook.xml and
// xl/worksheets/sheet1.xml, but other writers choose other names and absolute targets.

/** A worksheet of the workbook, by the name on its tab and the path of its part in the zip. */
export interface SheetRef {
  name: string;
  path: string;
}

export interface WorkbookParts {
  /** The workbook part's XML ('' when there is none). */
  workbook: string;
  sheets: SheetRef[];
  sharedStrings: string;
  styles: string;
}

interface Relationship {
  id: string;
  /** The last segment of the type: 'officeDocument', 'worksheet', 'sharedStrings' … */
  type: string;
  path: string;
}

/** The relationships part of a part: xl/workbook.xml -> xl/_rels/workbook.xml.rels; the package -> _rels/.rels. */
function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A target resolved against the part that names it: relative to its folder, or from the package root when absolute. */
function resolveTarget(source: string, target: string): string {
  let plain = target.replace(/\\/g, '/');
  try {
    plain = decodeURIComponent(plain);
  } catch {
    // A stray '%' is taken as written.
  }
  const base = plain.startsWith('/') ? '' : source.slice(0, source.lastIndexOf('/') + 1);
  const out: string[] = [];
  for (const p of `${base}${plain}`.split('/')) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function relationships(xml: string, source: string): Relationship[] {
  const out: Relationship[] = [];
  for (const a of tagAttrs(xml, 'Relationship')) {
    const target = attr(a, 'Target');
    if (!target || attr(a, 'TargetMode') === 'External') continue;
    const type = attr(a, 'Type') ?? '';
    out.push({
      id: attr(a, 'Id') ?? '',
      type: type.slice(type.lastIndexOf('/') + 1),
      path: resolveTarget(source, target),
    });
  }
  return out;
}

/** A sheet's relationship id, whatever prefix the workbook gives the relationships namespace (r:id, rel:id …). */
const relId = (attrs: string): string => attr(attrs, '[^\\s=:]+:id') ?? '';

/**
 * The workbook's parts by their relationships. `read` gives a part's text, '' when the zip lacks
 * it. A package without relationships for the workbook, shared strings or styles is read at the
 * names Excel uses, as it was before the relationships were followed.
 */
export function workbookParts(read: (path: string) => string): WorkbookParts {
  const root = relationships(read('_rels/.rels'), '');
  const workbookPath = root.find((r) => r.type === 'officeDocument')?.path ?? 'xl/workbook.xml';
  const workbook = read(workbookPath);
  const rels = relationships(read(relsPathOf(workbookPath)), workbookPath);
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const pathOf = (type: string): string => rels.find((r) => r.type === type)?.path ?? `${folder}${type}.xml`;
  const worksheets = new Map(rels.filter((r) => r.type === 'worksheet').map((r) => [r.id, r.path]));
  const sheets: SheetRef[] = [];
  for (const a of tagAttrs(workbook, 'sheet')) {
    const path = worksheets.get(relId(a));
    // Chart sheets and dialog sheets have no worksheet relationship: nothing to import there.
    if (path && attr(a, 'state') !== 'veryHidden') sheets.push({ name: attr(a, 'name') ?? '', path });
  }
  return { workbook, sheets, sharedStrings: pathOf('sharedStrings'), styles: pathOf('styles') };
}
