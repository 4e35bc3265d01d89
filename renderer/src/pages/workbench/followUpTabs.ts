import type { I18nKey } from '../../i18n/keys';

/** The 待跟进 card's tabs: due today, overdue follow-ups, overdue 企业诉求. */
export type FollowUpTab = 'today' | 'overdue' | 'issues';

/** What a tab says when it has nothing. */
export const EMPTY_TEXT = {
  today: 'followUps.emptyToday',
  overdue: 'followUps.emptyOverdue',
  issues: 'followUps.emptyIssues',
} as const satisfies Record<FollowUpTab, I18nKey>;
