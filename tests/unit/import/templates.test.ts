import { describe, expect, it } from 'vitest';
import { IGNORED_HEADERS, IMPORT_TARGETS, TARGET_FIELDS, TARGET_LABELS } from '@contract/importers/fields';
import { openSpreadsheet } from '../../../main/domain/importers/files/open';
import { cellText } from '../../../main/domain/importers/files/grid';
import { inspectSheet } from '../../../main/domain/importers/inspect';
import { GUIDE_SHEET, importTemplate, NUMBER_HEADER } from '../../../main/domain/importers/template';
import { EXAMPLE_MARK, exampleRow } from '../../../main/domain/importers/templateExamples';
import { createCompany } from '../../../main/domain/companies';
import { createProject } from '../../../main/domain/projects';
import { freshDb } from '../testDb';
import { actor, preview, proposedSpec } from './helpers';

// Each 导入模板 fed back to the importer: its header is found and every column maps to its field
// without the person choosing; the 示例 row is skipped, and without its mark imports cleanly.

async function templateOf(target: (typeof IMPORT_TARGETS)[number]) {
  const file = await importTemplate(target);
  const source = openSpreadsheet(file.fileName, new Uint8Array(Buffer.from(file.base64, 'base64')));
  return { file, source, grid: source.sheet(0) };
}

describe.each(IMPORT_TARGETS)('the %s template', (target) => {
  it('is named for its target, with the data sheet first and the guide second', async () => {
    const { file, source } = await templateOf(target);
    expect(file.fileName).toBe(`${TARGET_LABELS[target]}导入模板.xlsx`);
    expect(source.sheetNames).toEqual([TARGET_LABELS[target], GUIDE_SHEET]);
  });

  it('maps every column to its own field, sure of each, amounts in 万元', async () => {
    const { grid } = await templateOf(target);
    const inspected = inspectSheet(grid, ['t'], { sheet: 0, target });
    expect(inspected.headerRow).toBe(0);
    const fields = TARGET_FIELDS[target];
    expect(inspected.headers).toHaveLength(fields.length + 1);
    expect(IGNORED_HEADERS).toContain(inspected.headers[0]);
    expect(inspected.suggestions[0]?.field).toBeNull();
    const mapped = inspected.suggestions.slice(1);
    expect(mapped.map((s) => s.field)).toEqual(fields.map((f) => f.key));
    expect(mapped.every((s) => s.confidence === 2)).toBe(true);
    for (const [i, f] of fields.entries()) {
      if (f.kind === 'amount') {
        expect(inspected.headers[i + 1]).toBe(`${f.label}（万元）`);
        expect(mapped[i]?.unit).toBe('wan');
      }
    }
  });

  it('skips its 示例 row, which imports cleanly once the mark is taken off', async () => {
    const db = freshDb();
    // A meeting or an issue names its project: the office fills the projects template first.
    if ('projectName' in exampleRow(target)) {
      const project = exampleRow('projects');
      const company = createCompany(db, actor, { name: String(project.companyName) });
      createProject(db, actor, { name: String(project.name), companyId: company.id });
    }
    const { grid } = await templateOf(target);
    expect(cellText(grid.rows[1]?.[0])).toBe(EXAMPLE_MARK);
    const spec = proposedSpec(grid, target);
    const asGiven = await preview(db, { grid, spec });
    expect(asGiven.total).toBe(1);
    expect(asGiven.counts).toMatchObject({ create: 0, update: 0, error: 0 });
    expect(asGiven.skippedRows).toEqual([{ reason: 'example', label: '填写示例', rows: [2] }]);

    const filled = { ...grid, rows: [grid.rows[0] ?? [], ['1', ...(grid.rows[1] ?? []).slice(1)]] };
    const asRecord = await preview(db, { grid: filled, spec });
    expect(asRecord.rows[0]?.problems.filter((p) => p.level !== 'info')).toEqual([]);
    expect(asRecord.counts).toMatchObject({ create: 1, error: 0, warning: 0 });
  });

  it('explains every column on its guide sheet: required ones, unit, allowed values', async () => {
    const { source } = await templateOf(target);
    const [head, ...lines] = source.sheet(1).rows.map((r) => r.map((c) => cellText(c)));
    expect(head).toEqual(['列名', '是否必填', '填写要求', '也可写作']);
    const fields = TARGET_FIELDS[target];
    expect(lines.map((l) => l[0])).toEqual([
      ...fields.map((f) => (f.kind === 'amount' ? `${f.label}（万元）` : f.label)),
      NUMBER_HEADER,
    ]);
    for (const [i, f] of fields.entries()) {
      expect(lines[i]?.[1] ?? '').toBe(f.required ? '必填' : '');
      if (f.kind === 'amount') expect(lines[i]?.[2]).toContain('万元');
      if (f.kind === 'stage') expect(lines[i]?.[2]).toContain('线索、接洽、考察、洽谈、签约');
    }
  });
});
