import { z } from 'zod';
import {
  issueClose,
  issueCreate,
  issueUpdate,
  type ServiceIssueRow,
} from '../../domain/serviceIssues/schema';
import { issueStatsInput, type IssueStats } from '../../domain/serviceIssues/statsSchema';
import { id } from '../../domain/shared/fields';
import { drillListQuery } from '../../domain/indicators/drillSchema';
import type { Page } from '../../domain/shared/listQuery';
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
