import { call, expect, test } from './fixtures';

// Screenshots for looking at (not asserting looks): header search, follow-ups, 企业诉求, merge.
const DIR = '/tmp/shots-search';
test.use({ demo: 'S' });

test('search, follow-ups, service issues, merge', async ({ page, app }) => {
  test.setTimeout(240_000);
  const shot = async (name: string) => {
    await page.waitForTimeout(700);
    await page.screenshot({ path: `${DIR}/${name}.png` });
  };
  await page.goto(`${app.url}#/workbench`);
  await expect(page.getByTestId('follow-ups')).toBeVisible();
  await shot('01-workbench-followups');
  await page
    .getByTestId('follow-ups')
    .getByRole('tab', { name: /已逾期/ })
    .click();
  await shot('02-workbench-overdue');
  await page
    .getByTestId('follow-ups')
    .getByRole('tab', { name: /逾期诉求/ })
    .click();
  await shot('03-workbench-issues');

  await page.keyboard.press('ControlOrMeta+k');
  await shot('04-search-empty');
  await page.keyboard.type('zh');
  await expect(page.getByRole('option').first()).toBeVisible();
  await shot('05-search-zh');
  await page.getByRole('combobox', { name: '搜索' }).fill('hkws');
  await expect(page.getByRole('option').first()).toBeVisible();
  await shot('06-search-hkws');
  await page.getByRole('combobox', { name: '搜索' }).fill('科技');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await shot('07-search-keji');
  const list = await call(page, 'contacts.list', { limit: 1 });
  if (!list.ok) throw new Error(list.error.message);
  const mobile = list.value.rows[0]?.mobile ?? '138';
  await page.getByRole('combobox', { name: '搜索' }).fill(mobile.slice(-4));
  await expect(page.getByRole('option').first()).toBeVisible();
  await shot('08-search-phone');
  await page.getByRole('combobox', { name: '搜索' }).fill('不存在的企业');
  await shot('09-search-none');
  await page.keyboard.press('Escape');

  await page.goto(`${app.url}#/serviceIssues`);
  await expect(page.getByTestId('serviceIssues-grid').locator('.ag-row').first()).toBeVisible();
  await shot('10-issues');
  const openIssues = await call(page, 'serviceIssues.list', {
    limit: 1,
    filters: { status: { type: 'set', values: ['in_progress'] } },
  });
  if (!openIssues.ok) throw new Error(openIssues.error.message);
  await page.goto(`${app.url}#/serviceIssues?open=${openIssues.value.rows[0]?.id}`);
  await expect(page.locator('.issue-drawer').getByLabel('诉求内容')).not.toBeEmpty();
  await shot('11-issue-drawer');
  await page
    .locator('.issue-drawer')
    .getByRole('button', { name: '办 结' })
    .or(page.locator('.issue-drawer').getByRole('button', { name: '办结' }))
    .click();
  await expect(page.getByRole('dialog', { name: '办结诉求' })).toBeVisible();
  await shot('12-issue-close');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '登记诉求' }).click();
  await shot('13-issue-new');
  await page.keyboard.press('Escape');

  await page.goto(`${app.url}#/companies`);
  await expect(page.getByTestId('companies-grid').locator('.ag-row').first()).toBeVisible();
  const rows = page.getByTestId('companies-grid').locator('.ag-center-cols-container .ag-row');
  await page.getByTestId('companies-grid').locator('.ag-selection-checkbox input').nth(0).check();
  await page.getByTestId('companies-grid').locator('.ag-selection-checkbox input').nth(1).check();
  await shot('14-companies-selected');
  await page.getByRole('button', { name: /合并企业/ }).click();
  await expect(page.locator('.merge-modal')).toContainText('合并后转入');
  await shot('15-merge-dialog');
  await page.locator('.merge-modal').getByRole('button', { name: '取 消' }).click();
  const firstId = await rows.first().getAttribute('row-id');
  await page.goto(`${app.url}#/companies?open=${firstId}`);
  await expect(page.locator('.company-drawer').getByLabel('企业名称')).not.toHaveValue('');
  await shot('16-company-drawer');
});
