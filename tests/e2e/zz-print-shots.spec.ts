import { mondayOf } from '../../main/domain/reports/routes';
import { todayLocal } from '../../main/domain/shared/time';
import { call, expect, test } from './fixtures';

// Screenshots of 报表打印 and its previews on demo data, for looking at (not asserting looks).
// On demand only: LEADATLAS_SHOTS=1 npx playwright test tests/e2e/zz-print-shots.spec.ts
const DIR = '/tmp/shots-print';
test.use({ demo: 'S' });
test.skip(!process.env.LEADATLAS_SHOTS, 'screenshots are taken on demand (LEADATLAS_SHOTS=1)');

test('报表打印 page, its previews and the 打印简报 button', async ({ page, app }) => {
  test.setTimeout(180_000);
  const shot = async (name: string) => {
    await page.waitForTimeout(700);
    await page.screenshot({ path: `${DIR}/${name}.png` });
  };
  const preview = page.getByTestId('report-preview');

  await page.goto(`${app.url}#/reports`);
  await expect(preview).toContainText('请先选择企业');
  await shot('01-reports-empty');

  const companies = await call(page, 'companies.list', {
    limit: 1,
    sort: [{ col: 'projectCount', dir: 'desc' }],
  });
  if (!companies.ok) throw new Error(companies.error.message);
  const company = companies.value.rows[0]!;
  await page.goto(`${app.url}#/reports?doc=company&id=${company.id}`);
  await expect(preview.getByTestId('company-brief')).toContainText(company.name);
  await shot('02-company-brief');
  await page.goto(`${app.url}#/reports?doc=company&id=${company.id}&wm=1`);
  await expect(preview.getByTestId('company-brief')).toBeVisible();
  await preview.evaluate((el) => el.scrollBy(0, 700));
  await shot('03-company-brief-watermark-scrolled');

  const trips = await call(page, 'trips.list', { limit: 1, sort: [{ col: 'visitCount', dir: 'desc' }] });
  if (!trips.ok) throw new Error(trips.error.message);
  await page.goto(`${app.url}#/reports?doc=trip&id=${trips.value.rows[0]!.id}`);
  await expect(preview.getByTestId('trip-cover')).toBeVisible();
  await shot('04-trip-cover');
  await preview.evaluate((el) => el.scrollBy(0, 1150));
  await shot('05-trip-map');

  await page.goto(`${app.url}#/reports?doc=weekly&from=${mondayOf(todayLocal())}`);
  await expect(preview.getByTestId('weekly-report')).toBeVisible();
  await shot('06-weekly');

  await page.goto(`${app.url}#/reports?doc=targets&year=${todayLocal().slice(0, 4)}`);
  await expect(preview.getByTestId('target-report')).toBeVisible();
  await shot('07-targets');
  await preview.evaluate((el) => el.scrollBy(0, 1000));
  await shot('08-targets-charts');

  await page.goto(`${app.url}#/trips/${trips.value.rows[0]!.id}`);
  await expect(page.getByRole('button', { name: '打印出访手册' })).toBeVisible();
  await shot('10-trip-planner-button');

  await page.goto(`${app.url}#/companies`);
  await page.getByTestId('companies-grid').locator('.ag-row').first().dblclick();
  await expect(page.locator('.company-drawer').getByRole('button', { name: '打印简报' })).toBeVisible();
  await shot('09-company-drawer');
});
