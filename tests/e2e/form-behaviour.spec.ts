import { call, expect, test, value } from './fixtures';

test('Esc or a click outside a drawer with unsaved changes asks before discarding them', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/companies`);
  const drawer = page.locator('.company-drawer');
  // Nothing typed: Esc just closes.
  await page.getByRole('button', { name: /新增企业/ }).click();
  await expect(drawer.getByLabel('企业名称')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  await page.getByRole('button', { name: /新增企业/ }).click();
  await drawer.getByLabel('企业名称').fill('襄阳华中精密制造有限公司');
  await page.keyboard.press('Escape');
  const ask = page.locator('.ant-modal-confirm', { hasText: '放弃未保存的修改？' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: '继续编辑' }).click();
  await expect(drawer.getByLabel('企业名称')).toHaveValue('襄阳华中精密制造有限公司');

  await page.locator('.ant-drawer-mask').click({ position: { x: 20, y: 300 } });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: '放弃修改' }).click();
  await expect(drawer).toBeHidden();
  expect((await value(call(page, 'companies.list', {}))).total).toBe(0);
});

test('Enter in a date picker picks the date and does not submit the form', async ({ page, app }) => {
  await page.goto(`${app.url}#/projects/kanban`);
  // The board is loaded (its Ctrl+N is listening) once its empty state shows.
  await expect(page.getByText('还没有招商项目')).toBeVisible();
  await page.keyboard.press('Control+n');
  const drawer = page.locator('.project-drawer');
  await drawer.getByLabel('项目名称').fill('年产5万吨新型建材项目');
  const signed = drawer.getByLabel('签约日期');
  await signed.click();
  await signed.fill('2026-05-20');
  await signed.press('Enter');
  await expect(signed).toHaveValue('2026-05-20');
  await expect(drawer.locator('.project-drawer-name')).toHaveCount(0);
  expect((await value(call(page, 'projects.list', {}))).total).toBe(0);

  await drawer.getByLabel('项目名称').press('Enter');
  await expect(drawer.locator('.project-drawer-name')).toHaveText('年产5万吨新型建材项目');
  const list = await value(call(page, 'projects.list', {}));
  expect(list.rows.map((r) => [r.name, r.signedOn])).toEqual([['年产5万吨新型建材项目', '2026-05-20']]);
});

test('double-click on a name opens the record; F2 renames it', async ({ page, app }) => {
  await page.goto(app.url);
  const project = await value(call(page, 'projects.create', { name: '智能装备产业园项目' }));
  await page.goto(`${app.url}#/projects`);
  const cell = page.getByTestId('projects-grid').locator('.ag-row[row-index="0"] [col-id="name"]');
  await expect(cell).toHaveText('智能装备产业园项目');
  await cell.dblclick();
  await expect(page.locator('.project-drawer .project-drawer-name')).toHaveText('智能装备产业园项目');
  await expect(cell.locator('input')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.locator('.project-drawer')).toBeHidden();

  await cell.click();
  await page.keyboard.press('F2');
  await cell.locator('input').fill('智能装备产业园二期项目');
  await page.keyboard.press('Enter');
  await expect(cell).toHaveText('智能装备产业园二期项目');
  await expect
    .poll(async () => (await value(call(page, 'projects.get', { id: project.id }))).name)
    .toBe('智能装备产业园二期项目');
});

test('a search with no matches says so and offers to clear it', async ({ page, app }) => {
  await page.goto(app.url);
  await value(call(page, 'companies.create', { name: '湖北谷城汽车零部件有限公司' }));
  await page.goto(`${app.url}#/companies`);
  const grid = page.getByTestId('companies-grid');
  await expect(grid.locator('.ag-row')).toHaveCount(1);
  await page.getByPlaceholder('按企业名称或信用代码搜索').fill('不存在的企业名');
  await page.getByPlaceholder('按企业名称或信用代码搜索').press('Enter');
  const none = page.getByTestId('grid-no-match');
  await expect(none).toHaveText('没有符合条件的企业 · 清除筛选');
  await expect(grid.getByText('还没有企业')).toBeHidden();
  await page.screenshot({ path: test.info().outputPath('no-match.png') });
  await none.getByText('清除筛选').click();
  await expect(grid.locator('.ag-row')).toHaveCount(1);
  await expect(none).toBeHidden();

  // The contacts page's empty hint points to places that exist.
  await page.goto(`${app.url}#/contacts`);
  await expect(page.getByText('还没有联系人。点击“新增联系人”录入')).toBeVisible();
  await expect(page.getByRole('button', { name: /新增联系人/ })).toBeVisible();
});
