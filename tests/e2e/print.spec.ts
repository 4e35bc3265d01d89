import { readFileSync } from 'node:fs';
import { NOT_PRINTABLE } from '../../main/api/channels/print';
import { mondayOf } from '../../main/domain/reports/routes';
import { todayLocal } from '../../main/domain/shared/time';
import { formatMoney } from '../../renderer/src/format/money';
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

test('周调度: the week in figures, its lists and the KPI table', async ({ page, app: _app }, info) => {
  const from = mondayOf(todayLocal());
  const w = ok(await call(page, 'reports.weekly', { from }));
  const file = await printPdf(page, `/print/weekly?from=${from}`, info.outputPath(), 'weekly');
  const text = squeeze(file.text);

  expect(file.pages).toBeLessThanOrEqual(25);
  expect(text).toContain('招商引资工作周调度');
  expect(text).toContain(`${w.weekYear}年第${w.weekNo}周`);
  expect(text).toContain(`本周新增项目${w.newProjects.total}个`);
  expect(text).toContain(`签约项目${w.signings.total}个，合同投资额${squeeze(wan(w.signedAmount))}万元`);
  expect(text).toContain(`逾期未跟进项目${w.overdue.total}个`);
  for (const p of w.newProjects.rows) expect(text).toContain(start(p.name));
  for (const p of w.signings.rows) expect(text).toContain(wan(p.contractAmount));
  const contract = w.kpisYear.cards.find((c) => c.code === 'contractAmount');
  expect(text).toContain('合同投资额万元');
  expect(text).toContain(wan(contract?.value ?? 0));
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
  expect(text).toContain(
    `合同投资额${wan(contract?.value ?? 0)}万元，占目标任务${Math.round(contract?.percentDone ?? 0)}%`,
  );
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
