import { afterEach, describe, expect, it } from 'vitest';
import { createTeam, deleteTeam } from '../../../main/domain/people/teams';
import { createProject } from '../../../main/domain/projects';
import { createCompany } from '../../../main/domain/companies';
import { closeAll, devices, hashes, settle, sync, type Device } from './devices';

let all: Device[] = [];
afterEach(() => closeAll(all));

const me = { name: '办公室' };
const teamNamed = (d: Device, name: string) =>
  d.db.prepare(`SELECT id, gid FROM teams WHERE name = ?`).get(name) as
    { id: number; gid: string } | undefined;

/**
 * A row whose gid is made from what it means (a team by its name) can be deleted and made again —
 * an import undone and run again, a team removed by mistake and entered anew. It is the same gid,
 * so the latest word decides on every laptop, not the first deletion.
 */
describe('a team deleted and made again', () => {
  it('reaches every laptop again, with the projects pointing at it', () => {
    all = devices(3);
    const [a, b, c] = all as [Device, Device, Device];
    const first = createTeam(a.db, me, { name: '长三角招商小分队' });
    settle(all);
    deleteTeam(a.db, me, first.id);
    settle(all);
    expect(teamNamed(b, '长三角招商小分队')).toBeUndefined();

    // Made again on another laptop, with a project under it.
    const again = createTeam(b.db, me, { name: '长三角招商小分队' });
    const company = createCompany(b.db, me, { name: '长城汽车（邳州）有限公司' });
    createProject(b.db, me, { name: '整车基地项目', companyId: company.id, teamId: again.id });
    settle(all);
    for (const d of all) {
      expect(teamNamed(d, '长三角招商小分队')?.gid, d.name).toBe(`team:长三角招商小分队`);
      const team = d.db
        .prepare(
          `SELECT t.name FROM projects p JOIN teams t ON t.id = p.team_id WHERE p.name = '整车基地项目'`,
        )
        .pluck()
        .get();
      expect(team, d.name).toBe('长三角招商小分队');
    }
    expect(hashes(b)).toEqual(hashes(a));
    expect(hashes(c)).toEqual(hashes(a));
  });

  it('stays deleted when the deletion is the later word, whichever order the laptops hear it in', () => {
    all = devices(2);
    const [a, b] = all as [Device, Device];
    const t = createTeam(a.db, me, { name: '珠三角招商小分队' });
    sync(a, b);
    deleteTeam(a.db, me, t.id);
    const t2 = createTeam(a.db, me, { name: '珠三角招商小分队' });
    deleteTeam(a.db, me, t2.id);
    sync(a, b);
    expect(teamNamed(a, '珠三角招商小分队')).toBeUndefined();
    expect(teamNamed(b, '珠三角招商小分队')).toBeUndefined();
    expect(hashes(b)).toEqual(hashes(a));
  });
});
