import { FIELD_NAMES as F } from '@contract/shared/glossary';
import { issueCreate } from '@contract/serviceIssues/schema';
import { lookup, norm } from '../parse/enums';
import { ISSUE_CATEGORIES_VOCAB } from '../parse/vocabularies';
import {
  applyRule,
  error,
  filled,
  indexOf,
  ownerOf,
  pickFields,
  validate,
  type TargetPlanner,
} from './common';
import { parties } from './parties';

const key = (companyId: unknown, on: unknown, text: string): string =>
  `${companyId ?? 0}|${on}|${norm(text).slice(0, 200)}`;

/**
 * 诉求 rows may already be closed (已办结): then the ledger must say what was done and when,
 * as the close form requires; otherwise open or 办理中. The category falls back to what the
 * description talks about (供电, 道路 …).
 */
export const planServiceIssue: TargetPlanner = (values, problems, ctx) => {
  const description = values.description as string | undefined;
  const category =
    values.category ?? (description ? lookup(ISSUE_CATEGORIES_VOCAB, description) : null) ?? 'other';
  const closed =
    values.status === 'closed' ||
    (values.status === undefined && values.closedOn !== undefined && values.resolution !== undefined);
  if (closed && !values.closedOn) return error(problems, '已办结的诉求请填写办结日期', 'closedOn');
  if (closed && !values.resolution) return error(problems, '已办结的诉求请填写办理结果', 'resolution');
  const record = {
    ...pickFields(values, ['description', 'reportedOn', 'dueOn']),
    category,
    ...(closed ? {} : { status: values.status ?? 'open' }),
  };
  const data = validate(issueCreate, record, problems);
  if (!data) return error(problems);
  if (closed && (values.closedOn as string) < data.reportedOn)
    return error(problems, '办结日期不能早于反映日期', 'closedOn');
  const p = parties(ctx, values);
  if (typeof p === 'string') return error(problems, p, 'companyName');
  const owner =
    typeof values.ownerName === 'string' ? values.ownerName.split(/[、,，;；/\s]+/).find(Boolean) : undefined;
  const full = {
    ...data,
    status: closed ? 'closed' : (data.status ?? 'open'),
    resolution: closed ? values.resolution : (values.resolution ?? null),
    closedOn: closed ? values.closedOn : null,
    companyId: p.companyId,
    projectId: p.projectId,
    ownerId: owner
      ? (ownerOf(ctx, 'ownerName', F.serviceIssue.ownerId, owner.slice(0, 50), null, problems)?.id ?? null)
      : null,
  };
  const index = indexOf(ctx, 'issues', () => {
    const rows = ctx.db
      .prepare(
        `SELECT id, company_id AS c, reported_on AS d, description AS s FROM service_issues ORDER BY id`,
      )
      .all() as { id: number; c: number | null; d: string; s: string }[];
    return new Map(rows.map((r) => [key(r.c, r.d, r.s), r.id]));
  });
  const k = key(p.companyId, data.reportedOn, data.description);
  return applyRule(
    ctx,
    'serviceIssue',
    index.get(k),
    '诉求',
    () => {
      const id = ctx.writer.create('serviceIssue', full);
      index.set(k, id);
      return id;
    },
    () => filled(full),
    problems,
  );
};
