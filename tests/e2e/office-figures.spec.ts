// 「本机数据 | 全办公室」 on a 小分队 laptop linked to an office server: a stand-in server on
// 127.0.0.1 answers the office figures from an office laptop's ledger (demo data), so the team
// laptop's 全办公室 must show exactly what that office laptop shows; offline it shows the figures
// it kept, with when it received them. That the real server's figures equal a laptop's on the
// same data is tested in tests/server/officeFiguresOnLaptop.test.ts.
import type { Page } from '@playwright/test';
import type { Harness } from '../harness/server';
import { ACCOUNT, startOfficeServerDouble, type OfficeServerDouble } from '../harness/officeServerDouble';
import { call, expect, loadHarness, test, value } from './fixtures';

const SHOTS = process.env.LEADATLAS_SHOTS ?? '/tmp';
const NOW = '2026-06-30T10:00:00+08:00';
const YI = 100_000_000;

test.use({ now: NOW });

let office: OfficeServerDouble;
let officeLaptop: Harness;
test.beforeEach(async () => {
  officeLaptop = await (await loadHarness()).startHarness({ demo: 'S', now: NOW });
  office = await startOfficeServerDouble();
  // The office's figures, as the office laptop (which holds every row) computes them.
  office.figures = async ({ channel, input }) => {
    const res = await fetch(new URL('/__api/call', officeLaptop.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel, input }),
    });
    const answer = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    if (!answer.ok) throw new Error(answer.error?.message);
    return answer.value;
  };
});
test.afterEach(async () => {
  await office.close().catch(() => undefined);
  await officeLaptop.close();
});

/** This laptop: one signing of its own, linked to the office server as a 小分队 member. */
async function teamLaptop(page: Page): Promise<void> {
  await value(
    call(page, 'projects.create', { name: '智能安防产业园', stage: 'signed', contractAmount: 5 * YI }),
  );
  const probe = await value(call(page, 'syncServer.probe', { url: office.origin }));
  await value(call(page, 'syncServer.confirm', { url: probe.url, fingerprint: probe.fingerprint }));
  await value(call(page, 'syncServer.signIn', { user: ACCOUNT.user, password: ACCOUNT.password }));
  // Linked behind the page's back: the page reads the link afresh, as after 设置.
  await page.reload();
}

const signed = (page: Page) => page.getByTestId('kpi-signedProjects').getByTestId('kpi-value');
const note = (page: Page) => page.getByTestId('figure-source-note');

test('工作台: 本机数据 counts this laptop, 全办公室 the office as the office laptop does; offline the kept figures', async ({
  page,
  app,
  context,
}) => {
  await teamLaptop(page);
  await page.goto(`${app.url}#/workbench`);
  await expect(signed(page)).toHaveText('1个');

  // What the office laptop's own 工作台 shows.
  const atOffice = await context.newPage();
  await atOffice.clock.install({ time: new Date(NOW) });
  await atOffice.goto(`${officeLaptop.url}#/workbench`);
  const officeCount = (await signed(atOffice).textContent()) ?? '';
  const officeAmount =
    (await atOffice.getByTestId('kpi-contractAmount').getByTestId('kpi-value').textContent()) ?? '';
  expect(officeCount).not.toBe('1个');
  await atOffice.close();

  await page.getByTestId('figure-source').getByText('全办公室').click();
  await expect(signed(page)).toHaveText(officeCount);
  await expect(page.getByTestId('kpi-contractAmount').getByTestId('kpi-value')).toHaveText(officeAmount);
  await expect(note(page)).toHaveText(/^全办公室数据，截至 6月30日 10:\d\d 同步$/);
  // The team filter names this laptop's teams, not the server's: set aside for 全办公室.
  await expect(page.getByLabel('统计范围')).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/office-figures-dashboard.png`, fullPage: true });

  // A figure's records are on the server, under its ids: the card says so instead of opening a list.
  await page.getByTestId('kpi-signedProjects').click();
  await expect(page.locator('.ant-message')).toContainText('不能逐条打开');
  expect(page.url()).toContain('#/workbench');

  // The server is gone: the kept figures, with when they came.
  await office.close();
  await page.reload();
  await expect(signed(page)).toHaveText(officeCount);
  await expect(note(page)).toHaveText(
    /^\s*无法连接办公室服务器，显示的是上次同步的全办公室数据（截至 6月30日 10:\d\d）$/,
  );
  await page.screenshot({ path: `${SHOTS}/office-figures-offline.png` });

  // A period never fetched has nothing kept, and says why.
  await page.getByText('季度', { exact: true }).click();
  await expect(page.getByTestId('office-figures-error')).toContainText('尚无全办公室数据');
  await expect(page.getByTestId('office-figures-error')).toContainText('连不上办公室服务器');

  // Back to 本机数据: this laptop's own figures, whatever the server.
  await page.getByTestId('figure-source').getByText('本机数据').click();
  await expect(signed(page)).toHaveText('1个');
});

test('周调度 for 全办公室 previews and prints the office figures; the 撞单 list switches too', async ({
  page,
  app,
}) => {
  await teamLaptop(page);
  await page.goto(`${app.url}#/reports?doc=weekly&from=2026-06-29`);
  const preview = page.getByTestId('report-preview');
  await expect(preview.getByTestId('print-doc')).toBeVisible();
  await expect(preview.getByTestId('print-office-note')).toHaveCount(0);
  await page.getByTestId('figure-source').getByText('全办公室').click();
  await expect(preview.getByTestId('print-office-note')).toHaveText(
    /^全办公室数据（办公室服务器汇总），截至 6月30日 10:\d\d 同步$/,
  );
  const officeWeek = await value(
    call(page, 'syncServer.figures', { channel: 'reports.weekly', input: { from: '2026-06-29' } }),
  );
  const ownWeek = await value(call(page, 'reports.weekly', { from: '2026-06-29' }));
  expect(officeWeek.value).not.toEqual(ownWeek);
  await page.screenshot({ path: `${SHOTS}/office-figures-weekly.png` });

  // The print route carries 全办公室: the page the PDF is made of shows the office's week.
  await page.goto(`${app.url}#/print/weekly?from=2026-06-29&office=1`);
  await expect(page.getByTestId('print-office-note')).toBeVisible();

  await page.goto(`${app.url}#/projects`);
  await page.getByTestId('collisions-button').click();
  const drawer = page.locator('.ant-drawer');
  await drawer.getByTestId('figure-source').getByText('全办公室').click();
  await expect(drawer.getByTestId('figure-source-note')).toHaveText(/^全办公室数据，截至/);
  await page.screenshot({ path: `${SHOTS}/office-figures-collisions.png` });
});
