import type { TFunction } from 'i18next';
import { todayLocal } from '@contract/shared/time';
import type { BuiltinView } from '../../grid/viewState';
import type { I18nKeyUnder } from '../../i18n/keys';

/** The lists the office chases every week (日调度、周汇总): what is open, what is late, what came in. */
export function issueBuiltinViews(t: TFunction): BuiltinView[] {
  const v = (k: I18nKeyUnder<'serviceIssues.views'>) => t(`serviceIssues.views.${k}`);
  return [
    {
      key: 'unfinished',
      name: v('unfinished'),
      state: () => ({ filterModel: { status: { filterType: 'set', values: ['open', 'in_progress'] } } }),
    },
    {
      key: 'overdue',
      name: v('overdue'),
      state: () => ({
        filterModel: { overdue: { filterType: 'set', values: [1] } },
        columns: [{ colId: 'dueOn', sort: 'asc', sortIndex: 0 }],
      }),
    },
    {
      key: 'thisMonth',
      name: v('thisMonth'),
      state: () => {
        const month = todayLocal().slice(0, 7);
        return {
          filterModel: {
            reportedOn: { filterType: 'date', type: 'greaterThan', dateFrom: `${month}-01` },
          },
          columns: [{ colId: 'reportedOn', sort: 'desc', sortIndex: 0 }],
        };
      },
    },
  ];
}
