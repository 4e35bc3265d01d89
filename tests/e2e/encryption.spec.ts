import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { call, expect, loadHarness, test } from './fixtures';
import { fieldError } from './formErrors';

const SHOTS = process.env.LEADATLAS_SHOTS;
const shot = (name: string) => (SHOTS ? `${SHOTS}/${name}` : test.info().outputPath(name));
const PASSPHRASE = '招商引资2026年';

// A machine without a keychain: 设置 asks for a passphrase, and the next start needs it.
test('数据库加密 is turned on in 设置 with a passphrase; the next start asks for it, refuses a wrong one and opens with the right one', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { startHarness } = await loadHarness();
  const dir = mkdtempSync(join(tmpdir(), 'la-e2e-cipher-'));
  const dbPath = join(dir, 'leadatlas.sqlite');
  let harness = await startHarness({ dbPath, demo: 'S', passphraseAtStart: true });
  try {
    await page.goto(`${harness.url}#/settings`);
    const card = page.getByTestId('encryption');
    await expect(card.getByText('未加密')).toBeVisible();
    const before = await call(page, 'companies.list', { limit: 1 });
    if (!before.ok) throw new Error(before.error.message);
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: shot('encryption-off.png') });

    await card.getByRole('button', { name: '加密数据库' }).click();
    const dialog = page.getByRole('dialog', { name: '设置数据库密码' });
    // Longer than the main side takes: refused under the field, the dialog stays, nothing changes.
    const tooLong = '招'.repeat(201);
    await dialog.getByLabel('数据库密码').fill(tooLong);
    await dialog.getByLabel('再次输入').fill(tooLong);
    await dialog.getByRole('button', { name: '加密数据库' }).click();
    await expect(fieldError(dialog, '数据库密码')).toHaveText('密码过长');
    await expect(card.getByText('未加密')).toBeVisible();
    await dialog.getByLabel('数据库密码').fill(PASSPHRASE);
    await dialog.getByLabel('再次输入').fill(PASSPHRASE);
    await page.screenshot({ path: shot('encryption-passphrase.png') });
    await dialog.getByRole('button', { name: '加密数据库' }).click();
    await expect(card.getByText('已加密（每次启动时输入数据库密码）')).toBeVisible();
    await card.screenshot({ path: shot('encryption-on.png') });
    await page.goto('about:blank');
    await harness.close();
    expect(readFileSync(dbPath).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');

    // A wrong passphrase: a clear message, and the file is left as it was.
    const bytes = readFileSync(dbPath);
    await expect(startHarness({ dbPath, passphrase: '招商引资2025年' })).rejects.toThrow('数据库密码不正确');
    expect(readFileSync(dbPath).equals(bytes)).toBe(true);

    // The desktop app asks at start: the window opens on the lock screen, nothing else answers.
    harness = await startHarness({ dbPath, passphraseAtStart: true });
    await page.goto(`${harness.url}#/settings`);
    const lock = page.getByTestId('unlock');
    await expect(lock.getByText('招商通台账已加密')).toBeVisible();
    const early = await call(page, 'companies.list', { limit: 1 });
    expect(early.ok || early.error.code).toBe('DB_PASSPHRASE_NEEDED');
    await lock.getByLabel('数据库密码').fill('招商引资2025年');
    await lock.getByRole('button', { name: '打开台账' }).click();
    // Said under the field, and in full at the top; the field is emptied for the next try.
    await expect(fieldError(lock, '数据库密码')).toHaveText('密码不正确');
    await expect(page.locator('.ant-message')).toContainText('数据库密码不正确');
    await expect(lock.getByLabel('数据库密码')).toHaveValue('');
    await page.screenshot({ path: shot('encryption-locked.png') });
    await lock.getByLabel('数据库密码').fill(PASSPHRASE);
    await lock.getByRole('button', { name: '打开台账' }).click();
    await expect(
      page.getByTestId('encryption').getByText('已加密（每次启动时输入数据库密码）'),
    ).toBeVisible();
    const after = await call(page, 'companies.list', { limit: 1 });
    if (!after.ok) throw new Error(after.error.message);
    expect(after.value.total).toBe(before.value.total);
    expect(after.value.rows[0]).toEqual(before.value.rows[0]);
  } finally {
    await page.goto('about:blank').catch(() => undefined);
    await harness.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('without a keychain or a start-up passphrase, 设置 says encryption is not available here', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/settings`);
  const card = page.getByTestId('encryption');
  await expect(card.getByText('本机没有可用的系统钥匙串，暂不能加密数据库。')).toBeVisible();
  await expect(card.getByRole('button', { name: '加密数据库' })).toBeDisabled();
});
