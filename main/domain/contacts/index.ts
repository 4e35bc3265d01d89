import type { Db } from '../../db/open';
import { companies } from '../companies';
import type { Actor } from '../shared/actor';
import { invalid, notFound } from '@contract/shared/errors';
import type { Page } from '@contract/shared/listQuery';
import { parseOrThrow } from '../shared/validate';
import { writeAudit } from '../store/audit';
import { runList, type ListSpec } from '../store/list';
import { defineTable } from '../store/table';
import {
  contactCreate,
  contactListQuery,
  contactUpdate,
  type Contact,
  type ContactRow,
} from '@contract/contacts/schema';

export const contacts = defineTable<Contact>({
  table: 'contacts',
  entity: 'contact',
  label: '联系人',
  columns: {
    id: 'id',
    companyId: 'company_id',
    name: 'name',
    title: 'title',
    mobile: 'mobile',
    phone: 'phone',
    wechat: 'wechat',
    email: 'email',
    isKey: 'is_key',
    notes: 'notes',
    createdAt: 'created_at',
    updatedAt: 'updated_at',
  },
  booleans: ['isKey'],
});

function assertCompany(db: Db, companyId: number): void {
  if (!companies.get(db, companyId)) throw invalid('companyId', '所选企业不存在或已被删除');
}

export function createContact(db: Db, actor: Actor, input: unknown): ContactRow {
  const data = parseOrThrow(contactCreate, input);
  return db
    .transaction(() => {
      assertCompany(db, data.companyId);
      return getContact(db, contacts.insert(db, actor, data).id);
    })
    .immediate();
}

export function updateContact(db: Db, actor: Actor, input: unknown): ContactRow {
  const { id, patch } = parseOrThrow(contactUpdate, input);
  return db
    .transaction(() => {
      const before = contacts.require(db, id);
      if (patch.companyId !== undefined && patch.companyId !== before.companyId) {
        assertCompany(db, patch.companyId);
        // Meeting records name a company's own people; moving someone would leave those records
        // pointing at a person of another company.
        const { n } = db
          .prepare(`SELECT count(*) AS n FROM interaction_contacts WHERE contact_id = ?`)
          .get(id) as { n: number };
        if (n > 0) {
          throw invalid(
            'companyId',
            `该联系人已出现在原企业的 ${n} 条洽谈记录中，不能改到其他企业；请新建联系人`,
          );
        }
      }
      contacts.update(db, actor, id, patch);
      return getContact(db, id);
    })
    .immediate();
}

/** Removing a person also removes them from meeting attendee lists: each affected record is audited. */
export function deleteContact(db: Db, actor: Actor, id: number): void {
  db.transaction(() => {
    contacts.require(db, id);
    const meetings = db
      .prepare(`SELECT interaction_id AS id FROM interaction_contacts WHERE contact_id = ?`)
      .pluck()
      .all(id) as number[];
    const listOf = db
      .prepare(`SELECT contact_id FROM interaction_contacts WHERE interaction_id = ? ORDER BY contact_id`)
      .pluck();
    for (const interactionId of meetings) {
      const before = listOf.all(interactionId) as number[];
      const after = before.filter((c) => c !== id);
      writeAudit(
        db,
        actor,
        'interaction',
        interactionId,
        'update',
        { contactIds: before },
        { contactIds: after },
      );
    }
    contacts.remove(db, actor, id);
  }).immediate();
}

const SELECT = `k.id, k.company_id AS companyId, k.name, k.title, k.mobile, k.phone, k.wechat, k.email,
  k.is_key AS isKey, k.notes, k.created_at AS createdAt, k.updated_at AS updatedAt, c.name AS companyName`;

const toRow = (r: Record<string, unknown>): ContactRow => ({ ...r, isKey: r.isKey === 1 }) as ContactRow;

export function getContact(db: Db, id: number): ContactRow {
  const raw = db
    .prepare(`SELECT ${SELECT} FROM contacts k JOIN companies c ON c.id = k.company_id WHERE k.id = ?`)
    .get(id) as Record<string, unknown> | undefined;
  if (!raw) throw notFound('联系人', id);
  return toRow(raw);
}

const listSpec: ListSpec = {
  from: 'contacts k JOIN companies c ON c.id = k.company_id',
  select: SELECT,
  key: 'k.id',
  columns: {
    id: { sql: 'k.id', type: 'number' },
    companyId: { sql: 'k.company_id', type: 'number' },
    companyName: {
      sql: 'c.name',
      sortSql: 'c.name_sort',
      type: 'text',
      names: { kind: 'company', id: 'k.company_id', name: 'c.name' },
    },
    name: {
      sql: 'k.name',
      sortSql: 'k.name_sort',
      type: 'text',
      names: { kind: 'contact', id: 'k.id', name: 'k.name' },
    },
    title: { sql: 'k.title', type: 'text' },
    mobile: { sql: 'k.mobile', type: 'text' },
    phone: { sql: 'k.phone', type: 'text' },
    wechat: { sql: 'k.wechat', type: 'text' },
    email: { sql: 'k.email', type: 'text' },
    isKey: { sql: 'k.is_key', type: 'bool' },
    createdAt: { sql: 'k.created_at', type: 'date' },
    updatedAt: { sql: 'k.updated_at', type: 'date' },
  },
  search: ['k.wechat', 'k.title'],
  // Name (Chinese, pinyin, initials) and phone numbers (any spacing) as Ctrl+K finds them.
  searchNames: [
    { kind: 'contact', id: 'k.id', name: 'k.name' },
    { kind: 'company', id: 'k.company_id', name: 'c.name' },
  ],
  defaultSort: 'c.name ASC, k.is_key DESC, k.name ASC',
};

export function listContacts(db: Db, input: unknown): Page<ContactRow> {
  const { companyId, ...query } = parseOrThrow(contactListQuery, input);
  const scope = companyId === undefined ? undefined : { where: 'k.company_id = ?', params: [companyId] };
  return runList(db, listSpec, query, scope, toRow);
}
