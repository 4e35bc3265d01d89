import type { ReactNode } from 'react';
import { FollowUpsCard } from './FollowUpsCard';

/**
 * Cards other areas put on the 工作台, shown in one row under the indicators (e.g. 今日跟进 from
 * the follow-ups area). Add one entry here; the dashboard passes the scope it shows, so a card
 * can follow the same team as the figures around it.
 */
export interface WorkbenchCardContext {
  teamId: number | null;
  /** The statistics day, YYYY-MM-DD. */
  asOf: string;
}

export interface WorkbenchCard {
  key: string;
  render(ctx: WorkbenchCardContext): ReactNode;
}

export const WORKBENCH_CARDS: WorkbenchCard[] = [{ key: 'followUps', render: () => <FollowUpsCard /> }];
