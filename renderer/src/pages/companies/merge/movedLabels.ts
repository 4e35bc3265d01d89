import type { MergeCounts } from '@contract/companyMerge/schema';
import type { I18nKey } from '../../../i18n/keys';

/** What moves over in a merge, by kind of record: a count added to the preview needs its label here. */
export const MOVED_LABEL = {
  contacts: 'companyMerge.counts.contacts',
  projects: 'companyMerge.counts.projects',
  interactions: 'companyMerge.counts.interactions',
  visits: 'companyMerge.counts.visits',
  serviceIssues: 'companyMerge.counts.serviceIssues',
  receptions: 'companyMerge.counts.receptions',
} as const satisfies Record<keyof MergeCounts, I18nKey>;

/** A count the preview sent that has a label (the preview's keys arrive as plain strings). */
export const isMoved = (k: string): k is keyof typeof MOVED_LABEL => Object.hasOwn(MOVED_LABEL, k);
