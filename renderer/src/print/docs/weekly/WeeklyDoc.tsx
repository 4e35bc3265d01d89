import { useTranslation } from 'react-i18next';
import { formatReceptionTotals } from '../../../../../main/domain/receptions/totalsText';
import type { Listed, WeeklyReport } from '../../../../../main/domain/reports/schema';
import { usePrintFormat } from '../../format';
import { DocHead } from '../../parts/DocHead';
import { MoreNote, PrintTable, type PrintColumn } from '../../parts/PrintTable';
import { Section } from '../../parts/Section';
import { KpiTable } from '../KpiTable';
import { weeklyColumns } from './weeklyColumns';

/** 周调度: the week's work from Monday to Sunday, with the year's targets beside it. */
export function WeeklyDoc({ w }: { w: WeeklyReport }) {
  const { t } = useTranslation();
  const f = usePrintFormat();
  const s = (k: string) => t(`print.weekly.sections.${k}`);
  const cols = weeklyColumns(t, f, w.asOf);
  const more = (count: number) => t('print.more', { count });
  function list<T>(
    rows: Listed<T>,
    columns: PrintColumn<T>[],
    key: (r: T, i: number) => string | number,
    testId: string,
  ) {
    return (
      <>
        <PrintTable
          testId={testId}
          rows={rows.rows}
          columns={columns}
          rowKey={key}
          empty={t('print.weekNone')}
        />
        <MoreNote shown={rows.rows.length} total={rows.total} text={more} />
      </>
    );
  }
  const summary = t('print.weekly.summary', {
    newProjects: w.newProjects.total,
    planned: f.moneyText(w.newPlannedAmount),
    moves: w.stageMoves.total,
    signed: w.signings.total,
    contract: f.moneyText(w.signedAmount),
    arrived: f.moneyText(w.arrivedAmount),
    trips: w.trips.length,
    receptions: w.receptionTotals.receptions
      ? formatReceptionTotals(w.receptionTotals)
      : t('print.weekly.noReceptions'),
    opened: w.issuesOpened.total,
    closed: w.issuesClosed.total,
    asOf: f.shortDate(w.asOf),
    overdue: w.overdue.total,
  });

  return (
    <article data-testid="weekly-report">
      <DocHead
        kind={t('print.weekly.kind')}
        title={t('print.weekly.heading')}
        sub={`${t('print.weekly.week', { year: w.weekYear, week: w.weekNo })} ${t('print.weekly.range', { from: f.date(w.from), to: f.date(w.to) })}`}
      />
      <Section no={1} title={s('summary')}>
        <p className="pd-para" data-testid="weekly-summary">
          {summary}
        </p>
      </Section>
      <Section no={2} title={s('kpis')}>
        <KpiTable year={w.kpisYear} week={w.kpisWeek} />
        <p className="pd-note">{t('print.asOf', { date: f.date(w.asOf) })}</p>
      </Section>
      <Section no={3} title={s('newProjects')}>
        {list(w.newProjects, cols.newProjects, (r) => r.id, 'new-projects')}
      </Section>
      <Section no={4} title={s('stageMoves')}>
        {list(w.stageMoves, cols.stageMoves, (r, i) => `${r.projectId}-${i}`, 'stage-moves')}
      </Section>
      <Section no={5} title={s('signings')}>
        {list(w.signings, cols.signings, (r) => r.id, 'signings')}
      </Section>
      <Section no={6} title={s('arrivals')}>
        {list(w.arrivals, cols.arrivals, (_r, i) => i, 'arrivals')}
      </Section>
      <Section no={7} title={s('trips')}>
        <PrintTable
          testId="trips"
          rows={w.trips}
          columns={cols.trips}
          rowKey={(r) => r.id}
          empty={t('print.weekNone')}
        />
      </Section>
      <Section no={8} title={s('receptions')}>
        {list(w.receptions, cols.receptions, (r) => r.id, 'receptions')}
      </Section>
      <Section no={9} title={s('overdue')}>
        {list(w.overdue, cols.overdue, (r) => r.id, 'overdue')}
      </Section>
      <Section no={10} title={s('issues')}>
        <h3 className="pd-h3">{`${t('print.weekly.opened')}（${w.issuesOpened.total}）`}</h3>
        {list(w.issuesOpened, cols.issuesOpened, (r) => r.id, 'issues-opened')}
        <h3 className="pd-h3">{`${t('print.weekly.closed')}（${w.issuesClosed.total}）`}</h3>
        {list(w.issuesClosed, cols.issuesClosed, (r) => r.id, 'issues-closed')}
      </Section>
    </article>
  );
}
