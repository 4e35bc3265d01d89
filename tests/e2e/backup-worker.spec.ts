import type { Page } from '@playwright/test';
import { connect } from '../../main/db/cipher';
import { registerTriggerFunctions } from '../../main/db/triggerFunctions';
import { withoutCapture } from '../../main/sync/syncFunctions';
import { RESTORE_PHASES } from '@contract/backups/schema';
import { call, expect, test, value, type PageGlobals } from './fixtures';

// 立即备份 and 恢复 on a large ledger: the work runs in the job thread, so the window keeps its
// answers and the restore overlay's bar moves step by step.

const SHOTS = process.env.LEADATLAS_SHOTS;
const COMPANIES = 40_000;
const DURING = '备份期间新建的企业有限公司';

/** Tens of MB of companies, written straight into the file beside the app's own connection. */
function largeLedger(dbPath: string): void {
  const db = connect(dbPath, { fileMustExist: true });
  // Team sync's triggers need the app's functions; these rows are bulk, not recorded for sync.
  registerTriggerFunctions(db);
  try {
    withoutCapture(db, () =>
      db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${COMPANIES})
      INSERT INTO companies (name, name_key, intro, created_at, updated_at)
      SELECT '批量录入测试企业' || i || '有限公司', 'plcsqy' || i, hex(randomblob(400)),
             '2026-06-01T09:00:00.000', '2026-06-01T09:00:00.000' FROM n`),
    );
    // The planner's statistics of a ledger that size, as the app keeps them.
    db.exec('ANALYZE');
  } finally {
    db.close();
  }
}

async function settingsOnLargeLedger(page: Page, url: string, dbPath: string): Promise<void> {
  largeLedger(dbPath);
  await page.goto(`${url}#/settings`);
  // The first page of a file just grown by tens of MB, on a shared machine: more than the default wait.
  await expect(page.getByTestId('backups')).toBeVisible({ timeout: 60_000 });
}

test('during 立即备份 on a large ledger the app answers at once and a save is refused', async ({
  page,
  app,
}) => {
  test.slow();
  await settingsOnLargeLedger(page, app.url, app.dbPath);
  const button = page
    .getByTestId('backups')
    .getByRole('button', { name: /立即备份|正在备份数据库|正在检查备份文件/ });
  await button.click();
  // The button says the step the job thread has reached.
  await expect(button).toHaveText(/正在备份数据库|正在检查备份文件/);
  if (SHOTS) await page.getByTestId('backups').screenshot({ path: `${SHOTS}/backup-step.png` });

  const seen = await page.evaluate(async (name) => {
    const api = (globalThis as PageGlobals).api;
    const info: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const r = await api.call('app.info', {});
      if (r.ok) info.push(performance.now() - t);
    }
    // Three saves, timed one by one: a single round trip on a loaded machine may stall by chance.
    const creates = [];
    const createMs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      creates.push(await api.call('companies.create', { name }));
      createMs.push(performance.now() - t);
    }
    return { info, creates, createMs };
  }, DURING);
  // Measured while the backup ran: its button is still busy afterwards (read once, not waited for).
  expect(await button.getAttribute('class')).toContain('ant-btn-loading');
  expect(seen.info).toHaveLength(3);
  expect([...seen.info].sort((a, b) => a - b)[1]).toBeLessThan(100);
  for (const create of seen.creates) {
    expect(create.ok).toBe(false);
    if (!create.ok) {
      expect(create.error.code).toBe('BUSY');
      expect(create.error.message).toMatch(/^正在(备份数据库|检查备份文件)。完成后再保存，本次修改未保存。$/);
    }
  }
  expect([...seen.createMs].sort((a, b) => a - b)[1]).toBeLessThan(100);

  await expect(page.getByText(/^已备份：leadatlas-/)).toBeVisible({ timeout: 60_000 });
  await expect(button).toHaveText(/立即备份/);
  expect((await value(call(page, 'companies.list', { q: DURING }))).total).toBe(0);
});

test('a restore of a large ledger moves the overlay through its steps, the bar going up', async ({
  page,
  app,
}) => {
  test.slow();
  await settingsOnLargeLedger(page, app.url, app.dbPath);
  await value(call(page, 'backups.create', {}));
  await page.reload();
  const row = page.getByTestId('backups').locator('tr', { hasText: '手动备份' });
  await expect(row).toBeVisible();

  // Every state the overlay shows, as it shows it (the page reloads once the restore is done).
  const shown: { label: string; percent: number }[] = [];
  await page.exposeFunction('overlayShown', (label: string, percent: number) => {
    const last = shown.at(-1);
    if (label && (last?.label !== label || last.percent !== percent)) shown.push({ label, percent });
  });
  // As a script: the specs are typed without the DOM.
  await page.evaluate(`new MutationObserver(() => {
      const step = document.querySelector('[data-testid=restore-step]')?.textContent ?? '';
      const bar = document.querySelector('[data-testid=restore-bar]')?.getAttribute('data-percent');
      if (bar != null) window.overlayShown(step, Number(bar));
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })`);

  await row.getByRole('button', { name: /恢\s*复/ }).click();
  await page.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
  const overlay = page.getByTestId('restore-overlay');
  const step = page.getByTestId('restore-step');
  await expect(step).toHaveText(RESTORE_PHASES.replace.label, { timeout: 60_000 });
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/restore-progress.png` });
  await expect(overlay).toContainText('恢复完成，正在重新载入', { timeout: 60_000 });

  const order = Object.values(RESTORE_PHASES).map((p) => p.label as string);
  const labels = shown.map((s) => s.label).filter((l, i, all) => order.includes(l) && all[i - 1] !== l);
  // At least two steps seen, each once, in the restore's order.
  expect(new Set(labels).size).toBeGreaterThanOrEqual(2);
  expect(labels).toEqual([...new Set(labels)].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  const percents = shown.map((s) => s.percent);
  expect(percents).toEqual([...percents].sort((a, b) => a - b));
  expect(percents.at(-1)).toBeGreaterThan(percents[0] ?? 100);
});
