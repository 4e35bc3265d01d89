import { afterEach, describe, expect, it } from 'vitest';
import { createStaff } from '../../../main/domain/people/staff';
import { createTrip, updateTrip } from '../../../main/domain/trips/trips';
import { createProject, updateProject } from '../../../main/domain/projects';
import { changesUnseenBy, seenVector } from '../../../main/sync/changeLog';
import { listWithdrawn } from '../../../main/sync/server/withdrawnList';
import { ledgerHashes } from '../../../main/sync/tableHash';
import { WITHDRAWN_BY, withdrawRefused } from '../../../main/sync/withdrawRefused';
import { historyOf } from '../../../main/domain/store/audit';
import { closeAll, devices, sync, type Device } from './devices';

const who = { name: '王科长' };
const reason = '该记录属于其他小分队，小分队成员只能修改本小分队的记录。';

describe('withdrawing a refused membership', () => {
  let all: Device[] = [];
  afterEach(() => closeAll(all));

  it('takes the member off the trip again and lists it on the trip', () => {
    all = devices(2);
    const [office, laptop] = all as [Device, Device];
    const leader = createStaff(office.db, who, { name: '张局' });
    createStaff(office.db, who, { name: '李四' });
    createTrip(office.db, who, {
      title: '长三角招商行',
      leaderId: leader.id,
      startsOn: '2026-05-19',
      endsOn: '2026-05-26',
    });
    sync(office, laptop);
    const tripId = laptop.db.prepare(`SELECT id FROM trips`).pluck().get() as number;
    const li = laptop.db.prepare(`SELECT id FROM staff WHERE name = '李四'`).pluck().get() as number;
    updateTrip(laptop.db, { name: '赵一' }, { id: tripId, patch: { memberIds: [li] } });
    const added = changesUnseenBy(laptop.db, seenVector(office.db)).filter((c) => c.tbl === 'trip_members');
    expect(added).toHaveLength(1);

    expect(withdrawRefused(laptop.db, [{ change: added[0]!, reason }], seenVector(office.db))).toBe(1);
    expect(laptop.db.prepare(`SELECT count(*) FROM trip_members`).pluck().get()).toBe(0);
    expect(ledgerHashes(laptop.db)).toEqual(ledgerHashes(office.db));
    expect(listWithdrawn(laptop.db)).toMatchObject([
      { kind: 'created', recordLabel: '外出招商行程', recordName: '长三角招商行', recordId: tripId, reason },
    ]);
    // The trip's history ends with the members as the office has them, not with the refused edit.
    expect(historyOf(laptop.db, 'trip', tripId)[0]).toMatchObject({
      actor: WITHDRAWN_BY,
      before: { memberIds: [li] },
      after: { memberIds: [] },
    });
    // Never sent again: the office has everything this laptop still holds.
    expect(changesUnseenBy(laptop.db, seenVector(office.db))).toEqual([]);
  });

  it('a refused creation takes the later edits of its row with it, sent on a later page or not', () => {
    all = devices(2);
    const [office, laptop] = all as [Device, Device];
    const p = createProject(laptop.db, { name: '赵一' }, { name: '替珠三角新建的项目' });
    updateProject(laptop.db, { name: '赵一' }, { id: p.id, patch: { notes: '下周再去' } });
    const gid = laptop.db.prepare(`SELECT gid FROM projects WHERE id = ?`).pluck().get(p.id) as string;
    const [creation] = changesUnseenBy(laptop.db, {}).filter((c) => c.gid === gid);

    expect(withdrawRefused(laptop.db, [{ change: creation!, reason }], {})).toBe(1);
    expect(laptop.db.prepare(`SELECT count(*) FROM projects`).pluck().get()).toBe(0);
    expect(laptop.db.prepare(`SELECT count(*) FROM sync_changes WHERE gid = ?`).pluck().get(gid)).toBe(0);
    expect(ledgerHashes(laptop.db)).toEqual(ledgerHashes(office.db));
    expect(listWithdrawn(laptop.db).map((w) => [w.kind, w.recordName])).toEqual([
      ['created', '替珠三角新建的项目'],
    ]);
  });
});
