import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Listed, WeeklyReport } from '@contract/reports/schema';
import { MoreNote, PrintTable, type PrintColumn } from '../../parts/PrintTable';
import { chineseNumber } from '../../parts/Section';
import type { weeklyColumns } from './weeklyColumns';

type Columns = ReturnType<typeof weeklyColumns>;
export type AppendixKey =
  | 'newProjects'
  | 'stageMoves'
  | 'signings'
  | 'starts'
  | 'arrivals'
  | 'trips'
  | 'receptions'
  | 'overdue'
  | 'issues';

/** The appendices in the order they are numbered 附件一, 附件二 …; the body refers to them by key. */
export const APPENDICES: AppendixKey[] = [
  'newProjects',
  'stageMoves',
  'signings',
  'starts',
  'arrivals',
  'trips',
  'receptions',
  'overdue',
  'issues',
];

/** 附件一 … as the office numbers them. */
export function useAppendixLabel(): (key: AppendixKey) => string {
  const { t } = useTranslation();
  return (key) => t('print.weekly.appendix', { no: chineseNumber(APPENDICES.indexOf(key) + 1) });
}

/** One appendix: on a page of its own, its number top left and its title centred. */
function Appendix({ label, title, children }: { label: string; title: string; children: ReactNode }) {
  return (
    <section className="pd-page pd-appendix">
      <div className="pd-appendix-no">{label}</div>
      <h2 className="pd-appendix-title">{title}</h2>
      {children}
    </section>
  );
}

/** The week's lists in full, after the body: every row the summary counts. */
export function WeeklyAppendices({ w, cols }: { w: WeeklyReport; cols: Columns }) {
  const { t } = useTranslation();
  const label = useAppendixLabel();
  function list<T>(
    rows: Listed<T>,
    columns: PrintColumn<T>[],
    key: (r: T, i: number) => string | number,
    id: string,
  ) {
    return (
      <>
        <PrintTable testId={id} rows={rows.rows} columns={columns} rowKey={key} empty={t('print.weekNone')} />
        <MoreNote shown={rows.rows.length} total={rows.total} text={(count) => t('print.more', { count })} />
      </>
    );
  }
  const body: Record<AppendixKey, ReactNode> = {
    newProjects: list(w.newProjects, cols.newProjects, (r) => r.id, 'new-projects'),
    stageMoves: list(w.stageMoves, cols.stageMoves, (r, i) => `${r.projectId}-${i}`, 'stage-moves'),
    signings: list(w.signings, cols.signings, (r) => r.id, 'signings'),
    starts: list(w.starts, cols.starts, (r) => r.id, 'starts'),
    arrivals: list(w.arrivals, cols.arrivals, (_r, i) => i, 'arrivals'),
    trips: list({ rows: w.trips, total: w.trips.length }, cols.trips, (r) => r.id, 'trips'),
    receptions: list(w.receptions, cols.receptions, (r) => r.id, 'receptions'),
    overdue: list(w.overdue, cols.overdue, (r) => r.id, 'overdue'),
    issues: (
      <>
        <h3 className="pd-h3">{`${t('print.weekly.opened')}（${w.issuesOpened.total}）`}</h3>
        {list(w.issuesOpened, cols.issuesOpened, (r) => r.id, 'issues-opened')}
        <h3 className="pd-h3">{`${t('print.weekly.closed')}（${w.issuesClosed.total}）`}</h3>
        {list(w.issuesClosed, cols.issuesClosed, (r) => r.id, 'issues-closed')}
      </>
    ),
  };
  return (
    <>
      {APPENDICES.map((key) => (
        <Appendix key={key} label={label(key)} title={t(`print.weekly.appendices.${key}`)}>
          {body[key]}
        </Appendix>
      ))}
    </>
  );
}
