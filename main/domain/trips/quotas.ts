import type { Db } from '../../db/open';
import type { LeaderLevel } from '@contract/people/schema';
import { getSettings } from '../settings';
import type { Settings } from '@contract/settings/schema';
import { todayLocal } from '@contract/shared/time';
import { parseOrThrow } from '../shared/validate';
import { yearInput, type QuotaRow, type QuotaStatus } from '@contract/trips/planningSchema';

/** Levels the settings set a yearly trip quota for; county leaders have none by default. */
function quotaOf(level: LeaderLevel | null, quotas: Settings['leaderTripQuota']): number | null {
  if (level === 'city') return quotas.city;
  if (level === 'zone') return quotas.zone;
  return null;
}

/** Share of the year gone by the reference day: 0 before it starts, 1 once it is over. */
function yearElapsed(year: number, today: string): number {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const now = Date.parse(today) + 86_400_000; // the reference day itself has passed
  return Math.min(1, Math.max(0, (now - start) / (end - start)));
}

/**
 * Each leader's trips led in the year against the quota for their level: completed trips
 * count; ongoing and planned ones are shown beside them. "On track" reads the quota against
 * time, as the office does (时间过半、任务过半).
 */
export function leaderQuotas(db: Db, input: unknown, today = todayLocal()): QuotaRow[] {
  const { year, teamId, leaderId } = parseOrThrow(yearInput, input);
  const { leaderTripQuota } = getSettings(db);
  const rows = db
    .prepare(
      `SELECT s.id AS leaderId, s.name AS leaderName, s.leader_level AS leaderLevel, g.name AS teamName,
         count(t.id) FILTER (WHERE t.status = 'done') AS done,
         count(t.id) FILTER (WHERE t.status = 'ongoing') AS ongoing,
         count(t.id) FILTER (WHERE t.status = 'planned') AS planned
       FROM staff s LEFT JOIN teams g ON g.id = s.team_id
       LEFT JOIN trips t ON t.leader_id = s.id AND t.starts_on BETWEEN @from AND @to
       WHERE (s.role = 'leader' AND s.active = 1 OR t.id IS NOT NULL)
         AND (@teamId IS NULL OR s.team_id = @teamId) AND (@leaderId IS NULL OR s.id = @leaderId)
       GROUP BY s.id`,
    )
    .all({
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      teamId: teamId ?? null,
      leaderId: leaderId ?? null,
    }) as Omit<QuotaRow, 'quota' | 'expectedByNow' | 'status'>[];
  const elapsed = yearElapsed(year, today);
  return rows
    .map((r): QuotaRow => {
      const quota = quotaOf(r.leaderLevel, leaderTripQuota);
      const expectedByNow = quota === null ? null : Math.floor(quota * elapsed);
      let status: QuotaStatus = 'noQuota';
      if (quota !== null)
        status = r.done >= quota ? 'met' : r.done >= (expectedByNow ?? 0) ? 'onTrack' : 'behind';
      return { ...r, quota, expectedByNow, status };
    })
    .sort(
      (a, b) =>
        order(a) - order(b) ||
        (b.quota ?? 0) - (a.quota ?? 0) ||
        a.leaderName.localeCompare(b.leaderName, 'zh-CN'),
    );
}

// Behind first: that is the row a director opens this view to find.
const ORDER: Record<QuotaStatus, number> = { behind: 0, onTrack: 1, met: 2, noQuota: 3 };
const order = (r: QuotaRow): number => ORDER[r.status];
