import type { Db } from '../../db/open';
import type { Actor } from '../shared/actor';
import { invalid } from '@contract/shared/errors';
import { writeAudit } from '../store/audit';
import type { Attendee } from '@contract/interactions/schema';

export interface AttendeeIds {
  staffIds: number[];
  contactIds: number[];
}

const marks = (ids: readonly number[]): string => ids.map(() => '?').join(', ');

export function readAttendeeIds(db: Db, interactionId: number): AttendeeIds {
  const ids = (sql: string): number[] => db.prepare(sql).pluck().all(interactionId) as number[];
  return {
    staffIds: ids(`SELECT staff_id FROM interaction_staff WHERE interaction_id = ? ORDER BY staff_id`),
    contactIds: ids(
      `SELECT contact_id FROM interaction_contacts WHERE interaction_id = ? ORDER BY contact_id`,
    ),
  };
}

export function readAttendees(db: Db, interactionId: number): { staff: Attendee[]; contacts: Attendee[] } {
  return {
    staff: db
      .prepare(
        `SELECT s.id, s.name, s.title FROM interaction_staff x JOIN staff s ON s.id = x.staff_id
         WHERE x.interaction_id = ? ORDER BY s.name`,
      )
      .all(interactionId) as Attendee[],
    contacts: db
      .prepare(
        `SELECT k.id, k.name, k.title FROM interaction_contacts x JOIN contacts k ON k.id = x.contact_id
         WHERE x.interaction_id = ? ORDER BY k.is_key DESC, k.name`,
      )
      .all(interactionId) as Attendee[],
  };
}

/** Their side must be people of the company the meeting is filed under, or the record lies. */
export function checkAttendees(db: Db, companyId: number | null, ids: AttendeeIds): void {
  if (ids.staffIds.length) {
    const found = db
      .prepare(`SELECT count(*) FROM staff WHERE id IN (${marks(ids.staffIds)})`)
      .pluck()
      .get(...ids.staffIds) as number;
    if (found !== ids.staffIds.length) throw invalid('staffIds', '所选我方人员中有人不存在或已被删除');
  }
  if (!ids.contactIds.length) return;
  if (companyId === null) throw invalid('contactIds', '未关联企业的记录不能选择对方联系人，请先选择企业');
  const rows = db
    .prepare(`SELECT id, name, company_id AS companyId FROM contacts WHERE id IN (${marks(ids.contactIds)})`)
    .all(...ids.contactIds) as { id: number; name: string; companyId: number }[];
  if (rows.length !== ids.contactIds.length)
    throw invalid('contactIds', '所选对方人员中有人不存在或已被删除');
  const stranger = rows.find((r) => r.companyId !== companyId);
  if (stranger) throw invalid('contactIds', `“${stranger.name}”不是该企业的联系人`);
}

const same = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Replaces both attendee lists. The join tables have no audit of their own, so a change is
 * logged on the interaction as before/after id lists.
 */
export function writeAttendees(
  db: Db,
  actor: Actor,
  interactionId: number,
  before: AttendeeIds,
  after: AttendeeIds,
): void {
  const staffChanged = !same(before.staffIds, after.staffIds);
  const contactsChanged = !same(before.contactIds, after.contactIds);
  if (!staffChanged && !contactsChanged) return;
  if (staffChanged) {
    db.prepare(`DELETE FROM interaction_staff WHERE interaction_id = ?`).run(interactionId);
    const add = db.prepare(`INSERT INTO interaction_staff (interaction_id, staff_id) VALUES (?, ?)`);
    for (const staffId of after.staffIds) add.run(interactionId, staffId);
  }
  if (contactsChanged) {
    db.prepare(`DELETE FROM interaction_contacts WHERE interaction_id = ?`).run(interactionId);
    const add = db.prepare(`INSERT INTO interaction_contacts (interaction_id, contact_id) VALUES (?, ?)`);
    for (const contactId of after.contactIds) add.run(interactionId, contactId);
  }
  const pick = (ids: AttendeeIds): Partial<AttendeeIds> => ({
    ...(staffChanged ? { staffIds: ids.staffIds } : {}),
    ...(contactsChanged ? { contactIds: ids.contactIds } : {}),
  });
  writeAudit(db, actor, 'interaction', interactionId, 'update', pick(before), pick(after));
}
