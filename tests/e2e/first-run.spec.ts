import { call, expect, test } from './fixtures';

test('first run: an empty database offers demo data, and loading it fills every page', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/workbench`);
  await expect(page.getByText('数据库是空的')).toBeVisible();
  await page.getByRole('button', { name: '载入演示数据' }).click();
  await expect(page.getByText(/演示数据已载入/)).toBeVisible({ timeout: 30_000 });
  const info = await call(page, 'app.info', {});
  expect(info.ok && info.value.empty).toBe(false);
  expect(info.ok && info.value.counts.projects).toBeGreaterThan(100);
  await expect(page.getByText('数据库是空的')).toBeHidden();

  await page.goto(`${app.url}#/companies`);
  await expect(page.getByTestId('companies-grid').locator('.ag-row').first()).toBeVisible();
});

test('demo data never mixes into a database that already has records', async ({ page, app }) => {
  expect(app.url).toBeTruthy();
  await call(page, 'companies.create', { name: '真实客商有限公司' });
  const r = await call(page, 'demo.load', { size: 'S' });
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error.message).toMatch(/[\u4e00-\u9fa5]/);
  const list = await call(page, 'companies.list', {});
  expect(list.ok && list.value.total).toBe(1);
});
