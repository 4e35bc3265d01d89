import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { call, expect, test } from './fixtures';

// 另存到… and 从备份文件恢复… on 设置 → 数据备份, in the browser preview (download and upload).

const SHOTS = process.env.LEADATLAS_SHOTS;

/** The file input behind 从备份文件恢复…, then the confirmation naming the file. */
async function restoreFile(page: Page, path: string): Promise<void> {
  await page.getByTestId('backups').locator('input[type=file]').setInputFiles(path);
  const confirm = page.locator('.ant-modal-confirm');
  await expect(confirm).toContainText('替换当前数据');
  await confirm.getByRole('button', { name: /恢\s*复/ }).click();
}

const companies = async (page: Page, q: string): Promise<number> => {
  const found = await call(page, 'companies.list', { q });
  return found.ok ? found.value.total : -1;
};

test('a backup saved to a file restores from it, behind an overlay that lets no click through', async ({
  page,
  app,
}) => {
  await call(page, 'companies.create', { name: '备份前已有的企业有限公司' });
  await page.goto(`${app.url}#/settings`);
  const backups = page.getByTestId('backups');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    backups.getByRole('button', { name: '另存到…' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^招商通备份-\d{8}-\d{6}\.sqlite$/);
  const path = join(mkdtempSync(join(tmpdir(), 'la-backup-')), download.suggestedFilename());
  await download.saveAs(path);
  // The copy is also one of the listed backups.
  await expect(backups.locator('tr', { hasText: '手动备份' })).toBeVisible();
  if (SHOTS) await backups.screenshot({ path: join(SHOTS, 'backups-card.png') });

  await call(page, 'companies.create', { name: '恢复后应消失的企业有限公司' });
  // The restore is held at the door until the overlay has been tried with a click.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/__api/call', async (route) => {
    const body = route.request().postDataJSON() as { channel?: string };
    if (body.channel === 'backups.restoreFile') await held;
    await route.continue();
  });
  await restoreFile(page, path);

  const overlay = page.getByTestId('restore-overlay');
  await expect(overlay).toContainText('正在恢复数据');
  await expect(overlay.locator('.ant-progress')).toBeVisible();
  const projectsLink = page.locator('.ant-layout-sider').getByText('招商项目', { exact: true });
  const box = await projectsLink.boundingBox();
  if (!box) throw new Error('sidebar link not found');
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  // What sits on top at the link's spot is the overlay, not the link.
  const topmost = await page.evaluate(
    `document.elementFromPoint(${x}, ${y})?.closest('.ant-modal-wrap') !== null`,
  );
  expect(topmost).toBe(true);
  await page.mouse.click(x, y);
  await page.keyboard.press('Escape');
  await expect(overlay).toBeVisible();
  expect(page.url()).toContain('#/settings');
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'restore-overlay.png') });

  release();
  await expect(page.getByText(/已从“招商通备份-.*”恢复/)).toBeVisible({ timeout: 30_000 });
  await expect(overlay).toContainText('恢复完成，正在重新载入');
  expect(await companies(page, '恢复后应消失')).toBe(0);
  expect(await companies(page, '备份前已有的企业')).toBe(1);
  await expect(page.getByTestId('backups').locator('tr', { hasText: '恢复前保存的数据' })).toBeVisible({
    timeout: 30_000,
  });
});

test('a file that is not a backup is refused with its reason, and nothing changes', async ({ page, app }) => {
  await call(page, 'companies.create', { name: '应当保留的企业有限公司' });
  await page.goto(`${app.url}#/settings`);
  const path = join(mkdtempSync(join(tmpdir(), 'la-not-backup-')), '会议纪要.sqlite');
  writeFileSync(path, '这不是数据库文件，只是一段文字。'.repeat(200));
  await restoreFile(page, path);
  await expect(
    page.getByText('该文件不是招商通的备份（不是数据库文件），不能恢复。当前数据未作任何更改。'),
  ).toBeVisible();
  await expect(page.getByTestId('restore-overlay')).toBeHidden();
  expect(await companies(page, '应当保留的企业')).toBe(1);
  await expect(page.getByTestId('backups').locator('tr', { hasText: '恢复前保存的数据' })).toHaveCount(0);
});
