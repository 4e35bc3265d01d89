import type { Db } from '../../db/open';
import { getSettings } from '../settings';
import { SYSTEM, type Actor } from '../shared/actor';
import { monthsBefore, todayLocal } from '@contract/shared/time';
import { recordForgetting, wipeFreedPages } from './forget';
import { compactChangeLog } from '../../sync/compactLog';

/**
 * 操作记录保留期限: entries (and the batches they formed) older than the office's retention
 * setting are removed; 0 keeps everything. Changes older than that can no longer be undone.
 * Runs when the setting changes and once after each start.
 */
export function pruneAudit(db: Db, actor: Actor, today: string = todayLocal()): number {
  const months = getSettings(db).auditRetentionMonths;
  if (months === 0) return 0;
  const cutoff = monthsBefore(today, months);
  // `at` is a UTC timestamp: comparing with the local day's start in UTC keeps the whole day.
  const before = new Date(`${cutoff}T00:00:00`).toISOString();
  const removed = db
    .transaction(() => {
      const n = db.prepare(`DELETE FROM audit_log WHERE at < ?`).run(before).changes;
      // Old values also live in team sync's change log until later edits replace them.
      const compacted = compactChangeLog(db, new Date(before));
      db.prepare(
        `DELETE FROM audit_batches WHERE at < ? AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.batch_id = audit_batches.id)`,
      ).run(before);
      if (n > 0) {
        recordForgetting(db, actor, `按保留期限清理${cutoff}以前的操作记录（${n}条）`, 0, {
          olderThan: cutoff,
          entries: n,
        });
      }
      return { n, compacted };
    })
    .immediate();
  if (removed.n > 0 || removed.compacted > 0) wipeFreedPages(db);
  return removed.n;
}

/** The prune after each start: a failure (the disk full, say) waits for the next start, never stops the app. */
export function pruneAuditAfterStart(db: Db): void {
  try {
    pruneAudit(db, SYSTEM);
  } catch (err) {
    console.warn('操作记录清理未完成，下次启动时再试', err);
  }
}
