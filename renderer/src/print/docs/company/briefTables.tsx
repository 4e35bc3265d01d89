import type { TFunction } from 'i18next';
import type { ContactRow } from '@contract/contacts/schema';
import type { ProjectRow } from '@contract/projects/schema';
import {
  ISSUE_CATEGORY_LABELS,
  ISSUE_STATUS_LABELS,
  type ServiceIssueRow,
} from '@contract/serviceIssues/schema';
import type { PrintColumn } from '../../parts/PrintTable';
import { StageBadge } from '../../parts/StageBadge';
import type { usePrintFormat } from '../../format';
import type { I18nKeyUnder } from '../../../i18n/keys';

type Format = ReturnType<typeof usePrintFormat>;

export function contactColumns(t: TFunction): PrintColumn<ContactRow>[] {
  const c = (k: I18nKeyUnder<'print.company.contact'>) => t(`print.company.contact.${k}`);
  return [
    {
      key: 'name',
      title: c('name'),
      width: '16%',
      nowrap: true,
      render: (r) => (r.isKey ? `${r.name} ★` : r.name),
    },
    { key: 'title', title: c('title'), width: '22%', render: (r) => r.title },
    { key: 'mobile', title: c('mobile'), width: '17%', nowrap: true, render: (r) => r.mobile },
    {
      key: 'phone',
      title: c('phone'),
      width: '20%',
      render: (r) => [r.phone, r.wechat].filter(Boolean).join(' / '),
    },
    { key: 'notes', title: c('notes'), render: (r) => r.notes },
  ];
}

export function projectColumns(t: TFunction, f: Format): PrintColumn<ProjectRow>[] {
  const c = (k: I18nKeyUnder<'print.company.project'>) => t(`print.company.project.${k}`);
  return [
    { key: 'name', title: c('name'), render: (r) => r.name },
    { key: 'stage', title: c('stage'), width: '9%', render: (r) => <StageBadge stage={r.stage} /> },
    {
      key: 'planned',
      title: c('planned'),
      num: true,
      width: '14%',
      render: (r) => f.money(r.plannedAmount),
    },
    {
      key: 'contract',
      title: c('contract'),
      num: true,
      width: '14%',
      render: (r) => f.money(r.contractAmount),
    },
    {
      key: 'arrived',
      title: c('arrived'),
      num: true,
      width: '14%',
      render: (r) => (r.arrivedAmount ? f.money(r.arrivedAmount) : ''),
    },
    { key: 'owner', title: c('owner'), width: '9%', nowrap: true, render: (r) => r.ownerName },
    {
      key: 'followUp',
      title: c('followUp'),
      width: '12%',
      nowrap: true,
      render: (r) => f.shortDate(r.nextFollowUpOn),
    },
  ];
}

export function issueColumns(t: TFunction, f: Format): PrintColumn<ServiceIssueRow>[] {
  const c = (k: I18nKeyUnder<'print.company.issue'>) => t(`print.company.issue.${k}`);
  return [
    {
      key: 'category',
      title: c('category'),
      width: '8%',
      nowrap: true,
      render: (r) => ISSUE_CATEGORY_LABELS[r.category],
    },
    { key: 'description', title: c('description'), render: (r) => r.description },
    {
      key: 'reported',
      title: c('reported'),
      width: '14%',
      nowrap: true,
      render: (r) => f.shortDate(r.reportedOn),
    },
    { key: 'owner', title: c('owner'), width: '10%', nowrap: true, render: (r) => r.ownerName },
    {
      key: 'due',
      title: c('due'),
      width: '14%',
      nowrap: true,
      render: (r) =>
        r.overdue ? (
          <span className="pd-behind">{`${f.shortDate(r.dueOn)} ${c('overdue')}`}</span>
        ) : (
          f.shortDate(r.dueOn)
        ),
    },
    {
      key: 'status',
      title: c('status'),
      width: '9%',
      nowrap: true,
      render: (r) => ISSUE_STATUS_LABELS[r.status],
    },
  ];
}
