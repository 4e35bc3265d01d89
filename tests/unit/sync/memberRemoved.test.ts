import { afterEach, describe, expect, it } from 'vitest';
import { createStaff } from '../../../main/domain/people/staff';
import { createTrip, updateTrip } from '../../../main/domain/trips/trips';
import { closeAll, devices, hashes, sync, type Device } from './devices';

const who = { name: '王科长' };
let all: Device[] = [];
afterEach(() => closeAll(all));

const membersOn = (d: Device): string[] =>
  d.db
    .prepare(`SELECT s.name FROM trip_members m JOIN staff s ON s.id = m.staff_id ORDER BY s.name`)
    .pluck()
    .all() as string[];

/** A membership (who travels on a trip) is a pair: taking someone off must reach every laptop too. */
describe('a member taken off a trip', () => {
  it('is off the trip on the other laptop after the next exchange, and added again travels as well', () => {
    all = devices(2);
    const [a, b] = all as [Device, Device];
    const leader = createStaff(a.db, who, { name: '张局' });
    const li = createStaff(a.db, who, { name: '李四' });
    const wang = createStaff(a.db, who, { name: '王五' });
    const trip = createTrip(a.db, who, {
      title: '长三角招商行',
      leaderId: leader.id,
      startsOn: '2026-05-19',
      endsOn: '2026-05-26',
      memberIds: [li.id, wang.id],
    });
    sync(a, b);
    expect(membersOn(b)).toEqual(['李四', '王五']);

    updateTrip(a.db, who, { id: trip.id, patch: { memberIds: [wang.id] } });
    sync(a, b);
    expect(membersOn(b)).toEqual(['王五']);
    expect(hashes(b)).toEqual(hashes(a));

    updateTrip(a.db, who, { id: trip.id, patch: { memberIds: [li.id, wang.id] } });
    sync(a, b);
    expect(membersOn(b)).toEqual(['李四', '王五']);
    expect(hashes(b)).toEqual(hashes(a));
  });
});
