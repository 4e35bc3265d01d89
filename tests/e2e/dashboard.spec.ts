import { todayLocal } from '@contract/shared/time';
import { mkdirSync } from 'node:fs';
import { call, expect, test } from './fixtures';
import { typeIntoCell } from './gridCells';

// The director's 工作台 and 目标任务: targets typed in the grid, indicators computed from the
// records, and every figure opening the records behind it.

const YI = 100_000_000;

test('set a target, add signings, and see the card move against it', async ({ page, app }) => {
  // A first project, so the 工作台 shows the dashboard rather than the first-run offer.
  const first = await call(page, 'projects.create', {
    name: '智能安防产业园',
    stage: 'signed',
    contractAmount: 5 * YI,
  });
  expect(first.ok).toBe(true);

  await page.goto(`${app.url}#/targets`);
  const cell = page.locator('[row-id="contractAmount"] [col-id="office"]');
  // The page has its figures (the grid's rows are rebuilt when they arrive, closing an editor).
  await expect(page.locator('[row-id="contractAmount"] [col-id="actual"]')).toHaveText('5.00');
  // Money targets are typed in 亿元, the unit totals and targets read in: 10 = 10亿.
  await typeIntoCell(cell, '10');
  await expect(page.getByText(/已保存：合同投资额/)).toBeVisible();
  await expect(cell).toHaveText('10.00');
  const year = Number(todayLocal().slice(0, 4));
  const targets = await call(page, 'targets.list', { year });
  expect(targets.ok && targets.value.map((t) => [t.indicator, t.teamId, t.value])).toEqual([
    ['contractAmount', null, 10 * YI],
  ]);

  await page.goto(`${app.url}#/workbench`);
  const card = page.getByTestId('kpi-contractAmount');
  await expect(card.getByTestId('kpi-value')).toHaveText('5.00亿元');
  await expect(card.getByTestId('kpi-percent')).toHaveText('完成 50%');

  // A second signing, added while the dashboard is open; the page is read again.
  await call(page, 'projects.create', { name: '光学模组生产基地', stage: 'signed', contractAmount: 7 * YI });
  await page.reload();
  await expect(card.getByTestId('kpi-value')).toHaveText('12.00亿元');
  await expect(card.getByTestId('kpi-percent')).toHaveText('完成 120%');
  await expect(page.getByTestId('kpi-signedProjects').getByTestId('kpi-value')).toHaveText(/^2/);
});

test('a bad target is refused in Chinese and nothing is saved', async ({ page, app }) => {
  await page.goto(`${app.url}#/targets`);
  const cell = page.locator('[row-id="newBigProjects"] [col-id="office"]');
  await typeIntoCell(cell, '2.5');
  await expect(page.getByText('目标值应为整数')).toBeVisible();
  await typeIntoCell(cell, '二十个');
  await expect(page.getByText('请输入数字，例如 12.5')).toBeVisible();
  const targets = await call(page, 'targets.list', { year: Number(todayLocal().slice(0, 4)) });
  expect(targets.ok && targets.value).toEqual([]);
  await expect(cell).toHaveText('');
});

test.describe('with demo data', () => {
  test.use({ demo: 'S' });

  test('clicking a funnel stage lands on the projects grid filtered to that stage', async ({ page, app }) => {
    await page.goto(`${app.url}#/workbench`);
    const stage = page.getByTestId('funnel-negotiating');
    await expect(stage).toBeVisible();
    const shown = Number((await stage.locator('.funnel-figures b').innerText()).replace(/\D/g, ''));
    expect(shown).toBeGreaterThan(0);

    await stage.click();
    await expect(page).toHaveURL(/#\/projects\?/);
    const params = new URL(page.url().replace('#/projects', '/projects')).searchParams;
    expect([params.get('d.fig'), params.get('d.key')]).toEqual(['stageNow', '"negotiating"']);
    await expect(page.getByTestId('grid-fixed')).toContainText('当前洽谈');
    await expect(page.getByTestId('grid-total')).toHaveText(`共 ${shown} 个项目`);
  });

  test('a signed-stage link carries the period, and Back returns to the same period', async ({
    page,
    app,
  }) => {
    const year = Number(todayLocal().slice(0, 4));
    await page.goto(`${app.url}#/workbench?p=quarter&y=${year}&n=1`);
    await expect(page.getByTestId('kpi-contractAmount')).toContainText('目标（折算）');
    await page.getByTestId('funnel-signed').click();
    await expect(page).toHaveURL(/#\/projects\?/);
    const params = new URL(page.url().replace('#/projects', '/projects')).searchParams;
    expect([params.get('d.fig'), params.get('d.key')]).toEqual(['stageReached', '"signed"']);
    expect([params.get('d.from'), params.get('d.to')]).toEqual([`${year}-01-01`, `${year}-03-31`]);
    await page.goBack();
    await expect(page).toHaveURL(/p=quarter/);
    await expect(page.getByTestId('dashboard')).toBeVisible();
  });

  test('screenshots of the dashboard and the targets page', async ({ page, app }) => {
    // Also a render check: the map, trend and targets grid must all draw. LEADATLAS_SHOTS keeps the pictures.
    const dir = process.env.LEADATLAS_SHOTS ?? test.info().outputPath('shots');
    mkdirSync(dir, { recursive: true });
    await page.goto(`${app.url}#/workbench`);
    await expect(page.getByTestId('kpi-grid')).toBeVisible();
    await expect(page.getByTestId('trend').locator('canvas')).toBeVisible();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${dir}/dashboard-top.png` });
    await page.screenshot({ path: `${dir}/dashboard-full.png`, fullPage: true });
    await page.getByText('总部地区').click();
    await expect(page.getByTestId('breakdown-map').locator('canvas')).toBeVisible();
    await page.waitForTimeout(800);
    await page.getByTestId('breakdown').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${dir}/dashboard-map.png` });
    await page.getByTestId('cycle-times').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${dir}/dashboard-bottom.png` });
    await page.goto(`${app.url}#/workbench?p=quarter&y=${Number(todayLocal().slice(0, 4))}&n=2`);
    await page.getByTestId('kpi-grid').hover();
    await page.mouse.wheel(0, -10_000);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${dir}/dashboard-quarter.png` });
    await page.goto(`${app.url}#/targets`);
    await expect(page.locator('[row-id="contractAmount"]').first()).toBeVisible();
    await page.screenshot({ path: `${dir}/targets.png` });
  });
});
