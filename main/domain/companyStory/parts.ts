import type { Db } from '../../db/open';
import { listContacts } from '../contacts';
import { listInteractions } from '../interactions';
import { listServiceIssues } from '../serviceIssues';

/**
 * The parts of one company both its page (companies.story) and its printed 客商简报 show,
 * each read through the list its own grid uses, so a total here is that list's total.
 */

/** Key contacts first, then in the order they were entered. */
export const contactsOfCompany = (db: Db, companyId: number, limit: number) =>
  listContacts(db, {
    companyId,
    limit,
    sort: [
      { col: 'isKey', dir: 'desc' },
      { col: 'id', dir: 'asc' },
    ],
  });

/** Newest first. */
export const latestInteractionsOfCompany = (db: Db, companyId: number, limit: number) =>
  listInteractions(db, {
    companyId,
    limit,
    sort: [
      { col: 'occurredOn', dir: 'desc' },
      { col: 'id', dir: 'desc' },
    ],
  });

/** 诉求 not yet closed (待办, 办理中), due first. */
export const openIssuesOfCompany = (db: Db, companyId: number, limit: number) =>
  listServiceIssues(db, {
    limit,
    filters: {
      companyId: { type: 'number', op: 'equals', value: companyId },
      status: { type: 'set', values: ['open', 'in_progress'] },
    },
  });
