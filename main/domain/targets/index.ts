import type { Db } from '../../db/open';
import type { Actor } from '../shared/actor';
import { DomainError } from '@contract/shared/errors';
import { parseOrThrow } from '../shared/validate';
import { defineTable } from '../store/table';
import { assertRefs } from '../shared/refs';
import { INDICATOR_CODES, INDICATORS, type IndicatorCode } from '@contract/targets/indicators';
import { targetCopy, targetList, targetSet, type Target, type TargetRow } from '@contract/targets/schema';

export const targets = defineTable<Target>({
  table: 'targets',
  entity: 'target',
  label: '目标任务',
  columns: {
    id: 'id',
    year: 'year',
    indicator: 'indicator',
    teamId: 'team_id',
    value: 'value',
    createdAt: 'created_at',
    updatedAt: 'updated_at',
  },
});

/** One value per (year, indicator, team); setting it again replaces the old value. */
export function setTarget(db: Db, actor: Actor, input: unknown): Target {
  const { year, indicator, teamId, value } = parseOrThrow(targetSet, input);
  return db
    .transaction(() => {
      assertRefs(db, [{ table: 'teams', id: teamId, field: 'teamId', label: '小分队' }]);
      const existing = db
        .prepare(
          `SELECT id FROM targets WHERE year = ? AND indicator = ? AND ifnull(team_id, 0) = ifnull(?, 0)`,
        )
        .get(year, indicator, teamId ?? null) as { id: number } | undefined;
      if (existing) return targets.update(db, actor, existing.id, { value });
      return targets.insert(db, actor, { year, indicator, teamId: teamId ?? null, value });
    })
    .immediate();
}

/**
 * Carries a year's targets over to another year as a starting point (office and teams alike),
 * replacing the values already set there; all or nothing, each row audited.
 */
export function copyTargets(db: Db, actor: Actor, input: unknown): { copied: number } {
  const { fromYear, toYear } = parseOrThrow(targetCopy, input);
  return db
    .transaction(() => {
      const rows = db
        .prepare(`SELECT indicator, team_id AS teamId, value FROM targets WHERE year = ? ORDER BY id`)
        .all(fromYear) as { indicator: IndicatorCode; teamId: number | null; value: number }[];
      if (rows.length === 0) {
        throw new DomainError('NOT_FOUND', `${fromYear}年没有设定目标，无法复制`);
      }
      for (const r of rows) setTarget(db, actor, { year: toYear, ...r });
      return { copied: rows.length };
    })
    .immediate();
}

export function deleteTarget(db: Db, actor: Actor, id: number): void {
  db.transaction(() => {
    targets.remove(db, actor, id);
  }).immediate();
}

const order = (code: string): number => {
  const i = INDICATOR_CODES.indexOf(code as IndicatorCode);
  return i < 0 ? INDICATOR_CODES.length : i;
};

/** Office-wide targets first, then by team; within each, the catalogue's order. */
export function listTargets(db: Db, input: unknown): TargetRow[] {
  const { year } = parseOrThrow(targetList, input);
  const rows = db
    .prepare(
      `SELECT t.id, t.year, t.indicator, t.team_id AS teamId, t.value, t.created_at AS createdAt,
         t.updated_at AS updatedAt, g.name AS teamName
       FROM targets t LEFT JOIN teams g ON g.id = t.team_id
       WHERE t.year = ? ORDER BY t.team_id IS NOT NULL, g.name, t.team_id`,
    )
    .all(year) as (Target & { teamName: string | null })[];
  const group = new Map<number | null, number>();
  for (const r of rows) if (!group.has(r.teamId)) group.set(r.teamId, group.size);
  const rank = (r: Target): number => group.get(r.teamId) ?? 0;
  return rows
    .map((r) => {
      const known = Object.hasOwn(INDICATORS, r.indicator) ? INDICATORS[r.indicator] : undefined;
      return { ...r, indicatorName: known?.name ?? r.indicator, unit: known?.unit ?? 'count' };
    })
    .sort((a, b) => rank(a) - rank(b) || order(a.indicator) - order(b.indicator));
}
