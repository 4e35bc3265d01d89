import type { Db } from '../../db/open';
import { contacts } from '../contacts';
import type { Contact } from '@contract/contacts/schema';
import { readAttendeeIds, writeAttendees } from '../interactions/attendees';
import type { Actor } from '../shared/actor';

/**
 * After a merge both companies' people sit under one company, and the same person is often
 * there twice (entered once per spelling of the company). Two contacts are one person when their
 * names match and their mobiles match, or one of them has no mobile. The twin that came with the
 * merged company folds into the surviving company's contact: empty fields are filled from it,
 * values that differ are kept in the notes (nothing typed is lost), 重点 stays if either was,
 * meeting records that named it name the survivor, and the twin is deleted. Every write goes
 * through the audit log in the merge's batch, so undoing the merge brings the twin back.
 */

const personName = (name: string): string => name.replace(/\s+/g, '');
const digits = (v: string | null): string => (v ?? '').replace(/\D/g, '').replace(/^86(?=1\d{10}$)/, '');

/** Same person: same name, and the same mobile or no mobile on one side. */
export function isContactTwin(
  a: Pick<Contact, 'name' | 'mobile'>,
  b: Pick<Contact, 'name' | 'mobile'>,
): boolean {
  if (personName(a.name) !== personName(b.name)) return false;
  const [ma, mb] = [digits(a.mobile), digits(b.mobile)];
  return ma === '' || mb === '' || ma === mb;
}

const FILLED = ['title', 'mobile', 'phone', 'wechat', 'email'] as const;
const LABELS: Record<(typeof FILLED)[number], string> = {
  title: '职务',
  mobile: '手机',
  phone: '座机',
  wechat: '微信',
  email: '邮箱',
};

const blank = (v: string | null): boolean => v === null || v.trim() === '';

/** The survivor's values, its gaps filled from the twin; the twin's differing values go to the notes. */
function combined(keep: Contact, twin: Contact): Partial<Contact> {
  const patch: Partial<Contact> = {};
  const aside: string[] = [];
  for (const f of FILLED) {
    if (blank(twin[f])) continue;
    if (blank(keep[f])) patch[f] = twin[f];
    else if (keep[f] !== twin[f]) aside.push(`${LABELS[f]} ${twin[f]}`);
  }
  const notes = [
    keep.notes,
    twin.notes !== keep.notes ? twin.notes : null,
    aside.length ? `合并时另有：${aside.join('；')}` : null,
  ]
    .filter((n): n is string => !blank(n))
    .join('\n');
  if (notes !== (keep.notes ?? '')) patch.notes = notes;
  if (twin.isKey && !keep.isKey) patch.isKey = true;
  return patch;
}

function repointMeetings(db: Db, batch: Actor, fromId: number, toId: number): void {
  const meetings = db
    .prepare(`SELECT interaction_id FROM interaction_contacts WHERE contact_id = ? ORDER BY interaction_id`)
    .pluck()
    .all(fromId) as number[];
  for (const meetingId of meetings) {
    const before = readAttendeeIds(db, meetingId);
    const ids = new Set(before.contactIds.map((c) => (c === fromId ? toId : c)));
    writeAttendees(db, batch, meetingId, before, { ...before, contactIds: [...ids].sort((a, b) => a - b) });
  }
}

/**
 * Which arrived contact folds into which of the company's own, in order. A survivor without a
 * mobile takes the first twin's, so a second twin with another mobile stays a person of its own.
 */
function planFolds(own: Contact[], arrived: Contact[]): { twinId: number; keepId: number }[] {
  const mobiles = new Map(own.map((c) => [c.id, c.mobile]));
  const plan: { twinId: number; keepId: number }[] = [];
  for (const twin of arrived) {
    const candidates = own.filter((c) =>
      isContactTwin({ name: c.name, mobile: mobiles.get(c.id) ?? null }, twin),
    );
    // A matching mobile is surer than a missing one.
    const keep =
      candidates.find(
        (c) => digits(twin.mobile) !== '' && digits(mobiles.get(c.id) ?? null) === digits(twin.mobile),
      ) ?? candidates[0];
    if (!keep) continue;
    if (blank(mobiles.get(keep.id) ?? null)) mobiles.set(keep.id, twin.mobile);
    plan.push({ twinId: twin.id, keepId: keep.id });
  }
  return plan;
}

const contactsOf = (db: Db, companyId: number): Contact[] =>
  (
    db
      .prepare(`SELECT ${contacts.selectList} FROM contacts WHERE company_id = ? ORDER BY id`)
      .all(companyId) as Record<string, unknown>[]
  ).map((r) => contacts.fromDb(r));

/**
 * Folds each contact in `arrivedIds` (now under `companyId`) into its twin among the company's
 * own contacts, when it has one. Returns how many contacts were folded away.
 */
export function foldContactTwins(
  db: Db,
  batch: Actor,
  companyId: number,
  arrivedIds: readonly number[],
): number {
  const arrived = new Set(arrivedIds);
  const all = contactsOf(db, companyId);
  const plan = planFolds(
    all.filter((c) => !arrived.has(c.id)),
    all.filter((c) => arrived.has(c.id)),
  );
  for (const { twinId, keepId } of plan) {
    const keep = contacts.require(db, keepId);
    const twin = contacts.require(db, twinId);
    contacts.update(db, batch, keep.id, combined(keep, twin));
    repointMeetings(db, batch, twin.id, keep.id);
    contacts.remove(db, batch, twin.id);
  }
  return plan.length;
}

/** How many of `dropId`'s contacts a merge into `keepId` would fold into a twin. */
export function countContactTwins(db: Db, keepId: number, dropId: number): number {
  return planFolds(contactsOf(db, keepId), contactsOf(db, dropId)).length;
}
