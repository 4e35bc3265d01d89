import { call, expect, test, value } from './fixtures';

test.use({ demo: 'S' });

/**
 * 撞单 on demo data: a second team opens a project on a company another team follows. The
 * toolbar's count, the list and the server's answer agree; the list names both teams; the new
 * project's drawer warns and links to the other team's project.
 */
test('a company two teams chase shows in the 撞单 list and on both projects', async ({ page, app }) => {
  await page.goto(`${app.url}#/projects`);
  const existing = await value(call(page, 'projects.collisions', {}));
  const before = existing.total;
  const colliding = new Set(existing.collisions.flatMap((c) => c.projects.map((p) => p.companyId)));
  const teams = await value(call(page, 'teams.list', {}));
  // A company only one team follows so far.
  const theirs = (await value(call(page, 'projects.list', { limit: 200 }))).rows.find(
    (p) => p.teamId !== null && p.stage !== 'dropped' && !colliding.has(p.companyId!),
  )!;
  const otherTeam = teams.find((t) => t.id !== theirs.teamId)!;
  const ours = await value(
    call(page, 'projects.create', {
      name: '二期扩产项目（撞单核对）',
      companyId: theirs.companyId!,
      teamId: otherTeam.id,
    }),
  );
  const after = await value(call(page, 'projects.collisions', {}));
  expect(after.total).toBe(before + 1);

  await page.reload();
  const button = page.getByTestId('collisions-button');
  await expect(page.locator('.ant-badge').filter({ has: button })).toContainText(String(after.total));
  await button.click();
  const drawer = page.locator('.ant-drawer').filter({ hasText: '撞单提醒' });
  await expect(drawer.getByTestId('collision')).toHaveCount(Math.min(after.total, after.collisions.length));
  const card = drawer.getByTestId('collision').filter({ hasText: '二期扩产项目（撞单核对）' });
  await expect(card).toContainText(otherTeam.name);
  await expect(card).toContainText(theirs.name);
  await page.screenshot({ path: test.info().outputPath('collisions-list.png') });

  await card.getByRole('button', { name: '二期扩产项目（撞单核对）' }).click();
  const warning = page.getByTestId('collision-warning');
  await expect(warning).toContainText(`撞单：${theirs.teamName}也在跟进`);
  await page.screenshot({ path: test.info().outputPath('collision-warning.png') });
  // The demo may give a company two projects of one title, both of the first team: either will do.
  await warning.getByRole('button', { name: theirs.name }).first().click();
  await expect(page.getByTestId('collision-warning')).toContainText(`撞单：${otherTeam.name}也在跟进`);
  expect(ours.teamId).toBe(otherTeam.id);
});
