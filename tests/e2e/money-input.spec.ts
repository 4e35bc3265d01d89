import { call, expect, test, value } from './fixtures';

test('the new-project form reads 1.2亿 in a 万元 field, shows what it will save, and refuses -100 and abc', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/projects/kanban`);
  await expect(page.getByText('还没有招商项目')).toBeVisible();
  await page.keyboard.press('Control+n');
  const drawer = page.locator('.project-drawer');
  await drawer.getByLabel('项目名称').fill('年产10万吨铝合金精深加工项目');
  const planned = drawer.getByLabel('计划投资', { exact: true });
  const plannedItem = drawer
    .locator('.ant-form-item')
    .filter({ has: page.getByLabel('计划投资', { exact: true }) });

  await planned.fill('-100');
  await expect(plannedItem).toContainText('金额不能为负数');
  await planned.press('Enter');
  await expect(plannedItem).toContainText('金额不能为负数');
  await planned.fill('abc');
  await expect(plannedItem).toContainText('无法识别金额“abc”，请填写数字');
  await planned.press('Enter');
  await expect(plannedItem).toContainText('无法识别金额“abc”');
  expect((await value(call(page, 'projects.list', {}))).total).toBe(0);

  await planned.fill('1.2亿');
  await expect(plannedItem.getByTestId('money-preview')).toHaveText('= 12,000 万元');
  await page.screenshot({ path: test.info().outputPath('money-preview.png') });
  await planned.press('Enter');
  await expect(drawer.locator('.project-drawer-name')).toHaveText('年产10万吨铝合金精深加工项目');
  const list = await value(call(page, 'projects.list', {}));
  expect(list.rows.map((r) => [r.name, r.plannedAmount])).toEqual([
    ['年产10万吨铝合金精深加工项目', 120_000_000],
  ]);
});

test('a grid cell of 合同投资额 takes 5亿 and refuses abc out loud', async ({ page, app }) => {
  await page.goto(app.url);
  const project = await value(
    call(page, 'projects.create', { name: '智能装备产业园项目', contractAmount: 10_000_000 }),
  );
  await page.goto(`${app.url}#/projects`);
  const grid = page.getByTestId('projects-grid');
  const cell = grid.locator('.ag-row[row-index="0"] [col-id="contractAmount"]');
  await expect(cell).toHaveText('1,000');

  await cell.dblclick();
  const editor = page.locator('.money-cell-editor input');
  await editor.fill('5亿');
  await expect(page.locator('.money-cell-editor').getByTestId('money-preview')).toHaveText('= 50,000 万元');
  await page.screenshot({ path: test.info().outputPath('money-cell.png') });
  await editor.press('Enter');
  await expect(cell).toHaveText('50,000');
  await expect
    .poll(async () => (await value(call(page, 'projects.get', { id: project.id }))).contractAmount)
    .toBe(500_000_000);

  await cell.dblclick();
  await editor.fill('abc');
  await expect(page.locator('.money-cell-editor')).toContainText('无法识别金额“abc”');
  await editor.press('Enter');
  await expect(page.locator('.ant-message')).toContainText('未保存：无法识别金额“abc”');
  await expect(cell).toHaveText('50,000');
  expect((await value(call(page, 'projects.get', { id: project.id }))).contractAmount).toBe(500_000_000);
});
