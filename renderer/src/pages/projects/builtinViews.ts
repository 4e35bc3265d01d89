import type { TFunction } from 'i18next';
import { IN_TALKS_BIG_FILTERS, indicatorLabel } from '@contract/indicators/glossary';
import { todayLocal } from '@contract/shared/time';
import { moneyScale, type MoneyUnit } from '../../format/money';
import type { BuiltinView } from '../../grid/viewState';
import type { I18nKeyUnder } from '../../i18n/keys';

function monthRange(today: string): [string, string] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const last = new Date(y, m, 0).getDate();
  const mm = String(m).padStart(2, '0');
  return [`${y}-${mm}-01`, `${y}-${mm}-${String(last).padStart(2, '0')}`];
}

/** Views the office asks for every week; built on demand because they are relative to today and to "me". */
export function projectBuiltinViews(t: TFunction, unit: MoneyUnit, currentUser: string): BuiltinView[] {
  const v = (k: I18nKeyUnder<'projectsGrid.views'>) => t(`projectsGrid.views.${k}`);
  return [
    {
      key: 'mine',
      name: v('mine'),
      disabledReason: currentUser ? undefined : v('mineDisabled'),
      state: () => ({
        filterModel: { ownerName: { filterType: 'text', type: 'equals', filter: currentUser } },
      }),
    },
    {
      key: 'followUpThisMonth',
      name: v('followUpThisMonth'),
      state: () => {
        const [from, to] = monthRange(todayLocal());
        return {
          filterModel: {
            nextFollowUpOn: { filterType: 'date', type: 'inRange', dateFrom: from, dateTo: to },
          },
          columns: [{ colId: 'nextFollowUpOn', sort: 'asc', sortIndex: 0 }],
        };
      },
    },
    {
      // Named and filtered as the 工作台 card is (glossary.ts), so both show the same projects.
      key: 'bigNegotiating',
      name: indicatorLabel('negotiatingBigCount'),
      state: () => ({
        filterModel: {
          stage: { filterType: 'set', values: IN_TALKS_BIG_FILTERS.stage.values },
          plannedAmount: {
            filterType: 'number',
            type: IN_TALKS_BIG_FILTERS.plannedAmount.op,
            filter: IN_TALKS_BIG_FILTERS.plannedAmount.value / moneyScale(unit),
          },
        },
        columns: [{ colId: 'plannedAmount', sort: 'desc', sortIndex: 0 }],
      }),
    },
    {
      key: 'signedNotStarted',
      name: v('signedNotStarted'),
      state: () => ({
        filterModel: { stage: { filterType: 'set', values: ['signed', 'registered'] } },
        columns: [{ colId: 'signedOn', sort: 'asc', sortIndex: 0 }],
      }),
    },
  ];
}
