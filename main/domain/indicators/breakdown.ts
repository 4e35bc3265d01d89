import type { Db } from '../../db/open';
import { regionByAdcode } from '@contract/shared/regions';
import { SIGNED_STAGES } from '@contract/targets/indicators';
import { talksWhere } from './levels';
import { breakdownInput, type BreakdownDimension, type BreakdownResult } from '@contract/indicators/schema';
import { columnsOf, compareKeys, sumByKey } from './grouped';
import { addMaps, overMonths } from './monthly';
import { hqProvinces } from './provinces';
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
 * source channel or headquarters province. Both are read as columns and added up per key here
 * (grouped.ts): SQL's GROUP BY over their union sorted every row.
 */
export function breakdown(db: Db, input: unknown): BreakdownResult {
  const { scope, data } = resolveScope(db, breakdownInput, input);
  const params = rangeParams(scope);
  // By province, each project's company is read and its province found in the blocks
  // hqProvinces keeps, instead of asking the company index for each project at random.
  const byProvince = data.dimension === 'province';
  const key = byProvince ? 'p.company_id' : KEY_SQL[data.dimension];
  const keysOf = (read: unknown[]): unknown[] => (byProvince ? hqProvinces(db, read) : read);
  // The signings month by month (monthly.ts), each whole month kept until one of its signings
  // (or a company's headquarters) changes; the projects in talks are a state of the day, read whole.
  const signedSql = `SELECT json_group_array(${key}), json_group_array(p.contract_amount) FROM projects p
     WHERE ${SIGNED_WHERE} AND (@team IS NULL OR p.team_id = @team)`;
  const signed = overMonths(
    db,
    'projects',
    `breakdown|${data.dimension}|${params.team}`,
    params,
    (days) => {
      const [keys = [], contract = []] = columnsOf(db, signedSql, { ...days, team: params.team });
      return sumByKey(keysOf(keys), contract);
    },
    addMaps,
  );
  const [talksKeys = [], planned = []] = columnsOf(
    db,
    `SELECT json_group_array(${key}), json_group_array(p.planned_amount)
     FROM projects p WHERE ${talksWhere(params.at)} AND (@team IS NULL OR p.team_id = @team)`,
    { team: params.team, at: params.at },
  );
  const inTalks = sumByKey(keysOf(talksKeys), planned);
  const rows = [...new Set([...signed.keys(), ...inTalks.keys()])].map((k) => {
    const [signedCount = 0, contractAmount = 0] = signed.get(k) ?? [];
    const [talksCount = 0, talksAmount = 0] = inTalks.get(k) ?? [];
    return { key: k, signedCount, contractAmount, talksCount, talksAmount };
  });
  rows.sort(
    (a, b) =>
      b.contractAmount - a.contractAmount ||
      b.talksAmount - a.talksAmount ||
      b.signedCount - a.signedCount ||
      compareKeys(a.key, b.key),
  );
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
