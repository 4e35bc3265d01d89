import type { TFunction } from 'i18next';
import { daysInclusive } from '@contract/indicators/period';
import type { ProjectRow } from '@contract/projects/schema';
import type { ReceptionRow } from '@contract/receptions/schema';
import type { WeeklyArrival, WeeklyProject, WeeklyStageMove, WeeklyTrip } from '@contract/reports/schema';
import { ISSUE_CATEGORY_LABELS, type ServiceIssueRow } from '@contract/serviceIssues/schema';
import type { usePrintFormat } from '../../format';
import type { PrintColumn } from '../../parts/PrintTable';
import { StageBadge } from '../../parts/StageBadge';
import type { I18nKeyUnder } from '../../../i18n/keys';

type Format = ReturnType<typeof usePrintFormat>;

/** The tables of 周调度, column by column; `c` reads print.weekly.cols. */
export function weeklyColumns(t: TFunction, f: Format, asOf: string) {
  const c = (k: I18nKeyUnder<'print.weekly.cols'>) => t(`print.weekly.cols.${k}`);
  const project = {
    key: 'project',
    title: c('project'),
    render: (r: { name?: string; projectName?: string }) => r.name ?? r.projectName,
  };
  const company = {
    key: 'company',
    title: c('company'),
    width: '26%',
    render: (r: { companyName: string | null }) => r.companyName,
  };

  const newProjects: PrintColumn<WeeklyProject>[] = [
    { key: 'date', title: c('date'), width: '11%', nowrap: true, render: (r) => f.shortDate(r.on) },
    project,
    company,
    { key: 'stage', title: c('stage'), width: '8%', render: (r) => <StageBadge stage={r.stage} /> },
    {
      key: 'amount',
      title: f.withUnit(t('print.company.project.planned')),
      num: true,
      width: '14%',
      render: (r) => f.money(r.plannedAmount),
    },
    { key: 'owner', title: c('owner'), width: '9%', nowrap: true, render: (r) => r.ownerName },
  ];
  const stageMoves: PrintColumn<WeeklyStageMove>[] = [
    { key: 'date', title: c('date'), width: '11%', nowrap: true, render: (r) => f.shortDate(r.changedOn) },
    project,
    company,
    {
      key: 'move',
      title: c('move'),
      width: '17%',
      nowrap: true,
      render: (r) => (
        <>
          <StageBadge stage={r.fromStage} /> → <StageBadge stage={r.toStage} />
        </>
      ),
    },
    { key: 'reason', title: c('reason'), width: '18%', render: (r) => r.reason },
  ];
  const signedOrStarted = (
    title: string,
    on: (r: ProjectRow) => string | null,
  ): PrintColumn<ProjectRow>[] => [
    { key: 'date', title, width: '11%', nowrap: true, render: (r) => f.shortDate(on(r)) },
    project,
    company,
    {
      key: 'amount',
      title: f.withUnit(t('print.company.project.contract')),
      num: true,
      width: '14%',
      render: (r) => f.money(r.contractAmount),
    },
    { key: 'owner', title: c('owner'), width: '9%', nowrap: true, render: (r) => r.ownerName },
  ];
  const signings = signedOrStarted(c('signedOn'), (r) => r.signedOn);
  const starts = signedOrStarted(c('startedOn'), (r) => r.startedOn);
  const arrivals: PrintColumn<WeeklyArrival>[] = [
    { key: 'date', title: c('date'), width: '11%', nowrap: true, render: (r) => f.shortDate(r.arrivedOn) },
    project,
    company,
    {
      key: 'amount',
      title: f.withUnit(c('amount')),
      num: true,
      width: '14%',
      render: (r) => f.money(r.amount),
    },
    { key: 'note', title: c('note'), width: '16%', render: (r) => r.note },
  ];
  const trips: PrintColumn<WeeklyTrip>[] = [
    { key: 'trip', title: c('trip'), width: '28%', render: (r) => r.title },
    { key: 'leader', title: c('leader'), width: '10%', nowrap: true, render: (r) => r.leaderName },
    {
      key: 'dates',
      title: c('dates'),
      width: '16%',
      nowrap: true,
      render: (r) => `${f.shortDate(r.startsOn)}—${f.shortDate(r.endsOn)}`,
    },
    { key: 'places', title: c('places'), render: (r) => r.places },
    {
      key: 'visits',
      title: c('visits'),
      num: true,
      width: '13%',
      render: (r) => `${r.visitsDone}/${r.visitsPlanned + r.visitsDone}`,
    },
  ];
  const receptions: PrintColumn<ReceptionRow>[] = [
    { key: 'date', title: c('date'), width: '11%', nowrap: true, render: (r) => f.shortDate(r.startsOn) },
    { key: 'delegation', title: c('delegation'), width: '30%', render: (r) => r.delegation },
    { key: 'headcount', title: c('headcount'), num: true, width: '7%', render: (r) => r.headcount },
    { key: 'host', title: c('host'), width: '10%', nowrap: true, render: (r) => r.hostName },
    { key: 'outcome', title: c('outcome'), render: (r) => r.outcome },
  ];
  const overdue: PrintColumn<ProjectRow>[] = [
    project,
    company,
    { key: 'stage', title: c('stage'), width: '8%', render: (r) => <StageBadge stage={r.stage} /> },
    { key: 'owner', title: c('owner'), width: '9%', nowrap: true, render: (r) => r.ownerName },
    {
      key: 'followUp',
      title: c('followUp'),
      width: '11%',
      nowrap: true,
      render: (r) => f.shortDate(r.nextFollowUpOn),
    },
    {
      key: 'days',
      title: c('overdueDays'),
      num: true,
      width: '9%',
      render: (r) =>
        r.nextFollowUpOn ? (
          <span className="pd-behind">{daysInclusive(r.nextFollowUpOn, asOf) - 1}</span>
        ) : (
          ''
        ),
    },
    { key: 'note', title: c('followUpNote'), width: '18%', render: (r) => r.nextFollowUpNote },
  ];
  const issue = (closed: boolean): PrintColumn<ServiceIssueRow>[] => [
    {
      key: 'date',
      title: c('date'),
      width: '11%',
      nowrap: true,
      render: (r) => f.shortDate(closed ? r.closedOn : r.reportedOn),
    },
    { key: 'company', title: c('company'), width: '22%', render: (r) => r.companyName ?? r.projectName },
    {
      key: 'category',
      title: c('category'),
      width: '7%',
      nowrap: true,
      render: (r) => ISSUE_CATEGORY_LABELS[r.category],
    },
    { key: 'description', title: c('description'), render: (r) => r.description },
    closed
      ? { key: 'resolution', title: c('resolution'), width: '26%', render: (r) => r.resolution }
      : { key: 'owner', title: c('issueOwner'), width: '9%', nowrap: true, render: (r) => r.ownerName },
  ];
  return {
    newProjects,
    stageMoves,
    signings,
    starts,
    arrivals,
    trips,
    receptions,
    overdue,
    issuesOpened: issue(false),
    issuesClosed: issue(true),
  };
}
