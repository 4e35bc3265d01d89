import type { Page } from '@playwright/test';
import { call, expect, test } from './fixtures';
import { creditCodeCheckChar } from '@contract/shared/creditCode';

const SHOTS = process.env.LEADATLAS_SHOTS;
const shot = async (page: Page, name: string) => {
  await page.screenshot({ path: SHOTS ? `${SHOTS}/${name}.png` : test.info().outputPath(`${name}.png`) });
};

test.describe('header search on the demo ledger', () => {
  test.use({ demo: 'S' });

  test('Ctrl+K finds a contact by pinyin initials and Enter opens it', async ({ page, app }) => {
    const company = await call(page, 'companies.create', { name: '杭州海康威视数字技术股份有限公司' });
    if (!company.ok) throw new Error(company.error.message);
    await call(page, 'contacts.create', {
      companyId: company.value.id,
      name: '张家新',
      title: '董事长',
      mobile: '13812345678',
    });
    await page.goto(`${app.url}#/companies`);
    await expect(page.getByTestId('companies-grid').locator('.ag-row').first()).toBeVisible();

    await page.keyboard.press('ControlOrMeta+k');
    const box = page.getByRole('combobox', { name: '搜索' });
    await expect(box).toBeFocused();
    await page.keyboard.type('zjx');
    const hit = page.getByRole('option', { name: /张家新/ });
    await expect(hit).toBeVisible();
    await expect(hit.locator('mark')).toHaveText('张家新');
    await expect(hit).toContainText('杭州海康威视数字技术股份有限公司 · 董事长');
    await shot(page, 'search-initials');

    // Arrow down to the hit (its position depends on the demo data), then Enter.
    for (let i = 0; i < 20 && (await hit.getAttribute('aria-selected')) !== 'true'; i++) {
      await page.keyboard.press('ArrowDown');
    }
    await expect(hit).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/contacts\?open=\d+/);
    const drawer = page.locator('.contact-drawer');
    await expect(drawer.getByLabel('姓名')).toHaveValue('张家新');
    await expect(box).not.toBeFocused();

    // The same search by a company's initials and by the last four digits of the mobile.
    await page.keyboard.press('Escape');
    await page.keyboard.press('ControlOrMeta+k');
    await page.keyboard.type('hkws');
    await expect(page.getByRole('group', { name: '企业' }).getByRole('option').first()).toContainText(
      '海康威视',
    );
    await box.fill('5678');
    await expect(page.getByRole('option', { name: /张家新/ })).toContainText('电话 13812345678');
    await box.fill('长城汽车邳州有限公司不存在');
    await expect(page.getByRole('listbox')).toContainText(
      '没有找到与“长城汽车邳州有限公司不存在”相关的企业、项目或联系人',
    );
  });

  test('a company opened from search shows in the companies page drawer', async ({ page, app }) => {
    await page.goto(`${app.url}#/workbench`);
    // Ctrl+K is heard once the page is up, as a person sees it before pressing it.
    await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
    await page.keyboard.press('ControlOrMeta+k');
    await expect(page.getByRole('combobox', { name: '搜索' })).toBeFocused();
    await page.keyboard.type('有限');
    const first = page.getByRole('group', { name: '企业' }).getByRole('option').first();
    const name = (await first.locator('.search-title').innerText()).trim();
    await first.click();
    await expect(page).toHaveURL(/#\/companies\?open=\d+/);
    await expect(page.locator('.company-drawer').getByLabel('企业名称')).toHaveValue(name);
  });
});

const FIRST17 = '91320382MA1X7K0Q5';
const CODE = FIRST17 + creditCodeCheckChar(FIRST17);

test('merge two duplicate companies, then undo the merge', async ({ page, app }) => {
  const a = await call(page, 'companies.create', {
    name: '长城汽车（邳州）有限公司',
    industry: '汽车制造业',
  });
  const b = await call(page, 'companies.create', {
    name: '长城汽车(邳州)有限公司',
    creditCode: CODE,
    hqAddress: '邳州市经济开发区长城大道1号',
  });
  if (!a.ok || !b.ok) throw new Error('setup failed');
  await call(page, 'contacts.create', { companyId: b.value.id, name: '穆峰', mobile: '13600001234' });
  await call(page, 'projects.create', { name: '长城汽车零部件产业园项目', companyId: b.value.id });

  await page.goto(`${app.url}#/companies`);
  const grid = page.getByTestId('companies-grid');
  await page.getByRole('searchbox', { name: '按企业名称或信用代码搜索' }).fill('长城汽车');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('grid-total')).toHaveText('共 2 家企业');
  // Tick the older record first: it is the one to keep.
  for (const id of [a.value.id, b.value.id]) {
    await grid.locator(`.ag-row[row-id="${id}"] .ag-selection-checkbox input`).first().check();
  }
  await page.getByRole('button', { name: /合并企业/ }).click();
  const dialog = page.locator('.merge-modal');
  await expect(dialog).toContainText('邳州市经济开发区长城大道1号');
  await expect(dialog).toContainText('合并后转入保留企业的记录：联系人 1、招商项目 1');
  // Empty on the kept side, so the other company's credit code is preselected.
  const codeRow = dialog.getByRole('row', { name: /统一社会信用代码/ });
  await expect(codeRow.getByRole('radio').nth(1)).toBeChecked();
  await shot(page, 'merge-dialog');
  await dialog.getByRole('button', { name: '确认合并' }).click();
  await page
    .getByRole('dialog', { name: '确认合并这两家企业？' })
    .getByRole('button', { name: '确认合并' })
    .click();

  await expect(page.getByText('已将“长城汽车(邳州)有限公司”并入“长城汽车（邳州）有限公司”')).toBeVisible();
  await expect(page.getByTestId('grid-total')).toHaveText('共 1 家企业');
  const merged = await call(page, 'companies.get', { id: a.value.id });
  expect(merged.ok && [merged.value.creditCode, merged.value.hqAddress, merged.value.industry]).toEqual([
    CODE,
    '邳州市经济开发区长城大道1号',
    '汽车制造业',
  ]);
  const moved = await call(page, 'contacts.list', { companyId: a.value.id });
  expect(moved.ok && moved.value.rows.map((r) => r.name)).toEqual(['穆峰']);

  await page.getByRole('button', { name: '撤销合并' }).click();
  await expect(page.getByTestId('grid-total')).toHaveText('共 2 家企业');
  const back = await call(page, 'companies.get', { id: b.value.id });
  expect(back.ok && [back.value.name, back.value.creditCode]).toEqual(['长城汽车(邳州)有限公司', CODE]);
  const kept = await call(page, 'companies.get', { id: a.value.id });
  expect(kept.ok && [kept.value.creditCode, kept.value.hqAddress]).toEqual([null, null]);
  const contacts = await call(page, 'contacts.list', { companyId: b.value.id });
  expect(contacts.ok && contacts.value.rows.map((r) => r.name)).toEqual(['穆峰']);
});
