import type { Db } from '../../db/open';
import { regionByAdcode } from '@contract/shared/regions';
import { SIGNED_STAGES } from '@contract/targets/indicators';
import { talksWhere } from './levels';
import {
  breakdownInput,
  type BreakdownDimension,
  type BreakdownResult,
  type BreakdownRow,
} from '@contract/indicators/schema';
import { heldIn, rangeParams, resolveScope } from './scope';

/** Our own SQL per dimension; the input only picks one by name. */
export const KEY_SQL: Record<BreakdownDimension, string> = {
  industry: 'p.industry',
  chain: 'p.chain',
  sourceChannel: 'p.source_channel',
  // The province of the headquarters: its adcode with the city and county digits zeroed.
  province: '(c.hq_adcode / 10000) * 10000',
};

export const UNFILLED_LABEL = '未填写';

/** Projects (`p`) signed within @from..@to and still signed. */
export const SIGNED_WHERE = `p.signed_on BETWEEN @from AND @to AND ${heldIn('p.stage', SIGNED_STAGES)}`;

/** The join a dimension's key needs (the headquarters' province reads the company). */
export const keyJoin = (dimension: BreakdownDimension): string =>
  dimension === 'province' ? 'LEFT JOIN companies c INDEXED BY companies_id_hq ON c.id = p.company_id' : '';

/**
 * Signings of the period (count, contract investment) beside the 亿元以上 projects in talks
 * on the statistics day (count, planned investment, as the 在谈 card counts them), per industry, 产业链,
 * source channel or headquarters province.
 */
export function breakdown(db: Db, input: unknown): BreakdownResult {
  const { scope, data } = resolveScope(db, breakdownInput, input);
  const { from, to, team, at } = rangeParams(scope);
  const key = KEY_SQL[data.dimension];
  // The narrow (id, hq_adcode) index: several times faster than reading the wide company rows.
  const join = keyJoin(data.dimension);
  const rows = db
    .prepare(
      `SELECT key, sum(signed) AS signedCount, sum(signedAmount) AS contractAmount,
              sum(talks) AS talksCount, sum(talksAmount) AS talksAmount
       FROM (
         SELECT ${key} AS key, 1 AS signed, coalesce(p.contract_amount, 0) AS signedAmount, 0 AS talks, 0 AS talksAmount
         FROM projects p ${join}
         WHERE ${SIGNED_WHERE} AND (@team IS NULL OR p.team_id = @team)
         UNION ALL
         SELECT ${key}, 0, 0, 1, coalesce(p.planned_amount, 0)
         FROM projects p ${join}
         WHERE ${talksWhere(at)} AND (@team IS NULL OR p.team_id = @team)
       )
       GROUP BY key
       ORDER BY contractAmount DESC, talksAmount DESC, signedCount DESC, key`,
    )
    .all({ from, to, team, at }) as Omit<BreakdownRow, 'label'>[];
  return {
    period: scope.echo,
    dimension: data.dimension,
    rows: rows.map((r) => ({ ...r, label: labelOf(data.dimension, r.key) })),
  };
}

function labelOf(dimension: BreakdownDimension, key: string | number | null): string {
  if (key === null || key === '') return UNFILLED_LABEL;
  if (dimension === 'province') return regionByAdcode(key)?.name ?? String(key);
  return String(key);
}
