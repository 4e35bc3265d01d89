import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import type { ApiContext } from '../../../main/api/context';
import type { Db } from '../../../main/db/open';
import { generateDemo } from '../../../main/domain/demo';
import { indicatorLabel } from '@contract/indicators/glossary';
import type { BreakdownResult, KpiCard, KpiResult } from '@contract/indicators/schema';
import type { TargetReport } from '@contract/reports/schema';
import { todayLocal } from '@contract/shared/time';
import { moneyScale } from '../../../renderer/src/format/money';
import type { BuiltinView } from '../../../renderer/src/grid/viewState';
import { toListQuery } from '../../../renderer/src/grid/toListQuery';
import { projectBuiltinViews } from '../../../renderer/src/pages/projects/builtinViews';
import { issueBuiltinViews } from '../../../renderer/src/pages/serviceIssues/builtinViews';
import { freshDb } from '../testDb';

// One label, one number: a built-in view, a chart column or a printed report that goes by an
// indicator's name must show the figure the 工作台 card of that name shows. The views and cards
// are enumerated and matched by label, so a view renamed or re-filtered on its own is caught.

let db: Db;
let ctx: ApiContext;
let cards: KpiCard[];
const today = todayLocal();
const year = Number(today.slice(0, 4));
const YEAR = { from: `${year}-01-01`, to: `${year}-12-31` };
const t = ((key: string) => key) as unknown as TFunction;

async function call<T>(channel: string, input: unknown): Promise<T> {
  const r = await dispatch(ctx, channel as never, input as never);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}

beforeAll(async () => {
  db = freshDb();
  generateDemo(db, 'S');
  ctx = { db, actor: { name: '测试' }, databasePath: '', appVersion: '0', emit() {} };
  cards = (await call<KpiResult>('indicators.kpis', YEAR)).cards;
});

/** Every label a card goes by: its name, and its name without the unit (亿元以上在谈项目（个）). */
function cardByLabel(label: string): KpiCard | undefined {
  return cards.find((c) => c.name === label || indicatorLabel(c.code) === label);
}

async function viewCount(
  channel: string,
  view: BuiltinView,
  scales: Record<string, number>,
): Promise<number> {
  const state = view.state();
  const query = toListQuery(
    { startRow: 0, endRow: 1, sortModel: [], filterModel: state.filterModel as never },
    undefined,
    scales,
  );
  return (await call<{ total: number }>(channel, query)).total;
}

describe('a view, chart or report with an indicator’s label shows the card’s number', () => {
  it('built-in views of the lists', async () => {
    const lists: { channel: string; views: BuiltinView[]; scales: Record<string, number> }[] = [
      {
        channel: 'projects.list',
        views: projectBuiltinViews(t, 'yi', ''),
        scales: Object.fromEntries(
          ['plannedAmount', 'contractAmount', 'arrivedAmount'].map((f) => [f, moneyScale('yi')]),
        ),
      },
      { channel: 'serviceIssues.list', views: issueBuiltinViews(t), scales: {} },
    ];
    const matched: string[] = [];
    for (const list of lists) {
      for (const view of list.views) {
        const card = cardByLabel(view.name);
        if (!card) continue;
        matched.push(`${view.name}`);
        expect({ view: view.name, count: await viewCount(list.channel, view, list.scales) }).toEqual({
          view: view.name,
          count: card.value,
        });
      }
    }
    // The office's 在谈亿元以上 list goes by the card's name.
    expect(matched).toContain(indicatorLabel('negotiatingBigCount'));
  });

  it('the 亿元以上在谈 column of the breakdown adds up to the cards', async () => {
    const b = await call<BreakdownResult>('indicators.breakdown', { ...YEAR, dimension: 'industry' });
    const card = (code: string) => cards.find((c) => c.code === code)?.value;
    expect(b.rows.reduce((s, r) => s + r.talksCount, 0)).toBe(card('negotiatingBigCount'));
    expect(b.rows.reduce((s, r) => s + r.talksAmount, 0)).toBe(card('negotiatingBigAmount'));
    expect(b.rows.reduce((s, r) => s + r.signedCount, 0)).toBe(card('signedProjects'));
    expect(b.rows.reduce((s, r) => s + r.contractAmount, 0)).toBe(card('contractAmount'));
  });

  it('the printed 目标任务 report names and counts every indicator as the cards do', async () => {
    const report = await call<TargetReport>('reports.targets', { year });
    const printed = report.kpis.cards.map((c) => ({ name: c.name, value: c.value }));
    expect(printed).toEqual(cards.map((c) => ({ name: c.name, value: c.value })));
  });
});
