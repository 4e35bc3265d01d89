import {
  closeServiceIssue,
  createServiceIssue,
  deleteServiceIssue,
  getServiceIssue,
  listServiceIssues,
  reopenServiceIssue,
  updateServiceIssue,
} from '../../domain/serviceIssues';
import { serviceIssueStats } from '../../domain/serviceIssues/stats';
import type { HandlerGroup } from './types';

export const serviceIssueHandlers: HandlerGroup<'serviceIssues'> = {
  'serviceIssues.list': ({ db }, q) => listServiceIssues(db, q),
  'serviceIssues.get': ({ db }, { id }) => getServiceIssue(db, id),
  'serviceIssues.stats': ({ db }, input) => serviceIssueStats(db, input),
  'serviceIssues.create': ({ db, actor }, input) => createServiceIssue(db, actor, input),
  'serviceIssues.update': ({ db, actor }, input) => updateServiceIssue(db, actor, input),
  'serviceIssues.close': ({ db, actor }, input) => closeServiceIssue(db, actor, input),
  'serviceIssues.reopen': ({ db, actor }, { id }) => reopenServiceIssue(db, actor, id),
  'serviceIssues.delete': ({ db, actor }, { id }) => {
    deleteServiceIssue(db, actor, id);
    return null;
  },
};
