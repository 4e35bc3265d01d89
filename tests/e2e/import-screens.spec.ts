/**
 * Screenshots of the import wizard, the export button and the backups section, for looking at
 * them and for the README. Runs only when asked:
 *   LEADATLAS_SHOTS=/tmp/shots-excel npx playwright test tests/e2e/import-screens.spec.ts
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { projectLedger } from '../fixtures/ledgers';
import { call, expect, test } from './fixtures';

const DIR = process.env.LEADATLAS_SHOTS ?? '';
const shot = (page: Page, name: string) => page.screenshot({ path: join(DIR, `${name}.png`) });

test.skip(!DIR, 'set LEADATLAS_SHOTS to a folder to take screenshots');
test.beforeAll(() => mkdirSync(DIR, { recursive: true }));

test('import wizard, step by step', async ({ page, app }) => {
  const file = join(mkdtempSync(join(tmpdir(), 'la-shot-')), '2024年项目台账.xlsx');
  writeFileSync(file, await projectLedger());
  await page.goto(`${app.url}#/import`);
  await shot(page, 'import-1-file');
  await page.getByTestId('import-file').locator('input[type=file]').setInputFiles(file);
  await expect(page.getByTestId('import-staged')).toBeVisible();
  await page.getByRole('button', { name: /下一步/ }).click();
  await expect(page.locator('.import-header-row')).toBeVisible();
  await shot(page, 'import-2-header');
  await page.getByRole('button', { name: /下一步/ }).click();
  await shot(page, 'import-3-mapping');
  await page.getByRole('button', { name: /下一步/ }).click();
  await expect(page.getByTestId('import-counts')).toContainText('有错误2');
  await shot(page, 'import-4-preview');
  await page.getByText('跳过有错误的行，导入其余').click();
  await page.getByRole('button', { name: '开始导入' }).click();
  await expect(page.getByTestId('import-summary')).toBeVisible();
  await shot(page, 'import-5-result');
});

test('empty workbench offers the import', async ({ page, app }) => {
  await page.goto(`${app.url}#/workbench`);
  await expect(page.getByRole('button', { name: '从Excel导入' })).toBeVisible();
  await shot(page, 'workbench-empty');
});

test.describe('with demo data', () => {
  test.use({ demo: 'S' });
  test('companies toolbar and settings backups', async ({ page, app }) => {
    await page.goto(`${app.url}#/companies`);
    await expect(page.getByRole('button', { name: '导出Excel' })).toBeVisible();
    await shot(page, 'companies-toolbar');
    await call(page, 'backups.create', {});
    await call(page, 'backups.create', {});
    await page.goto(`${app.url}#/settings`);
    await expect(page.getByTestId('backups').locator('tr', { hasText: '手动备份' }).first()).toBeVisible();
    await expect(page.getByTestId('backups').locator('.ant-spin-spinning')).toHaveCount(0);
    await shot(page, 'settings-backups');
  });
});
