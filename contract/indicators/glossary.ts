// Pure: what each figure is called wherever it appears (card, list, built-in view, report), and
// the plain list filter of the indicators a grid can show by its own columns.
import type { ColumnFilter } from '../shared/listQuery';
import { BIG_PROJECT_YUAN, IN_TALKS_STAGES, INDICATORS, type IndicatorCode } from '../targets/indicators';

/**
 * The name an indicator goes by outside its card: the card's name without the unit in brackets
 * (亿元以上在谈项目（个） → 亿元以上在谈项目). A view or report that shows the same records uses it.
 */
export const indicatorLabel = (code: IndicatorCode): string =>
  INDICATORS[code].name.replace(/（[^）]*）$/, '');

/**
 * 亿元以上在谈 today as column filters of the projects grid (the built-in view of that name):
 * the same stages and threshold the card counts by (levels.ts talksWhere).
 */
export const IN_TALKS_BIG_FILTERS = {
  stage: { type: 'set', values: [...IN_TALKS_STAGES] as string[] },
  plannedAmount: { type: 'number', op: 'greaterThanOrEqual', value: BIG_PROJECT_YUAN },
} as const satisfies Record<string, ColumnFilter>;
