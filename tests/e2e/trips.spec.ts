import { todayLocal } from '@contract/shared/time';
import type { Page } from '@playwright/test';
import { call, expect, test, value } from './fixtures';
import { choose } from './pickers';

async function seed(page: Page) {
  const leader = await value(
    call(page, 'staff.create', { name: '王主任', role: 'leader', leaderLevel: 'zone' }),
  );
  const company = await value(
    call(page, 'companies.create', { name: '杭州海康威视数字技术股份有限公司', hqAdcode: 330108 }),
  );
  const project = await value(
    call(page, 'projects.create', {
      name: '智能安防产业园项目',
      companyId: company.id,
      stage: 'negotiating',
      plannedAmount: 1_500_000_000,
    }),
  );
  return { leader, company, project };
}

async function addStop(page: Page, typed: string, option: RegExp) {
  await page.getByRole('button', { name: /添加停靠城市/ }).click();
  const modal = page.locator('.stop-modal');
  await choose(page, modal, '城市/区县', typed, option);
  await modal.getByRole('button', { name: /保\s*存/ }).click();
  await expect(modal).toBeHidden();
}

const stopNames = (page: Page) => page.getByTestId('stop-card').locator('.stop-title strong');

test('plan a three-stop trip, optimise it, see the map, mark a visit done and find the meeting', async ({
  page,
  app,
}, testInfo) => {
  const { project } = await seed(page);
  await page.goto(`${app.url}#/trips`);
  await expect(page.getByTestId('trip-banner')).toContainText('还没有外出招商行程');

  await page.getByRole('button', { name: /新建行程/ }).click();
  const form = page.locator('.trip-form');
  await form.getByLabel('行程名称').fill('长三角招商考察');
  await form.getByPlaceholder('开始日期').fill('2099-05-19');
  await form.getByPlaceholder('结束日期').fill('2099-05-26');
  await form.getByPlaceholder('结束日期').press('Enter');
  await choose(page, form, '带队领导', '王主任', '王主任');
  await choose(page, form, '出发地', 'gucheng', /湖北省 襄阳市 谷城县/);
  await form.getByRole('button', { name: /保\s*存/ }).click();

  await expect(page.getByTestId('trip-planner')).toBeVisible();
  await expect(page.getByRole('heading', { name: '长三角招商考察' })).toBeVisible();
  // Picked in a zig-zag: the coast, back inland, the coast again.
  await addStop(page, '上海', /^上海市$/);
  await addStop(page, 'wuhan', /湖北省 武汉市$/);
  await addStop(page, 'hangzhou', /浙江省 杭州市$/);
  await expect(stopNames(page)).toHaveText(['上海', '武汉', '杭州']);
  const totals = page.getByTestId('trip-totals');
  await expect(totals).toContainText('跨3省3地');
  const before = Number(/总行程(\d+)公里/.exec((await totals.textContent()) ?? '')?.[1]);

  await page.getByRole('button', { name: /优化顺序/ }).click();
  const optimise = page.locator('.optimise-modal');
  await expect(optimise.getByTestId('optimise-saving')).toContainText('可节省');
  await expect(optimise).toContainText('已穷举全部顺序');
  await optimise.getByRole('button', { name: /应用新顺序/ }).click();
  await expect(stopNames(page)).toHaveText(['武汉', '杭州', '上海']);
  await expect
    .poll(async () => Number(/总行程(\d+)公里/.exec((await totals.textContent()) ?? '')?.[1]))
    .toBeLessThan(before);

  const map = page.getByTestId('trip-map');
  await expect(map).toHaveAttribute('aria-label', /1\.武汉 → 2\.杭州 → 3\.上海/);
  await expect(map.locator('canvas').first()).toBeVisible();
  await page.waitForTimeout(800);
  await map.screenshot({ path: testInfo.outputPath('trip-map.png') });
  await page.screenshot({ path: testInfo.outputPath('trip-planner.png') });

  // One click from the nearby leads of the 杭州 stop puts the company on the visit list.
  const hangzhou = page.getByTestId('stop-card').filter({ hasText: '杭州' });
  await hangzhou.getByRole('button', { name: /附近客商/ }).click();
  const nearby = page.locator('.nearby-drawer');
  const lead = nearby.locator('tr', { hasText: '杭州海康威视数字技术股份有限公司' });
  await expect(lead).toContainText('洽谈');
  await lead.getByRole('button', { name: '加入走访' }).click();
  await expect(lead.getByRole('button', { name: '已安排' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(nearby).toBeHidden();

  const visit = hangzhou.getByTestId('visit-row');
  await expect(visit).toContainText('计划');
  await visit.getByRole('button', { name: /标记已走访/ }).click();
  const done = page.locator('.visit-done-modal');
  await done.getByLabel('洽谈内容').fill('与总裁面谈，对方有意在园区布局华中生产基地');
  await done.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('已记入洽谈记录')).toBeVisible();
  await expect(visit).toContainText('已走访');

  const meetings = await value(call(page, 'interactions.list', { projectId: project.id }));
  expect(meetings.rows).toHaveLength(1);
  expect(meetings.rows[0]).toMatchObject({
    kind: 'visit_out',
    place: '杭州',
    summary: '与总裁面谈，对方有意在园区布局华中生产基地',
  });

  // The same meeting, once, on the project's own timeline.
  await page.goto(`${app.url}#/projects?open=${project.id}`);
  const drawer = page.locator('.project-drawer');
  await drawer.getByRole('tab', { name: '项目动态' }).click();
  const entry = drawer.locator('.timeline-interaction').first();
  await expect(entry).toContainText('与总裁面谈，对方有意在园区布局华中生产基地');
  await expect(entry).toContainText('王主任');
});

test('shortening a trip that would leave a stop outside it is refused in Chinese, nothing changes', async ({
  page,
  app,
}) => {
  const trip = await value(
    call(page, 'trips.create', { title: '珠三角招商', startsOn: '2099-06-01', endsOn: '2099-06-03' }),
  );
  await value(
    call(page, 'trips.addStop', {
      tripId: trip.id,
      adcode: 440300,
      placeName: '深圳',
      arriveOn: '2099-06-03',
      departOn: '2099-06-03',
    }),
  );
  await page.goto(`${app.url}#/trips/${trip.id}`);
  await expect(stopNames(page)).toHaveText(['深圳']);
  await page.getByRole('button', { name: /编辑行程信息/ }).click();
  const form = page.locator('.trip-form');
  await form.getByPlaceholder('开始日期').fill('2099-06-01');
  await form.getByPlaceholder('结束日期').fill('2099-06-02');
  await form.getByPlaceholder('结束日期').press('Enter');
  await form.getByRole('button', { name: /保\s*存/ }).click();
  await expect(
    page.getByText('有 1 个停靠点、走访或活动的日期不在 2099-06-01 至 2099-06-02 之内，请先调整它们').first(),
  ).toBeVisible();
  // The form stays open with the dates kept, for the person to correct.
  await expect(page.getByRole('dialog', { name: '编辑行程信息' })).toBeVisible();
  const stored = await value(call(page, 'trips.get', { id: trip.id }));
  expect(stored.endsOn).toBe('2099-06-03');
});

test('a leader’s quota follows the rule set on the quotas tab', async ({ page, app }) => {
  const mayor = await value(
    call(page, 'staff.create', { name: '陈市长', role: 'leader', leaderLevel: 'city' }),
  );
  const year = Number(todayLocal().slice(0, 4));
  const trip = await value(
    call(page, 'trips.create', {
      title: '珠三角招商',
      leaderId: mayor.id,
      startsOn: `${year}-01-05`,
      endsOn: `${year}-01-07`,
      status: 'done',
    }),
  );
  expect(trip.status).toBe('done');
  await page.goto(`${app.url}#/trips?tab=quotas`);
  const row = page.getByTestId('trip-quotas').locator('tr', { hasText: '陈市长' });
  await expect(row).toContainText('1 / 6');
  const rules = page.getByTestId('trip-rules');
  await rules.getByLabel('市级领导每年外出招商不少于').fill('1');
  await rules.getByRole('button', { name: /保\s*存/ }).click();
  await expect(row).toContainText('已完成任务');
  const settings = await value(call(page, 'settings.get', {}));
  expect(settings.leaderTripQuota).toEqual({ city: 1, zone: 12 });
});
