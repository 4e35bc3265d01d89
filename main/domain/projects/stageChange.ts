import type { Db } from '../../db/open';
import type { Actor } from '../shared/actor';
import { invalid } from '@contract/shared/errors';
import { nowIso, todayLocal } from '@contract/shared/time';
import { parseOrThrow } from '../shared/validate';
import {
  stageChange,
  type Project,
  type ProjectRow,
  type StageHistoryEntry,
} from '@contract/projects/schema';
import {
  STAGE_LABELS,
  STAGE_MILESTONE,
  stageChangeNeedsReason,
  type ProjectStage,
} from '@contract/projects/pipelineStages';
import { getProject, projects } from './table';

/** Every stage a project enters is a history row; the first one has no `from`. */
export function recordStage(
  db: Db,
  actor: Actor,
  projectId: number,
  from: ProjectStage | null,
  to: ProjectStage,
  on: string,
  reason: string | null,
): void {
  db.prepare(
    `INSERT INTO project_stage_history (project_id, from_stage, to_stage, changed_on, reason, actor, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(projectId, from, to, on, reason, actor.name, nowIso());
}

/** What the stage history says in place of a contract amount nobody knows yet. */
export const AMOUNT_UNKNOWN_NOTE = '合同投资额暂不明确';

/**
 * A change may not be dated before the last one: the history is read in date order, and a
 * stage entered before the previous one (or before the project was entered) cannot have happened.
 */
function assertAfterHistory(db: Db, projectId: number, on: string): void {
  const rows = db
    .prepare(
      `SELECT to_stage AS toStage, changed_on AS changedOn FROM project_stage_history
       WHERE project_id = ? ORDER BY changed_on DESC, id DESC LIMIT 2`,
    )
    .all(projectId) as { toStage: ProjectStage; changedOn: string }[];
  const last = rows[0];
  if (!last || on >= last.changedOn) return;
  const message =
    rows.length === 1
      ? `变更日期不能早于项目录入时的阶段日期（${last.changedOn}，“${STAGE_LABELS[last.toStage]}”）`
      : `变更日期不能早于上一次阶段变更（${last.changedOn} 进入“${STAGE_LABELS[last.toStage]}”）`;
  throw invalid('on', message);
}

function reasonMessage(from: ProjectStage, to: ProjectStage): string {
  if (to === 'dropped') return '终止项目需要填写终止原因';
  if (from === 'dropped') return '恢复已终止的项目需要填写原因';
  return `阶段从“${STAGE_LABELS[from]}”退回“${STAGE_LABELS[to]}”需要填写原因`;
}

/**
 * Moves a project to another stage on a given day. A milestone date is stamped only the first
 * time its stage is reached, so going back and forward again keeps the original signing date
 * the speed figures are computed from. 终止 is the exception: its date and reason describe the
 * current drop and are cleared when the project is revived.
 */
export function changeStage(db: Db, actor: Actor, input: unknown): ProjectRow {
  const data = parseOrThrow(stageChange, input);
  const on = data.on ?? todayLocal();
  if (on > todayLocal()) throw invalid('on', '变更日期不能晚于今天');
  const reason = data.reason ?? null;
  return db
    .transaction(() => {
      const before = projects.require(db, data.id);
      const from = before.stage;
      const to = data.stage;
      if (from === to) throw invalid('stage', `项目已处于“${STAGE_LABELS[to]}”阶段`);
      if (stageChangeNeedsReason(from, to) && !reason) throw invalid('reason', reasonMessage(from, to));
      assertAfterHistory(db, data.id, on);
      const patch: Partial<Project> = { stage: to, stageSince: on };
      let note = reason;
      if (to === 'signed') {
        const amount = data.contractAmount ?? before.contractAmount;
        if (amount == null && !data.contractAmountUnknown) {
          throw invalid('contractAmount', '签约需填写合同投资额；金额尚未确定的，请勾选“合同投资额暂不明确”');
        }
        if (data.contractAmount != null) patch.contractAmount = data.contractAmount;
        if (amount == null) note = reason ? `${reason}（${AMOUNT_UNKNOWN_NOTE}）` : AMOUNT_UNKNOWN_NOTE;
      }
      if (to === 'dropped') {
        patch.dropReason = reason;
        patch.droppedOn = on;
      } else {
        if (from === 'dropped') {
          patch.dropReason = null;
          patch.droppedOn = null;
        }
        const milestone = STAGE_MILESTONE[to];
        if (milestone && before[milestone] == null) patch[milestone] = on;
      }
      projects.update(db, actor, data.id, patch);
      recordStage(db, actor, data.id, from, to, on, note);
      return getProject(db, data.id);
    })
    .immediate();
}

export function stageHistory(db: Db, projectId: number): StageHistoryEntry[] {
  projects.require(db, projectId);
  return db
    .prepare(
      `SELECT id, project_id AS projectId, from_stage AS fromStage, to_stage AS toStage, changed_on AS changedOn,
              reason, actor, created_at AS createdAt
       FROM project_stage_history WHERE project_id = ? ORDER BY changed_on, id`,
    )
    .all(projectId) as StageHistoryEntry[];
}
