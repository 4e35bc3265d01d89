import type { Db } from '../../db/open';
import { countAttachments } from '../attachments';
import { openFollowUpsOfCompany } from '../followUps';
import { listProjects } from '../projects';
import type { ProjectRow } from '@contract/projects/schema';
import { stageIndex } from '@contract/projects/pipelineStages';
import { listReceptions } from '../receptions';
import { regionPath } from '@contract/shared/regions';
import { tripVisitsOfCompany } from '../trips/companyVisits';
import { getCompany } from '../companies';
import { contactsOfCompany, latestInteractionsOfCompany, openIssuesOfCompany } from './parts';
import { STORY_LIMITS, type CompanyStory } from '@contract/companyStory/schema';

// 终止 sorts last: on the page a dropped project is history, not work.
const progress = (p: ProjectRow): number => (p.stage === 'dropped' ? -1 : stageIndex(p.stage));

/** 负责人 of the live projects, most projects first (ties by first appearance). */
function ownersOf(projects: ProjectRow[]): string[] {
  const tally = new Map<string, number>();
  for (const p of projects) {
    if (p.stage !== 'dropped' && p.ownerName) tally.set(p.ownerName, (tally.get(p.ownerName) ?? 0) + 1);
  }
  return [...tally.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}

/**
 * A company's whole story for its page: facts, people, projects, the latest meetings and
 * what is still open. Every part is read through the list function its own page uses, and
 * every count is that list's total, so the page, the grids and the filtered lists agree.
 * Throws NOT_FOUND for a company that is gone (deleted, or merged into another).
 */
export function companyStory(db: Db, id: number): CompanyStory {
  const company = getCompany(db, id);
  const contacts = contactsOfCompany(db, id, STORY_LIMITS.contacts);
  const projects = listProjects(db, { companyId: id, limit: STORY_LIMITS.projects });
  const projectRows = [...projects.rows].sort(
    (a, b) =>
      progress(b) - progress(a) ||
      (b.contractAmount ?? b.plannedAmount ?? 0) - (a.contractAmount ?? a.plannedAmount ?? 0) ||
      a.id - b.id,
  );
  const interactions = latestInteractionsOfCompany(db, id, STORY_LIMITS.interactions);
  const openIssues = openIssuesOfCompany(db, id, STORY_LIMITS.issues);
  const receptions = listReceptions(db, {
    limit: STORY_LIMITS.receptions,
    filters: { companyId: { type: 'number', op: 'equals', value: id } },
    sort: [
      { col: 'startsOn', dir: 'desc' },
      { col: 'id', dir: 'desc' },
    ],
  });
  const followUps = openFollowUpsOfCompany(db, id);
  const tripVisits = tripVisitsOfCompany(db, id);
  return {
    company,
    hqRegion: company.hqAdcode === null ? '' : regionPath(company.hqAdcode),
    owners: ownersOf(projectRows),
    counts: {
      projects: projects.total,
      contacts: contacts.total,
      interactions: interactions.total,
      followUps: followUps.length,
      openIssues: openIssues.total,
      trips: new Set(tripVisits.map((v) => v.tripId)).size,
      receptions: receptions.total,
      attachments: countAttachments(db, { companyId: id }),
    },
    contacts: contacts.rows,
    projects: projectRows,
    interactions: interactions.rows,
    followUps,
    openIssues: openIssues.rows,
    tripVisits,
    receptions: receptions.rows,
  };
}
