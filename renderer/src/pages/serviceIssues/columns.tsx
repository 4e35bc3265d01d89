import { Tag } from 'antd';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import {
  ISSUE_CATEGORIES,
  ISSUE_CATEGORY_LABELS,
  ISSUE_STATUSES,
  type ServiceIssueRow,
} from '@contract/serviceIssues/schema';
import { dateCol, setCol, textCol } from '../../grid/columns';
import { daysOverdue } from './issueForm';
import type { I18nKeyUnder } from '../../i18n/keys';

const STATUS_COLORS = { open: 'orange', in_progress: 'blue', closed: 'green' } as const;

function StatusCell({ data, t }: ICellRendererParams<ServiceIssueRow> & { t: TFunction }) {
  if (!data) return null;
  return (
    <span>
      <Tag color={STATUS_COLORS[data.status]}>{t(`serviceIssues.status.${data.status}`)}</Tag>
      {data.overdue && (
        <Tag color="red">{t('serviceIssues.overdueTag', { count: daysOverdue(data.dueOn) })}</Tag>
      )}
    </span>
  );
}

export function issueColumns(t: TFunction): ColDef<ServiceIssueRow>[] {
  const f = (k: I18nKeyUnder<'serviceIssues.fields'>) => t(`serviceIssues.fields.${k}`);
  // A past deadline is red wherever the eye lands on the row: the status and the date itself.
  const overdueClass = { 'issue-overdue': (p: { data?: ServiceIssueRow }) => !!p.data?.overdue };
  return [
    setCol<ServiceIssueRow>(
      'status',
      f('status'),
      ISSUE_STATUSES.map((s) => ({ value: s, label: t(`serviceIssues.status.${s}`) })),
      170,
      { pinned: 'left', cellRenderer: StatusCell, cellRendererParams: { t } },
    ),
    setCol<ServiceIssueRow>(
      'category',
      f('category'),
      ISSUE_CATEGORIES.map((c) => ({ value: c, label: ISSUE_CATEGORY_LABELS[c] })),
      104,
    ),
    textCol<ServiceIssueRow>('description', f('description'), 320, { tooltipField: 'description' }),
    textCol<ServiceIssueRow>('companyName', f('companyName'), 230),
    textCol<ServiceIssueRow>('projectName', f('projectName'), 200),
    dateCol<ServiceIssueRow>('reportedOn', f('reportedOn')),
    dateCol<ServiceIssueRow>('dueOn', f('dueOn'), 134, { cellClassRules: overdueClass }),
    textCol<ServiceIssueRow>('ownerName', f('ownerName'), 100),
    dateCol<ServiceIssueRow>('closedOn', f('closedOn')),
    textCol<ServiceIssueRow>('resolution', f('resolution'), 240, {
      tooltipField: 'resolution',
      sortable: false,
    }),
    setCol<ServiceIssueRow>('overdue', f('overdue'), [{ value: 1, label: '逾期' }], 80, {
      hide: true,
      valueFormatter: (p) => (p.value ? '逾期' : ''),
    }),
  ];
}
