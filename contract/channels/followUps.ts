import { z } from 'zod';
import { followUpsInput, type FollowUpCounts, type FollowUpList } from '../followUps/schema';
import { query } from './define';

/** 工作台: what is due today or overdue, and the count on the sidebar badge. */
export const followUpChannels = {
  'followUps.list': query<FollowUpList>()(followUpsInput),
  'followUps.count': query<FollowUpCounts>()(z.strictObject({})),
};
