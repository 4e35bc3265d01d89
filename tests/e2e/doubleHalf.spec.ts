import { call, expect, test } from './fixtures';

// 双过半 is judged on 30 June. In December the 工作台 shows the verdict of 30 June and says so;
// no card carries a 过半 tag any more, and a card behind time says by how many 个百分点.

const YI = 100_000_000;

test.describe('on 4 December 2026', () => {
  test.use({ now: '2026-12-04T10:00:00+08:00' });

  test('the 双过半 badge is the verdict of 30 June, the cards read against 序时进度', async ({
    page,
    app,
  }, info) => {
    // 6亿 of a 10亿 target signed in March: 60% on 30 June (过半), behind time in December.
    expect(
      (await call(page, 'targets.set', { year: 2026, indicator: 'contractAmount', value: 10 * YI })).ok,
    ).toBe(true);
    const signed = await call(page, 'projects.create', {
      name: '智能安防产业园',
      stage: 'signed',
      signedOn: '2026-03-01',
      contractAmount: 6 * YI,
    });
    expect(signed.ok).toBe(true);

    await page.goto(`${app.url}#/workbench`);
    await page.reload();
    await expect(page.getByTestId('double-half')).toHaveText('已实现“双过半”（6月30日）');
    await expect(page.getByTestId('as-of')).toContainText('序时进度');
    const card = page.getByTestId('kpi-contractAmount');
    await expect(card.getByTestId('kpi-value')).toHaveText('6.00亿元');
    await expect(card).toContainText('滞后');
    await expect(card).not.toContainText('过半');
    // 4 December is day 338 of 365: 92.6% of the year; 60% done is 32.6 个百分点 behind.
    await expect(card).toContainText('落后序时进度 32.6 个百分点');
    await page.screenshot({ path: info.outputPath('dashboard-december.png') });
  });
});
