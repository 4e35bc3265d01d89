import type { Locator, Page } from '@playwright/test';
import { call, expect, test, value } from './fixtures';
import { choose } from './pickers';

async function seed(page: Page) {
  const wang = await value(
    call(page, 'staff.create', { name: '王主任', role: 'leader', leaderLevel: 'zone' }),
  );
  const li = await value(call(page, 'staff.create', { name: '李局长', role: 'leader', leaderLevel: 'zone' }));
  await value(
    call(page, 'trips.create', {
      title: '长三角招商考察',
      leaderId: wang.id,
      startsOn: '2099-05-20',
      endsOn: '2099-05-23',
    }),
  );
  await value(
    call(page, 'receptions.create', {
      startsOn: '2099-05-24',
      endsOn: '2099-05-25',
      delegation: '德国巴斯夫考察团',
      headcount: 6,
      hostId: li.id,
    }),
  );
  await value(call(page, 'companies.create', { name: '杭州海康威视数字技术股份有限公司', hqAdcode: 330108 }));
  await value(call(page, 'companies.create', { name: '宁波舜宇光电信息有限公司', hqAdcode: 330203 }));
}

/**
 * Types a date range. The pointer is moved off first: a calendar day under it (where an option
 * was just clicked) shows in the field while hovered and would mix with the typed text.
 */
async function setDates(page: Page, scope: Locator, from: string, to: string) {
  await page.mouse.move(0, 0);
  await scope.getByPlaceholder('开始日期').fill(from);
  await scope.getByPlaceholder('结束日期').fill(to);
  await scope.getByPlaceholder('结束日期').press('Enter');
}

test('a new trip warns of a leader already away or hosting, and a visit to a company in another city', async ({
  page,
  app,
}, testInfo) => {
  await seed(page);
  await page.goto(`${app.url}#/trips`);
  await page.getByRole('button', { name: /新建行程/ }).click();
  const form = page.locator('.trip-form');
  await form.getByLabel('行程名称').fill('浙江招商对接');
  await setDates(page, form, '2099-05-22', '2099-05-25');
  await expect(form.getByTestId('busy-warning')).toBeHidden();

  await choose(page, form, '带队领导', '王主任', '王主任');
  const warning = form.getByTestId('busy-warning');
  await expect(warning).toContainText('王主任 已在「长三角招商考察」行程中（5月20日—5月23日）');
  await choose(page, form, '随行人员', '李局长', '李局长');
  await expect(warning).toContainText('李局长 需接待「德国巴斯夫考察团」（5月24日—5月25日）');
  await page.screenshot({ path: testInfo.outputPath('trip-form-busy.png') });

  // Moving the trip clear of both makes the warning go; moving it back brings it again.
  await setDates(page, form, '2099-05-26', '2099-05-28');
  await expect(warning).toBeHidden();
  await setDates(page, form, '2099-05-23', '2099-05-24');
  await expect(warning).toContainText('王主任');

  // A warning, not a refusal: the trip saves, and its planner keeps saying so.
  await form.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByTestId('trip-planner')).toBeVisible();
  const summary = page.locator('.trip-summary').getByTestId('busy-warning');
  await expect(summary).toContainText('王主任 已在「长三角招商考察」行程中（5月20日—5月23日）');
  await expect(summary).toContainText('李局长 需接待「德国巴斯夫考察团」（5月24日—5月25日）');

  await page.getByRole('button', { name: /添加停靠城市/ }).click();
  const stopModal = page.locator('.stop-modal');
  await choose(page, stopModal, '城市/区县', 'hangzhou', /浙江省 杭州市$/);
  await stopModal.getByRole('button', { name: /保\s*存/ }).click();
  await expect(stopModal).toBeHidden();

  const stop = page.getByTestId('stop-card').filter({ hasText: '杭州' });
  await stop.getByRole('button', { name: /添加走访/ }).click();
  const visitModal = page.locator('.visit-modal');
  await choose(page, visitModal, '企业', '海康', '杭州海康威视数字技术股份有限公司');
  await expect(visitModal.getByTestId('visit-elsewhere-warning')).toBeHidden();
  await choose(page, visitModal, '企业', '舜宇', '宁波舜宇光电信息有限公司');
  await expect(visitModal.getByTestId('visit-elsewhere-warning')).toHaveText(
    '该企业总部在宁波市，不在本站所在的杭州市',
  );
  await page.screenshot({ path: testInfo.outputPath('visit-elsewhere.png') });
  await visitModal.getByRole('button', { name: /保\s*存/ }).click();
  await expect(visitModal).toBeHidden();
  const row = stop.getByTestId('visit-row').filter({ hasText: '宁波舜宇光电信息有限公司' });
  await expect(row.getByTestId('visit-elsewhere')).toHaveText('不在本市');
  await page.screenshot({ path: testInfo.outputPath('planner-warnings.png') });
});

test('a reception warns when its host is away on a trip those days', async ({ page, app }) => {
  await seed(page);
  await page.goto(`${app.url}#/receptions`);
  await page.getByRole('button', { name: /新增接待/ }).click();
  const drawer = page.locator('.reception-drawer');
  await drawer.getByLabel('来访团组').fill('宁德时代考察团');
  await setDates(page, drawer, '2099-05-21', '2099-05-21');
  await choose(page, drawer, '接待领导', '王主任', '王主任');
  await expect(drawer.getByTestId('busy-warning')).toContainText(
    '王主任 已在「长三角招商考察」行程中（5月20日—5月23日）',
  );
  await choose(page, drawer, '接待领导', '李局长', '李局长');
  await expect(drawer.getByTestId('busy-warning')).toBeHidden();
});
