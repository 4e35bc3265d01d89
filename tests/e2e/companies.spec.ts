import { call, expect, test } from './fixtures';
import { creditCodeCheckChar } from '@contract/shared/creditCode';

const FIRST17 = '91330106MA2H2T0W6';
const VALID_CODE = FIRST17 + creditCodeCheckChar(FIRST17);
const save = /保\s*存/;

test('create a company in the real renderer, see it, edit it, reload, still there', async ({ page, app }) => {
  expect(app.url).toBeTruthy();
  await page.goto(`${app.url}#/companies`);
  await page.getByRole('button', { name: /新增企业/ }).click();
  const drawer = page.locator('.company-drawer');
  await drawer.getByLabel('企业名称').fill('杭州海康威视数字技术股份有限公司');
  await drawer.getByLabel('统一社会信用代码').fill(VALID_CODE.toLowerCase());
  await drawer.getByLabel('行业').fill('电子信息');
  await drawer.getByRole('button', { name: save }).click();
  await expect(page.getByText('已保存')).toBeVisible();

  const grid = page.getByTestId('companies-grid');
  const row = grid.locator('.ag-row', { hasText: '杭州海康威视数字技术股份有限公司' });
  await expect(row).toBeVisible();
  await expect(row).toContainText(VALID_CODE);
  await expect(page.getByTestId('grid-total')).toHaveText('共 1 家企业');

  await row.dblclick();
  // The company opens on its story; the form is its 基本信息 tab.
  await drawer.getByRole('tab', { name: '基本信息' }).click();
  await expect(drawer.getByLabel('企业名称')).toHaveValue('杭州海康威视数字技术股份有限公司');
  await drawer.getByLabel('行业').fill('智能物联');
  await drawer.getByRole('button', { name: save }).click();
  await expect(row).toContainText('智能物联');

  await page.reload();
  await expect(page.getByTestId('companies-grid').locator('.ag-row', { hasText: '智能物联' })).toBeVisible();
  const stored = await call(page, 'companies.list', {});
  expect(stored.ok && stored.value.rows.map((r) => [r.name, r.industry])).toEqual([
    ['杭州海康威视数字技术股份有限公司', '智能物联'],
  ]);
});

test('a bad credit code shows the Chinese error and writes nothing', async ({ page, app }) => {
  await page.goto(`${app.url}#/companies`);
  await page.getByRole('button', { name: /新增企业/ }).click();
  const drawer = page.locator('.company-drawer');
  await drawer.getByLabel('企业名称').fill('某某新能源科技有限公司');
  // One character off the valid code: the check character no longer matches.
  await drawer.getByLabel('统一社会信用代码').fill(FIRST17.slice(0, 16) + '7' + VALID_CODE[17]);
  await drawer.getByRole('button', { name: save }).click();
  await expect(drawer.getByText('统一社会信用代码校验位不正确，请核对')).toBeVisible();
  await expect(drawer).toBeVisible();
  const stored = await call(page, 'companies.list', {});
  expect(stored.ok && stored.value.total).toBe(0);
});

test('a likely duplicate name is pointed out before creating', async ({ page, app }) => {
  await call(page, 'companies.create', { name: '长城汽车（邳州）有限公司' });
  await page.goto(`${app.url}#/companies`);
  await page.getByRole('button', { name: /新增企业/ }).click();
  await page.locator('.company-drawer').getByLabel('企业名称').fill('长城汽车(邳州)有限公司');
  await page.locator('.company-drawer').getByRole('button', { name: save }).click();
  const dialog = page.getByRole('dialog', { name: '发现可能重复的企业' });
  await expect(dialog).toContainText('长城汽车（邳州）有限公司');
  await dialog.getByRole('button', { name: /取\s*消/ }).click();
  const stored = await call(page, 'companies.list', {});
  expect(stored.ok && stored.value.total).toBe(1);
});
