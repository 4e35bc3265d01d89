import Database from '../../main/db/driver';
import { closeSync, mkdtempSync, openSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, loadHarness, test } from './fixtures';

/** Garbage over the top page of the audit log's index, which reading pages never touches: the file
 * still opens and shows its lists, only a full read finds it. */
function damageAnIndex(path: string): void {
  const db = new Database(path);
  const root = db.prepare(`SELECT rootpage FROM sqlite_schema WHERE name = 'audit_entity'`).pluck().get();
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const fd = openSync(path, 'r+');
  try {
    const garbage = Buffer.alloc(pageSize).map((_, i) => (i * 7919) % 251);
    writeSync(fd, garbage, 0, pageSize, ((root as number) - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}

test('a damaged file opens at once and the background check then shows a notice naming the backup', async ({
  page,
}) => {
  const { startHarness } = await loadHarness();
  const dbPath = join(mkdtempSync(join(tmpdir(), 'leadatlas-damaged-')), 'leadatlas.sqlite');
  const first = await startHarness({ dbPath, demo: 'S' });
  const made = await fetch(`${first.url}__api/call`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ channel: 'backups.create', input: {} }),
  });
  expect(((await made.json()) as { ok: boolean }).ok).toBe(true);
  await first.close();
  damageAnIndex(dbPath);

  const harness = await startHarness({ dbPath });
  try {
    await page.goto(`${harness.url}#/companies`);
    // The page is usable before the check has read the file.
    await expect(page.locator('.ag-row').first()).toBeVisible();
    const notice = page.getByTestId('integrity-notice');
    await expect(notice).toContainText('数据库文件检查发现损坏', { timeout: 30_000 });
    await expect(notice).toContainText('手动备份');
    await notice.getByRole('button', { name: '查看备份' }).click();
    await expect(page).toHaveURL(/#\/settings/);
    await page.screenshot({ path: '/tmp/integrity-notice.png' });
  } finally {
    await page.goto('about:blank');
    await harness.close();
  }
});
