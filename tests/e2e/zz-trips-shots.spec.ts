import { call, expect, test } from './fixtures';

// Screenshots of the 外出招商 and 来访接待 pages on demo data, for looking at (not asserting looks).
// On demand only: LEADATLAS_SHOTS=1 npx playwright test tests/e2e/zz-trips-shots.spec.ts
const DIR = '/tmp/shots-trips';
test.use({ demo: 'S' });
test.skip(!process.env.LEADATLAS_SHOTS, 'screenshots are taken on demand (LEADATLAS_SHOTS=1)');

test('trips and receptions pages', async ({ page, app }) => {
  test.setTimeout(180_000);
  const shot = async (name: string) => {
    await page.waitForTimeout(900);
    await page.screenshot({ path: `${DIR}/${name}.png` });
  };
  await page.goto(`${app.url}#/trips`);
  await expect(page.getByTestId('trip-banner')).toContainText('外出招商');
  await expect(page.getByTestId('trips-grid').locator('.ag-row').first()).toBeVisible();
  await shot('01-trips-list');
  await page.getByTestId('trip-banner').getByRole('button', { name: '按带队领导' }).hover();
  await shot('02-trips-by-leader');
  await page.getByRole('tab', { name: '年度路线图' }).click();
  await expect(page.getByTestId('year-map')).toBeVisible();
  await shot('03-year-map');
  await page.getByRole('tab', { name: '行程时间轴' }).click();
  await expect(page.getByTestId('trip-timeline')).toBeVisible();
  await shot('04-timeline');
  await page.getByRole('tab', { name: '带队任务进度' }).click();
  await shot('05-quotas');

  const list = await call(page, 'trips.list', { limit: 50, sort: [{ col: 'visitCount', dir: 'desc' }] });
  if (!list.ok) throw new Error(list.error.message);
  const busy = list.value.rows.find((r) => r.stopCount >= 4) ?? list.value.rows[0]!;
  await page.goto(`${app.url}#/trips/${busy.id}`);
  await expect(page.getByTestId('trip-map')).toBeVisible();
  await shot('06-planner');
  await page.getByRole('button', { name: /优化顺序/ }).click();
  await shot('07-optimise');
  await page.keyboard.press('Escape');
  await page
    .getByTestId('stop-card')
    .first()
    .getByRole('button', { name: /附近客商/ })
    .click();
  await expect(page.locator('.nearby-drawer .ant-table-row').first()).toBeVisible();
  await shot('08-nearby');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /添加停靠城市/ }).click();
  await shot('10-add-stop');
  await page.keyboard.press('Escape');

  const ahead = list.value.rows.find((r) => r.status === 'planned' && r.visitCount > 0);
  if (ahead) {
    await page.goto(`${app.url}#/trips/${ahead.id}`);
    await expect(page.getByTestId('trip-map')).toBeVisible();
    await shot('09-planner-planned');
    await page
      .getByRole('button', { name: /标记已走访/ })
      .first()
      .click();
    await shot('09-visit-done');
    await page.keyboard.press('Escape');
  }

  await page.goto(`${app.url}#/trips?new=1`);
  await shot('11-new-trip');

  await page.goto(`${app.url}#/receptions`);
  await expect(page.getByTestId('reception-totals')).toContainText('接待考察企业');
  await shot('12-receptions');
  await page.getByRole('button', { name: /新增接待/ }).click();
  await shot('13-reception-new');
});
