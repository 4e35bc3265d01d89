import { formatMoney, moneyScale, type MoneyUnit } from './money';

/**
 * Totals and targets (sums over projects, annual targets and their prorated shares) read the way
 * the office's reports print them: in 亿元 with two decimals, so 1,614,362,000,000 yuan reads
 * 16,143.62亿元 rather than 161,436,200万元. The 万元/亿元 setting governs the amounts of single
 * projects (ledger cells, forms, lists); with 亿元 chosen, both read alike.
 */
export const TOTALS_UNIT: MoneyUnit = 'yi';

/** A total without its unit: '16,143.62'. */
export const formatTotal = (yuan: number | null | undefined): string => formatMoney(yuan, TOTALS_UNIT);

/** The divisor of a total's display number (charts' axes). */
export const totalsScale = (): number => moneyScale(TOTALS_UNIT);
