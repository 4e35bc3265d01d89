import { describe, expect, it } from 'vitest';
import type { ApiResult } from '@contract/bridge';
import type { ApiInput, ApiOutput, ChannelName } from '@contract/channels';
import { dispatch } from '../../../main/api/dispatch';
import { connect } from '../../../main/db/cipher';
import { applyPragmas, type Db } from '../../../main/db/open';
import { code } from '../search/helpers';
import { ctx, freshDb } from '../testDb';

function api(db: Db) {
  return async <K extends ChannelName>(channel: K, input: ApiInput<K>): Promise<ApiOutput<K>> => {
    const result = (await dispatch(ctx(db, { name: '办公室' }), channel, input)) as ApiResult<ApiOutput<K>>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
}

/** Two 小分队 and the companies they might both chase. */
async function office() {
  const db = freshDb();
  const call = api(db);
  const east = await call('teams.create', { name: '长三角招商小分队' });
  const south = await call('teams.create', { name: '珠三角招商小分队' });
  const great = await call('companies.create', { name: '长城汽车（邳州）有限公司' });
  const greatAgain = await call('companies.create', { name: '长城汽车(邳州)有限责任公司' });
  const other = await call('companies.create', { name: '徐工集团工程机械股份有限公司' });
  const project = (name: string, companyId: number, teamId: number | null) =>
    call('projects.create', { name, companyId, teamId });
  return { db, call, east, south, great, greatAgain, other, project };
}

const names = (list: ApiOutput<'projects.collisions'>) =>
  list.collisions.map((c) => c.projects.map((p) => `${p.teamName}:${p.name}`).sort());

describe('撞单: projects of two teams on one firm', () => {
  it('lists a firm two teams work on, and nothing while only one team does', async () => {
    const { call, east, south, great, other, project } = await office();
    await project('整车基地项目', great.id, east.id);
    await project('零部件项目', great.id, east.id);
    await project('工程机械项目', other.id, south.id);
    expect((await call('projects.collisions', {})).total).toBe(0);

    await project('新能源整车项目', great.id, south.id);
    const list = await call('projects.collisions', {});
    expect(list.total).toBe(1);
    expect(list.collisions[0]).toMatchObject({ via: 'company', companyName: '长城汽车（邳州）有限公司' });
    expect(names(list)).toEqual([
      ['珠三角招商小分队:新能源整车项目', '长三角招商小分队:整车基地项目', '长三角招商小分队:零部件项目'],
    ]);
  });

  it('finds the firm under two spellings of its name, unless marked 不是重复 or the codes differ', async () => {
    const { call, east, south, great, greatAgain, project } = await office();
    const a = await project('整车基地项目', great.id, east.id);
    const b = await project('新能源整车项目', greatAgain.id, south.id);
    const list = await call('projects.collisions', {});
    expect(list.collisions.map((c) => c.via)).toEqual(['name']);
    expect(names(list)).toEqual([['珠三角招商小分队:新能源整车项目', '长三角招商小分队:整车基地项目']]);

    await call('companies.update', { id: great.id, patch: { creditCode: code('91320300MA1Y3N2P8') } });
    expect((await call('projects.collisions', {})).total).toBe(1);
    await call('companies.update', { id: greatAgain.id, patch: { creditCode: code('91320382MA1MXXXX1') } });
    expect((await call('projects.collisions', {})).total).toBe(0);

    await call('companies.update', { id: greatAgain.id, patch: { creditCode: null } });
    expect((await call('projects.collisions', { projectId: a.id })).total).toBe(1);
    await call('companyMerge.notTwins', { aId: great.id, bId: greatAgain.id });
    expect((await call('projects.collisions', { projectId: b.id })).total).toBe(0);
  });

  it('leaves out projects 终止 and projects without a team', async () => {
    const { call, east, south, great, project } = await office();
    await project('整车基地项目', great.id, east.id);
    await project('待分配项目', great.id, null);
    const late = await project('新能源整车项目', great.id, south.id);
    expect((await call('projects.collisions', {})).total).toBe(1);
    await call('projects.changeStage', { id: late.id, stage: 'dropped', reason: '企业已与一组对接' });
    expect((await call('projects.collisions', {})).total).toBe(0);
  });

  it("answers for one project with its own collision only: the drawer's warning", async () => {
    const { call, east, south, great, other, project } = await office();
    const a = await project('整车基地项目', great.id, east.id);
    await project('新能源整车项目', great.id, south.id);
    const alone = await project('工程机械项目', other.id, south.id);
    const mine = await call('projects.collisions', { projectId: a.id });
    expect(mine.collisions).toHaveLength(1);
    expect(mine.collisions[0]!.projects.map((p) => p.id)).toContain(a.id);
    expect((await call('projects.collisions', { projectId: alone.id })).collisions).toEqual([]);
  });

  it('gives the list again while nothing is written, and anew after a save here or a commit of the job thread', async () => {
    const { db, call, east, south, great, other, project } = await office();
    await project('整车基地项目', great.id, east.id);
    const moved = await project('工程机械项目', other.id, south.id);
    const first = await call('projects.collisions', {});
    expect(first.total).toBe(0);
    expect(await call('projects.collisions', {})).toEqual(first);

    // Another connection (as the job thread's import or catch-up) moves a project to the other team.
    const job = connect(db.name);
    applyPragmas(job);
    job.prepare('UPDATE projects SET company_id = ? WHERE id = ?').run(great.id, moved.id);
    job.close();
    expect((await call('projects.collisions', {})).total).toBe(1);

    await call('projects.update', { id: moved.id, patch: { teamId: east.id } });
    expect((await call('projects.collisions', {})).total).toBe(0);
  });
});
