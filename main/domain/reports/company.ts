import type { Db } from '../../db/open';
import { getCompany } from '../companies';
import { contactsOfCompany, latestInteractionsOfCompany, openIssuesOfCompany } from '../companyStory/parts';
import { listProjects } from '../projects';
import { regionPath } from '@contract/shared/regions';
import { parseOrThrow } from '../shared/validate';
import { BRIEF_LIMITS, companyReportInput, type CompanyBrief } from '@contract/reports/schema';

/**
 * 客商简报 of one company, read through the same list functions the grids use, so the sheet
 * shows exactly what the ledger holds. Throws NOT_FOUND for a company that is gone.
 */
export function companyBrief(db: Db, id: number): CompanyBrief {
  const company = getCompany(db, id);
  const contacts = contactsOfCompany(db, id, BRIEF_LIMITS.contacts);
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
  const interactions = latestInteractionsOfCompany(db, id, BRIEF_LIMITS.interactions);
  const openIssues = openIssuesOfCompany(db, id, BRIEF_LIMITS.issues);
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
