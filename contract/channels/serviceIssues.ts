import { z } from 'zod';
import { issueClose, issueCreate, issueUpdate, type ServiceIssueRow } from '../serviceIssues/schema';
import { issueStatsInput, type IssueStats } from '../serviceIssues/statsSchema';
import { id } from '../shared/fields';
import { drillListQuery } from '../indicators/drillSchema';
import type { Page } from '../shared/listQuery';
import { command, query } from './define';

const byId = z.strictObject({ id: id('诉求编号') });

export const serviceIssueChannels = {
  'serviceIssues.list': query<Page<ServiceIssueRow>>()(drillListQuery),
  'serviceIssues.get': query<ServiceIssueRow>()(byId),
  'serviceIssues.stats': query<IssueStats>()(issueStatsInput),
  'serviceIssues.create': command<ServiceIssueRow>()(issueCreate),
  'serviceIssues.update': command<ServiceIssueRow>()(issueUpdate),
  'serviceIssues.close': command<ServiceIssueRow>()(issueClose),
  'serviceIssues.reopen': command<ServiceIssueRow>()(byId),
  'serviceIssues.delete': command<null>()(byId),
};
