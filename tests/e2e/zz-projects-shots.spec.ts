import { call, expect, test } from './fixtures';

const DIR = '/tmp/shots-projects';
test.use({ demo: 'S' });

test('shots', async ({ page, app }) => {
  await page.goto(`${app.url}#/projects/kanban`);
  await expect(page.getByTestId('kanban-board')).toBeVisible();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${DIR}/kanban.png` });

  const list = await call(page, 'projects.list', { limit: 5, sort: [{ col: 'contractAmount', dir: 'desc' }] });
  if (!list.ok) throw new Error('list');
  const p = list.value.rows[0]!;
  await page.locator(`.kanban-card[data-project-id="${p.id}"]`).first().click().catch(async () => {
    await page.locator('.kanban-card').first().click();
  });
  const drawer = page.locator('.project-drawer');
  await expect(drawer.getByRole('tab', { name: '概况' })).toBeVisible();
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${DIR}/drawer-overview.png` });
  await drawer.getByRole('tab', { name: '项目信息' }).click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${DIR}/drawer-form.png` });
  await drawer.getByRole('tab', { name: '项目动态' }).click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${DIR}/drawer-timeline.png` });
  await drawer.getByRole('button', { name: /记一笔洽谈/ }).first().click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${DIR}/drawer-meeting.png` });
  await drawer.getByRole('tab', { name: '实到投资' }).click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${DIR}/drawer-arrivals.png` });
  await page.keyboard.press('Escape');
  await page.locator('.kanban-card').first().click();
  await expect(drawer.getByRole('tab', { name: '概况' })).toBeVisible();
  await drawer.locator('.stage-path-step[data-stage="lead"]').click().catch(() => undefined);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${DIR}/stage-modal.png` });
});
