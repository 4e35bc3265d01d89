import { call, expect, test } from './fixtures';

// M: one zone's few hundred projects, more than the grid's first block of rows, so paging,
// sorting and filtering happen in SQL.
test.use({ demo: 'M' });

test('the projects grid pages, sorts and filters in SQL, and a bad inline edit is refused', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/projects`);
  const grid = page.getByTestId('projects-grid');
  await expect(grid.locator('.ag-row').first()).toBeVisible();
  const all = await call(page, 'projects.list', { limit: 1 });
  const total = all.ok ? all.value.total : 0;
  await expect(page.getByTestId('grid-total')).toHaveText(`共 ${total} 个项目`);
  expect(total).toBeGreaterThan(300);
  await page.screenshot({ path: test.info().outputPath('projects-grid.png') });

  // Sort the whole table by planned amount, largest first: the top rows are the largest of all.
  const header = grid.locator('.ag-header-cell[col-id="plannedAmount"] .ag-header-cell-label');
  await header.click();
  await header.click();
  const topCell = grid.locator('.ag-row[row-index="0"] [col-id="plannedAmount"]');
  const biggest = await call(page, 'projects.list', {
    limit: 1,
    sort: [{ col: 'plannedAmount', dir: 'desc' }],
  });
  const expectedTop = biggest.ok ? (biggest.value.rows[0]?.plannedAmount ?? 0) / 10_000 : -1;
  await expect(topCell).toHaveText(expectedTop.toLocaleString('zh-CN', { maximumFractionDigits: 2 }));
  await header.click();

  // Built-in view: signed but not started → only 签约/注册 rows.
  await page.getByRole('combobox', { name: '视图' }).click();
  await page.getByTitle('已签约未开工').click();
  await expect(page.getByTestId('grid-total')).not.toHaveText(`共 ${total} 个项目`);
  const stages = await grid.locator('.ag-row [col-id="stage"]').allInnerTexts();
  expect(stages.length).toBeGreaterThan(0);
  for (const s of stages) expect(['签约', '注册']).toContain(s.trim());

  // A negative planned amount is refused before it is sent; the cell keeps its old value.
  const cell = grid.locator('.ag-row[row-index="0"] [col-id="plannedAmount"]');
  const before = (await cell.innerText()).trim();
  await cell.dblclick();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('-5');
  await page.keyboard.press('Enter');
  await expect(page.locator('.ant-message')).toContainText('金额不能为负数');
  await expect(cell).toHaveText(before);
});

test('a drill-down link shows only the projects behind the figure and can be cleared', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/projects?dd=${encodeURIComponent('已签约')}&f.stage=signed`);
  await expect(page.getByTestId('grid-fixed')).toHaveText('已签约');
  const signed = await call(page, 'projects.list', {
    filters: { stage: { type: 'set', values: ['signed'] } },
    limit: 1,
  });
  await expect(page.getByTestId('grid-total')).toHaveText(`共 ${signed.ok ? signed.value.total : -1} 个项目`);
  await page.getByTestId('grid-fixed').locator('.anticon-close').click();
  await expect(page).toHaveURL(/#\/projects$/);
});
