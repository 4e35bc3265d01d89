import {
  BIG_PROJECT_YUAN,
  MAJOR_PROJECT_YUAN,
  PRODUCED_STAGES,
  SIGNED_STAGES,
  STARTED_STAGES,
  type IndicatorCode,
} from '@contract/targets/indicators';
import type { Family } from './buckets';
import { heldIn } from './scope';

/**
 * An indicator that is one SQL aggregate over the period's records. Who a record belongs to
 * when a team is chosen:
 * - projects, and arrivals through their project: the project's responsible team;
 * - trips: the trip's team; receptions: the host's team.
 * Each is written twice: `ofTeam` keeps one team's records by the team's own index (the
 * dashboard of one team), `teamOf` names each record's team so one pass ranks every team.
 */
export interface Sum {
  value: string;
  /** `FROM … WHERE …` of the period's records, for the whole office. */
  rows: string;
  ofTeam: string;
  teamOf: string;
  /**
   * Indicators over the same records (the period's signings) read together in one pass, each
   * with its own expression in it: at 1,000,000 projects each pass over a year's signings is
   * about 40 ms, and four of them were a third of the dashboard's first read.
   */
  pass?: { rows: string; value: string };
  /** Whose months keep its value (monthly.ts); a sum without one is read whole each time. */
  family?: Family;
}

const SIGNED_ROWS = `FROM projects WHERE signed_on BETWEEN @from AND @to AND ${heldIn('stage', SIGNED_STAGES)}`;

/** The period's signings; `only`: those of them counted. */
const signed = (value: string, only?: string): Sum => ({
  value,
  rows: only ? `${SIGNED_ROWS} AND ${only}` : SIGNED_ROWS,
  ofTeam: 'team_id = @team',
  teamOf: 'team_id',
  pass: { rows: SIGNED_ROWS, value: only ? `count(*) FILTER (WHERE ${only})` : value },
  family: 'projects',
});

const reached = (dateColumn: string, held: readonly string[]): Sum => ({
  value: 'count(*)',
  rows: `FROM projects WHERE ${dateColumn} BETWEEN @from AND @to AND ${heldIn('stage', held)}`,
  ofTeam: 'team_id = @team',
  teamOf: 'team_id',
  family: 'projects',
});

export const SUMS: Partial<Record<IndicatorCode, Sum>> = {
  contractAmount: signed('coalesce(sum(contract_amount), 0)'),
  signedProjects: signed('count(*)'),
  newBigProjects: signed('count(*)', `contract_amount >= ${BIG_PROJECT_YUAN}`),
  majorIndustrial: signed('count(*)', `is_industrial = 1 AND contract_amount >= ${MAJOR_PROJECT_YUAN}`),
  startedProjects: reached('started_on', STARTED_STAGES),
  producedProjects: reached('produced_on', PRODUCED_STAGES),
  arrivedAmount: {
    value: 'coalesce(sum(a.amount), 0)',
    rows: 'FROM investment_arrivals a WHERE a.arrived_on BETWEEN @from AND @to',
    ofTeam: 'a.project_id IN (SELECT id FROM projects WHERE team_id = @team)',
    teamOf: '(SELECT p.team_id FROM projects p INDEXED BY projects_id_team WHERE p.id = a.project_id)',
    family: 'arrivals',
  },
  trips: {
    value: 'count(*)',
    rows: `FROM trips WHERE starts_on BETWEEN @from AND @to AND status <> 'cancelled'`,
    ofTeam: 'team_id = @team',
    teamOf: 'team_id',
  },
  visitorPersonTimes: {
    value: 'coalesce(sum(r.headcount), 0)',
    rows: 'FROM receptions r WHERE r.starts_on BETWEEN @from AND @to',
    ofTeam: 'r.host_id IN (SELECT id FROM staff WHERE team_id = @team)',
    teamOf: '(SELECT s.team_id FROM staff s WHERE s.id = r.host_id)',
  },
};

/** The office's (or, with @team, one team's) value. */
export const sumSql = (s: Sum): string => `SELECT ${s.value} ${s.rows} AND (@team IS NULL OR ${s.ofTeam})`;

/** The values of sums that share a pass, in one statement: columns v0, v1 … in their order. */
export const passSql = (rows: string, sums: readonly Sum[]): string =>
  `SELECT ${sums.map((s, i) => `${s.pass?.value ?? s.value} AS v${i}`).join(', ')} ${rows} AND (@team IS NULL OR ${sums[0]?.ofTeam ?? 'TRUE'})`;

/** Every team's value in one pass: rows of (team, value); a team without records has none. */
export const sumByTeamSql = (s: Sum): string =>
  `SELECT ${s.teamOf} AS team, ${s.value} AS value ${s.rows} GROUP BY 1`;
