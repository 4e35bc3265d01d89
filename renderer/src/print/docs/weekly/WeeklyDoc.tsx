import { useTranslation } from 'react-i18next';
import { pointsAhead } from '@contract/indicators/progress';
import { formatReceptionTotals } from '@contract/receptions/totalsWording';
import type { Listed, WeeklyReport } from '@contract/reports/schema';
import { formatPercent } from '../../../format/indicator';
import { usePrintFormat } from '../../format';
import { DocHead } from '../../parts/DocHead';
import { PrintTable, type PrintColumn } from '../../parts/PrintTable';
import { Section } from '../../parts/Section';
import { KpiTable } from '../KpiTable';
import { APPENDICES, useAppendixLabel, WeeklyAppendices, type AppendixKey } from './WeeklyAppendices';
import { weeklyColumns } from './weeklyColumns';
import type { I18nKeyUnder } from '../../../i18n/keys';

/** Rows a list shows in the body; the rest are in its appendix, so the body stays within 3 pages. */
const BODY_ROWS = 6;

/**
 * 周调度: a short body for the leader (the week in one paragraph, the targets, what is behind
 * time, this week's signings and starts, the most overdue follow-ups) and the week's lists in
 * full as 附件一、附件二 … after it. The paragraph's figures are the KPI table's own.
 */
export function WeeklyDoc({ w }: { w: WeeklyReport }) {
  const { t } = useTranslation();
  const f = usePrintFormat();
  const s = (k: I18nKeyUnder<'print.weekly.sections'>) => t(`print.weekly.sections.${k}`);
  const c = (k: I18nKeyUnder<'print.weekly'>, o: Record<string, unknown> = {}) => t(`print.weekly.${k}`, o);
  const cols = weeklyColumns(t, f, w.asOf);
  const label = useAppendixLabel();
  const g = w.figures;
  const summary = c('summary', {
    newProjects: g.newProjects,
    planned: f.totalText(g.plannedAmount),
    moves: g.stageMoves,
    signed: g.signed,
    contract: f.totalText(g.contractAmount),
    started: g.started,
    arrived: f.totalText(g.arrivedAmount),
    trips: g.trips,
    receptions: g.receptions.receptions ? formatReceptionTotals(g.receptions) : c('noReceptions'),
    opened: g.issuesOpened,
    closed: g.issuesClosed,
    asOf: f.shortDate(w.asOf),
    overdue: g.overdue,
  });
  const lagging = w.kpisYear.cards
    .filter((k) => k.behind)
    .map((k) => {
      const ahead = pointsAhead(k);
      const percent = formatPercent(k.percentDone);
      return ahead === null
        ? c('belowTarget', { name: k.name, percent })
        : c('lagging', { name: k.name, percent, points: Math.abs(ahead).toFixed(1) });
    });
  /** The first rows of a list, and where the rest are. */
  function head<T>(
    rows: Listed<T>,
    columns: PrintColumn<T>[],
    key: (r: T) => number,
    id: string,
    no: AppendixKey,
  ) {
    const shown = rows.rows.slice(0, BODY_ROWS);
    return (
      <>
        <PrintTable testId={id} rows={shown} columns={columns} rowKey={key} empty={t('print.weekNone')} />
        {rows.total > shown.length && (
          <p className="pd-note">
            {c('shownOf', {
              total: rows.total,
              shown: shown.length,
              appendix: label(no),
            })}
          </p>
        )}
      </>
    );
  }

  return (
    <article data-testid="weekly-report">
      <div className="pd-body">
        <DocHead
          kind={c('kind')}
          title={c('heading')}
          sub={`${c('week', { year: w.weekYear, week: w.weekNo })} ${c('range', { from: f.date(w.from), to: f.date(w.to) })}`}
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
        <Section no={3} title={s('lagging')}>
          <p className="pd-para" data-testid="weekly-lagging">
            {lagging.length ? `${lagging.join('；')}。` : c('noLagging')}
          </p>
        </Section>
        <Section no={4} title={s('signings')}>
          <h3 className="pd-h3">{c('signedHead', { count: w.signings.total })}</h3>
          {head(w.signings, cols.signings, (r) => r.id, 'body-signings', 'signings')}
          <h3 className="pd-h3">{c('startedHead', { count: w.starts.total })}</h3>
          {head(w.starts, cols.starts, (r) => r.id, 'body-starts', 'starts')}
        </Section>
        <Section no={5} title={s('overdue')}>
          {head(w.overdue, cols.overdue, (r) => r.id, 'body-overdue', 'overdue')}
        </Section>
        <p className="pd-appendix-list">
          {c('appendixList', {
            list: APPENDICES.map((k, i) =>
              c('appendixItem', { no: i + 1, title: c(`appendices.${k}`) }),
            ).join('　'),
          })}
        </p>
      </div>
      <WeeklyAppendices w={w} cols={cols} />
    </article>
  );
}
