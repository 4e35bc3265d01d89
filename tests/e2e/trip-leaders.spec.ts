import type { Page } from '@playwright/test';
import { call, expect, test, value } from './fixtures';

const SHOTS = process.env.LEADATLAS_SHOTS;
const shot = (name: string) => (SHOTS ? `${SHOTS}/${name}` : test.info().outputPath(name));

async function seed(page: Page) {
  const squad = await value(call(page, 'teams.create', { name: '招商一分队', kind: 'squad' }));
  await value(
    call(page, 'staff.create', { name: '王主任', role: 'leader', leaderLevel: 'zone', teamId: squad.id }),
  );
  await value(call(page, 'staff.create', { name: '李书记', role: 'leader', leaderLevel: 'city' }));
  await value(call(page, 'staff.create', { name: '张专员', role: 'member', teamId: squad.id }));
  // Around 杭州: two chains, several tiers.
  const companies: [string, string, 'global500' | 'listed' | 'specialized' | null][] = [
    ['杭州海康威视数字技术股份有限公司', '电子信息', 'listed'],
    ['浙江吉利控股集团有限公司', '新能源汽车', 'global500'],
    ['杭州某某汽车零部件有限公司', '新能源汽车', 'specialized'],
    ['杭州某某电池材料有限公司', '新能源汽车', null],
  ];
  for (const [name, chain, tier] of companies)
    await value(call(page, 'companies.create', { name, chain, tier, hqAdcode: 330108 }));
  const trip = await value(
    call(page, 'trips.create', { title: '杭州招商', startsOn: '2099-05-20', endsOn: '2099-05-22' }),
  );
  await value(call(page, 'trips.addStop', { tripId: trip.id, adcode: 330100, placeName: '杭州' }));
  return trip;
}

test('the 带队领导 picker names each leader with level and team, leaders first', async ({ page, app }) => {
  await seed(page);
  await page.goto(`${app.url}#/trips`);
  await page.getByRole('button', { name: /新建行程/ }).click();
  const form = page.locator('.trip-form');
  const item = form.locator('.ant-form-item').filter({ has: page.locator('label:text-is("带队领导")') });
  await item.locator('input').first().click();
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await expect(options).toHaveText(['李书记（市级）', '王主任（园区级·招商一分队）', '张专员（招商一分队）']);
  await page.screenshot({ path: shot('leader-picker.png') });
  await options.filter({ hasText: '王主任' }).click();
  await expect(item).toContainText('王主任（园区级·招商一分队）');
});

test('附近客商 keeps the chosen 产业链 and tiers; 行程规则 shows the road factor with its reason', async ({
  page,
  app,
}) => {
  const trip = await seed(page);
  await page.goto(`${app.url}#/trips/${trip.id}`);
  await page
    .getByTestId('stop-card')
    .filter({ hasText: '杭州' })
    .getByRole('button', { name: /附近客商/ })
    .click();
  const nearby = page.locator('.nearby-drawer');
  const names = nearby.locator('.ant-table-tbody tr.ant-table-row td:first-child > div > div:first-child');
  await expect(nearby.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(4);

  await nearby.getByTestId('nearby-chain').click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '新能源汽车' })
    .click();
  await expect(nearby.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(3);
  await expect(names).not.toContainText(['杭州海康威视数字技术股份有限公司']);

  await nearby.getByTestId('nearby-tiers').click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '世界500强' })
    .click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '专精特新' }).click();
  await page.keyboard.press('Escape');
  await expect(nearby.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(2);
  await expect(names.nth(0)).toContainText(/浙江吉利控股集团有限公司|杭州某某汽车零部件有限公司/);
  await expect(nearby.locator('.ant-table-tbody')).not.toContainText('杭州某某电池材料有限公司');
  await expect(nearby.locator('.nearby-tier').first()).toBeVisible();
  await page.screenshot({ path: shot('nearby-filter.png') });

  await page.goto(`${app.url}#/trips?tab=quotas`);
  const rules = page.getByTestId('trip-rules');
  await expect(rules.getByLabel('道路系数')).toHaveValue('1.25');
  await expect(rules.getByTestId('road-factor-reason')).toHaveText(
    '直线距离×1.25≈公路里程，平原地区经验值；山区可调大',
  );
  await page.screenshot({ path: shot('trip-rules.png') });
});
