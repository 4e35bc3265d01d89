import type { ImportTarget } from '@contract/importers/fields';
import type { TargetPlanner } from './common';
import { planCompany } from './companies';
import { planContact } from './contacts';
import { planInteraction } from './interactions';
import { planProject } from './projects';
import { planServiceIssue } from './serviceIssues';

export const PLANNERS: Record<ImportTarget, TargetPlanner> = {
  companies: planCompany,
  contacts: planContact,
  projects: planProject,
  interactions: planInteraction,
  serviceIssues: planServiceIssue,
};
