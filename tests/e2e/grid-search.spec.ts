import { call, expect, test } from './fixtures';

// The grids' search boxes and the pickers find names the way Ctrl+K does.
async function ok<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>) {
  const r = await p;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

test('客商企业: “jyw” in the search box finds 江阴物流 by its initials', async ({ page, app }) => {
  await page.goto(`${app.url}#/companies`);
  await ok(call(page, 'companies.create', { name: '江阴物流集团有限公司' }));
  await ok(call(page, 'companies.create', { name: '江苏银行股份有限公司' }));
  await page.reload();
  const grid = page.getByTestId('companies-grid');
  const total = page.getByTestId('grid-total');
  await expect(total).toContainText('2');
  await page.getByLabel('按企业名称或信用代码搜索').fill('jyw');
  await page.getByLabel('按企业名称或信用代码搜索').press('Enter');
  await expect(total).toContainText('1');
  await expect(grid).toContainText('江阴物流集团有限公司');
  await expect(grid).not.toContainText('江苏银行');
  await page.screenshot({ path: '/tmp/search-companies-jyw.png' });
});

test('联系人: “151 8430 8423” typed with spaces finds the contact', async ({ page, app }) => {
  await page.goto(`${app.url}#/contacts`);
  const co = await ok(call(page, 'companies.create', { name: '江阴物流集团有限公司' }));
  await ok(call(page, 'contacts.create', { companyId: co.id, name: '钱立军', mobile: '15184308423' }));
  await ok(call(page, 'contacts.create', { companyId: co.id, name: '孙红', mobile: '13900001111' }));
  await page.reload();
  const grid = page.getByTestId('contacts-grid');
  const total = page.getByTestId('grid-total');
  await expect(total).toContainText('2');
  const box = page.getByLabel('按姓名、企业、手机号搜索');
  await box.fill('151 8430 8423');
  await box.press('Enter');
  await expect(total).toContainText('1');
  await expect(grid).toContainText('钱立军');
});

test('项目表单: “xyhc” in the 投资企业 picker offers 新亚汇成', async ({ page, app }) => {
  await page.goto(`${app.url}#/projects/kanban`);
  await ok(call(page, 'companies.create', { name: '新亚汇成电子有限公司' }));
  await ok(call(page, 'companies.create', { name: '新华书店有限公司' }));
  await expect(page.getByText('还没有招商项目')).toBeVisible();
  await page.keyboard.press('Control+n');
  const drawer = page.locator('.project-drawer');
  await expect(drawer).toContainText('新建招商项目');
  await drawer.getByLabel('投资企业').click();
  await page.keyboard.type('xyhc');
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await expect(options).toHaveCount(1);
  await expect(options).toHaveText('新亚汇成电子有限公司');
  await page.screenshot({ path: '/tmp/search-picker-xyhc.png' });
});

test('行程表单: “zsefd” in the 小分队 picker offers 招商二分队', async ({ page, app }) => {
  for (const name of ['招商一分队', '招商二分队', '产业链专班'])
    await ok(call(page, 'teams.create', { name, kind: 'squad' }));
  await page.goto(`${app.url}#/trips`);
  await page.getByRole('button', { name: /新建行程/ }).click();
  const form = page.locator('.trip-form');
  const team = form.locator('.ant-form-item').filter({ has: page.locator('label:text-is("小分队")') });
  await team.locator('input').first().click();
  await page.keyboard.type('zsefd');
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await expect(options).toHaveCount(1);
  await expect(options).toHaveText('招商二分队');
});
