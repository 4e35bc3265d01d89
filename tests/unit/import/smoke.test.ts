import { describe, expect, it } from 'vitest';
import { openSpreadsheet } from '../../../main/domain/importers/files/open';
import { inspectSheet } from '../../../main/domain/importers/inspect';
import { previewImport } from '../../../main/domain/importers/preview';
import { runImport } from '../../../main/domain/importers/run';
import { importSpec } from '../../../main/domain/importers/schema';
import { freshDb } from '../testDb';
import { projectLedger } from '../../fixtures/ledgers';

describe('smoke', () => {
  it('runs', async () => {
    const bytes = await projectLedger();
    const src = openSpreadsheet('台账.xlsx', new Uint8Array(bytes));
    const grid = src.sheet(0);
    const ins = inspectSheet(grid, src.sheetNames, { sheet: 0, target: 'projects' });
    console.log(JSON.stringify({ ...ins, topRows: ins.topRows.slice(0, 5), fields: undefined }, null, 1));
    const db = freshDb();
    const spec = importSpec.parse({ fileId: '00000000-0000-0000-0000-000000000000', sheet: 0, target: 'projects', headerRow: ins.headerRow, mapping: ins.suggestions.map(({ confidence: _c, ...m }) => m) });
    const pv = previewImport(db, grid, spec, '测试', 2024);
    console.log(JSON.stringify(pv, null, 1));
    const r = await runImport({ dbPath: db.name, grid, spec: { ...spec, onError: 'skip' }, actor: { name: '测试' }, fileName: '台账.xlsx', defaultYear: 2024 });
    console.log(JSON.stringify(r));
    console.log(db.prepare('SELECT name, company_id, stage, stage_since, planned_amount, contract_amount, signed_on, notes, owner_id, team_id FROM projects').all());
    console.log(db.prepare('SELECT * FROM contacts').all());
    console.log(db.prepare('SELECT * FROM audit_batch_rows').all());
    expect(1).toBe(1);
  });
});
