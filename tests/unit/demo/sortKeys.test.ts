import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../main/domain/demo';
import { companyTwinKey } from '../../../main/domain/shared/companyTwinKey';
import { sortKey } from '../../../main/domain/shared/sortKey';
import { freshDb } from '../testDb';

// The demo writes each name's sort key (and each company's 疑似重复 key) with the row, instead of
// leaving them to the fill that every other writer relies on: the grids must sort its records,
// and the 疑似重复 list group them, exactly as if the fill had worked them out.
describe('demo data sort keys', () => {
  it('are the keys the fill would give, on every record and on the projects that copy them', () => {
    const db = freshDb();
    generateDemo(db, 'S');
    const people = new Set(['contacts', 'staff']);
    for (const table of ['companies', 'contacts', 'projects', 'staff', 'teams']) {
      const rows = db.prepare(`SELECT name, name_sort FROM ${table}`).all() as {
        name: string;
        name_sort: string | null;
      }[];
      expect(rows.length).toBeGreaterThan(0);
      const wrong = rows.filter((r) => r.name_sort !== sortKey(r.name, people.has(table)));
      expect(wrong, table).toEqual([]);
    }
    const twins = db.prepare(`SELECT name_key, twin_key FROM companies`).all() as {
      name_key: string;
      twin_key: string | null;
    }[];
    expect(twins.filter((r) => r.twin_key !== companyTwinKey(r.name_key))).toEqual([]);
    const copies = db
      .prepare(
        `SELECT count(*) FROM projects p
           LEFT JOIN companies c ON c.id = p.company_id LEFT JOIN staff s ON s.id = p.owner_id
           LEFT JOIN teams t ON t.id = p.team_id
         WHERE p.company_key IS NOT c.name_sort OR p.owner_key IS NOT s.name_sort OR p.team_key IS NOT t.name_sort`,
      )
      .pluck()
      .get();
    expect(copies).toBe(0);
  });
});
