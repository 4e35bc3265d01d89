import type { Db } from '../../db/open';
import { getCompany } from '../companies';
import { listContacts } from '../contacts';
import { listInteractions } from '../interactions';
import { listProjects } from '../projects';
import { listServiceIssues } from '../serviceIssues';
import { regionPath } from '../shared/regions';
import { parseOrThrow } from '../shared/validate';
import { BRIEF_LIMITS, companyReportInput, type CompanyBrief } from './schema';

/**
 * 客商简报 of one company, read through the same list functions the grids use, so the sheet
 * shows exactly what the ledger holds. Throws NOT_FOUND for a company that is gone.
 */
export function companyBrief(db: Db, id: number): CompanyBrief {
  const company = getCompany(db, id);
  const contacts = listContacts(db, {
    companyId: id,
    limit: BRIEF_LIMITS.contacts,
    sort: [
      { col: 'isKey', dir: 'desc' },
      { col: 'id', dir: 'asc' },
    ],
  });
  const projects = listProjects(db, {
    companyId: id,
    limit: BRIEF_LIMITS.projects,
    // Projects further along matter most to the meeting: the signed ones and the big ones first.
    sort: [
      { col: 'contractAmount', dir: 'desc' },
      { col: 'plannedAmount', dir: 'desc' },
      { col: 'id', dir: 'asc' },
    ],
  });
  const interactions = listInteractions(db, {
    companyId: id,
    limit: BRIEF_LIMITS.interactions,
    sort: [
      { col: 'occurredOn', dir: 'desc' },
      { col: 'id', dir: 'desc' },
    ],
  });
  const openIssues = listServiceIssues(db, {
    limit: BRIEF_LIMITS.issues,
    filters: {
      companyId: { type: 'number', op: 'equals', value: id },
      status: { type: 'set', values: ['open', 'in_progress'] },
    },
  });
  return {
    company,
    hqRegion: company.hqAdcode === null ? '' : regionPath(company.hqAdcode),
    contacts: contacts.rows,
    contactsTotal: contacts.total,
    projects: projects.rows,
    projectsTotal: projects.total,
    interactions: interactions.rows,
    interactionsTotal: interactions.total,
    openIssues: openIssues.rows,
    openIssuesTotal: openIssues.total,
  };
}

export function companyReport(db: Db, input: unknown): CompanyBrief {
  return companyBrief(db, parseOrThrow(companyReportInput, input).id);
}
