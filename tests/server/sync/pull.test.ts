import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../../main/domain/projects';
import { createTeam } from '../../../main/domain/people/teams';
import type { SyncChange } from '../../../main/sync/change';
import { formatHlc } from '../../../main/sync/hlc';
import { runServerRound } from '../../../main/sync/serverRound';
import type { Auth } from '../../../server/seams';
import { SCHEMA_VERSION } from '../../../server/sync/engine';
import { closeAll, devices, type Device } from '../../unit/sync/devices';
import { allowAll, callerFor, inProcess, memoryCursor, startOffice, type Office } from './office';

const company = (ms: number, i: number, device: string): SyncChange => ({
  hlc: formatHlc(ms, 0),
  device,
  tbl: 'companies',
  gid: `${String(ms)}${'0'.repeat(20)}${String(i).padStart(4, '0')}`,
  op: 'put',
  fields: {
    name: `华东企业${ms}-${i}`,
    name_key: `huadong${ms}${i}`,
    is_chain_leader: 0,
    created_at: '2026-11-01',
    updated_at: '2026-11-01',
  },
  actor: '钱科长',
});

describe('pulling from the office server', () => {
  let office: Office;
  let all: Device[];
  beforeAll(async () => {
    // Reading as the accounts rules decide: here, no account reads 招商二分队's projects.
    const hideTeamTwo: Auth = {
      ...allowAll,
      mayRead: async (_, change, teamOf) => (await teamOf(change.tbl, change.gid)) !== 'team:招商二分队',
    };
    office = await startOffice(hideTeamTwo);
    all = devices(2);
  });
  afterAll(async () => {
    closeAll(all);
    await office.close();
  });

  it('never cuts a page between changes of one clock and device, and takes a larger transaction whole', async () => {
    const device = 'c000000000000000';
    const changes = [1, 2, 3].flatMap((ms) =>
      [0, 1, 2].map((i) => company(1_764_000_000_000 + ms, i, device)),
    );
    await office.engine.push(callerFor(device), { schemaVersion: SCHEMA_VERSION, seen: {}, changes });
    const reader = callerFor(all[0]!.id);
    const pages: string[][] = [];
    let cursor = '0';
    for (const limit of [4, 2, 5]) {
      const page = await office.engine.pull(reader, {
        schemaVersion: SCHEMA_VERSION,
        cursor,
        limit,
      });
      pages.push(page.changes.map((c) => c.hlc));
      cursor = page.next;
      if (!page.more) break;
    }
    // 4 would cut the second transaction: 3; 2 is less than one transaction: all 3 of it; then the rest.
    expect(pages.map((p) => p.length)).toEqual([3, 3, 3]);
    for (const p of pages) expect(new Set(p).size).toBe(1);
  });

  it('gives a laptop only what its account may read, and never its own changes back', async () => {
    const [office1, member] = all as [Device, Device];
    const who = { name: '钱科长' };
    const one = createTeam(office1.db, who, { name: '招商一分队' });
    const two = createTeam(office1.db, who, { name: '招商二分队' });
    createProject(office1.db, who, { name: '一分队项目', teamId: one.id });
    createProject(office1.db, who, { name: '二分队项目', teamId: two.id });
    const pushed = await runServerRound(
      office1.db,
      inProcess(() => office.engine, callerFor(office1.id)),
      memoryCursor(),
    );
    expect(pushed.pulled).toBe(9); // the companies of the first test, not its own changes
    await runServerRound(
      member.db,
      inProcess(() => office.engine, callerFor(member.id)),
      memoryCursor(),
    );
    const names = member.db.prepare(`SELECT name FROM projects ORDER BY name`).pluck().all();
    expect(names).toEqual(['一分队项目']);
  });
});
