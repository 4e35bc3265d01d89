import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from '../../main/db/driver';
import { call, expect, loadHarness, test } from './fixtures';

test.use({ demo: 'S' });

const SHOTS = process.env.LEADATLAS_SHOTS;
const shot = (name: string) => (SHOTS ? `${SHOTS}/${name}` : test.info().outputPath(name));

test('当前用户 chosen in 设置 picks 我负责的 projects and signs later changes', async ({ page, app }) => {
  // Someone of the demo staff who owns projects.
  const owned = await call(page, 'projects.list', {
    limit: 1,
    sort: [{ col: 'ownerName', dir: 'asc' }],
    filters: { ownerName: { type: 'text', op: 'notBlank' } },
  });
  if (!owned.ok) throw new Error(owned.error.message);
  const me = owned.value.rows[0]?.ownerName as string;
  const mine = await call(page, 'projects.list', {
    limit: 1,
    filters: { ownerName: { type: 'text', op: 'equals', value: me } },
  });
  if (!mine.ok) throw new Error(mine.error.message);
  expect(mine.value.total).toBeLessThan(50);

  await page.goto(`${app.url}#/settings`);
  const field = page.getByTestId('current-user').locator('input');
  await field.fill(me.slice(0, 1));
  await page.locator('.ant-select-item-option', { hasText: me }).first().click();
  await expect(field).toHaveValue(me);
  await expect(page.getByTestId('header-user')).toHaveText(me);
  await field.blur();
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  await page.screenshot({ path: shot('settings.png') });
  // Kept in the database: still there after a reload.
  await page.reload();
  await expect(page.getByTestId('current-user').locator('input')).toHaveValue(me);

  await page.goto(`${app.url}#/projects`);
  await page.getByRole('combobox', { name: '视图' }).click();
  await page.getByTitle('我负责的').click();
  await expect(page.getByTestId('grid-total')).toHaveText(`共 ${mine.value.total} 个项目`);
  const names = await page.getByTestId('projects-grid').locator('.ag-row [col-id="name"]').allInnerTexts();
  const expected = await call(page, 'projects.list', {
    limit: 50,
    filters: { ownerName: { type: 'text', op: 'equals', value: me } },
  });
  if (!expected.ok) throw new Error(expected.error.message);
  expect(names.map((n) => n.trim()).sort()).toEqual(expected.value.rows.map((r) => r.name).sort());

  const created = await call(page, 'companies.create', { name: '宁波舜宇光学科技（集团）有限公司' });
  if (!created.ok) throw new Error(created.error.message);
  const history = await call(page, 'audit.history', { entity: 'company', id: created.value.id });
  if (!history.ok) throw new Error(history.error.message);
  expect(history.value.entries.map((e) => e.actor)).toEqual([me]);
});

test('a ledger saved with 界面语言 English by an older version opens in Chinese, with no language choice', async ({
  page,
}) => {
  const { startHarness } = await loadHarness();
  const dbPath = join(mkdtempSync(join(tmpdir(), 'leadatlas-language-')), 'leadatlas.sqlite');
  const first = await startHarness({ dbPath });
  await first.close();
  const db = new Database(dbPath);
  db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES ('language', '"en"', '2025-01-01T00:00:00Z')`,
  ).run();
  db.close();

  const harness = await startHarness({ dbPath });
  try {
    await page.goto(`${harness.url}#/settings`);
    await expect(page.getByText('金额显示单位')).toBeVisible();
    await expect(page.getByText('界面语言')).toHaveCount(0);
    await expect(page.getByText('English')).toHaveCount(0);
    await expect(page.getByRole('menu').getByText('招商项目')).toBeVisible();
    await page.screenshot({ path: shot('settings-no-language.png') });
  } finally {
    await page.goto('about:blank');
    await harness.close();
  }
});
