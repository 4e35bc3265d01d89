import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../main/db/open';
import { createCompany } from '../../../main/domain/companies';
import { createStaff, createTeam } from '../../../main/domain/people';
import { createProject, listProjects } from '../../../main/domain/projects';
import { listCompanies } from '../../../main/domain/companies';
import { freshDb } from '../testDb';
import { clerk, containsPattern, containsQuery, rng } from './helpers';

// A "contains" filter answered from the search index returns exactly the rows LIKE '%x%' does.
const ALPHABET = [...'宁德时代电池新能源科技江阴海康威视（）() ABab12-_%'];

describe('contains filters on names equal LIKE on random data', () => {
  let db: Db;
  let names: string[];
  const rand = rng(42);
  const pick = (): string => ALPHABET[Math.floor(rand() * ALPHABET.length)] as string;
  const word = (n: number): string => Array.from({ length: n }, pick).join('');
  beforeAll(() => {
    db = freshDb();
    const team = createTeam(db, clerk, { name: '招商一分队' });
    const owner = createStaff(db, clerk, { name: '张伟', teamId: team.id });
    names = [];
    for (let i = 0; i < 150; i++) {
      const name = `${word(2 + Math.floor(rand() * 8))}${i}`;
      names.push(name);
      const co = createCompany(db, clerk, { name });
      createProject(db, clerk, {
        name: `${word(1 + Math.floor(rand() * 6))}项目${i}`,
        companyId: co.id,
        ownerId: i % 2 ? owner.id : null,
      });
    }
  });

  const like = (sql: string, v: string): number[] =>
    db
      .prepare(
        `SELECT ${sql.startsWith('projects p') ? 'p.id' : 'id'} FROM ${sql} LIKE ? ESCAPE '\\' ORDER BY 1`,
      )
      .pluck()
      .all(containsPattern(v)) as number[];
  const filter = containsQuery;

  it('on 企业名称, 项目名称 and 投资方, for 1 to 4 characters taken from the data and at random', () => {
    const values = new Set<string>(['宁德', '电池', '宁', '(', '（', '%', '_', 'ab', 'AB', '项目', ' ']);
    for (let i = 0; i < 60; i++) {
      const n = names[Math.floor(rand() * names.length)] as string;
      const len = 1 + Math.floor(rand() * 4);
      const at = Math.floor(rand() * Math.max(1, n.length - len));
      values.add(n.slice(at, at + len));
      values.add(word(len));
    }
    let nonEmpty = 0;
    for (const v of values) {
      const companies = listCompanies(db, filter('name', v));
      expect(
        companies.rows.map((r) => r.id),
        `企业名称 contains “${v}”`,
      ).toEqual(like('companies WHERE name', v));
      expect(companies.total).toBe(companies.rows.length);
      const projects = listProjects(db, filter('name', v));
      expect(
        projects.rows.map((r) => r.id),
        `项目名称 contains “${v}”`,
      ).toEqual(like('projects WHERE name', v));
      const byCompany = listProjects(db, filter('companyName', v));
      expect(
        byCompany.rows.map((r) => r.id),
        `投资方 contains “${v}”`,
      ).toEqual(like('projects p JOIN companies c ON c.id = p.company_id WHERE c.name', v));
      if (companies.total > 0) nonEmpty++;
    }
    // The values are not all misses: the comparison means something.
    expect(nonEmpty).toBeGreaterThan(20);
  });

  it('on 负责人 and 小分队, read from their small tables', () => {
    const ids = (col: string, v: string) => listProjects(db, filter(col, v)).rows.map((r) => r.id);
    expect(ids('ownerName', '伟')).toEqual(
      like('projects p JOIN staff s ON s.id = p.owner_id WHERE s.name', '伟'),
    );
    expect(ids('ownerName', '伟')).toHaveLength(75);
    expect(ids('teamName', '一分')).toEqual(
      like('projects p JOIN teams t ON t.id = p.team_id WHERE t.name', '一分'),
    );
  });
});
