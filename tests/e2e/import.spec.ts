import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { openSpreadsheet } from '../../main/domain/importers/files/open';
import {
  BAD_CODE,
  flaggedProjectLedger,
  FLAGGED_ROWS as ROW,
  KNOWN_OWNER,
  KNOWN_TEAM,
  NEW_OWNER,
} from '../fixtures/flaggedLedger';
import { bigProjectLedger, projectLedger } from '../fixtures/ledgers';
import { call, clickUntil, expect, test, value } from './fixtures';

const next = /下一步/;

async function ledgerFile(name: string, bytes: Buffer): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'la-e2e-')), name);
  writeFileSync(path, bytes);
  return path;
}

/** Chooses a file the way a person does: the file input behind the drop area. */
async function chooseFile(page: Page, path: string): Promise<void> {
  await page.getByTestId('import-file').locator('input[type=file]').setInputFiles(path);
  await expect(page.getByTestId('import-staged')).toBeVisible();
}

/**
 * 恢复 on a backup row, confirmed. The list may be read again while the confirmation opens (which
 * closes it), so the two clicks are repeated until the restore has started; 恢复 is clicked only
 * while no confirmation is open (a click on it then would close it again).
 */
async function restoreFrom(page: Page, row: Locator): Promise<void> {
  const confirm = page.locator('.ant-popconfirm:visible');
  const started = page.getByTestId('restore-overlay').or(page.getByText(/已恢复到/));
  await expect(async () => {
    if ((await confirm.count()) === 0)
      await row.getByRole('button', { name: /恢\s*复/ }).click({ timeout: 3000 });
    await confirm
      .last()
      .getByRole('button', { name: /确\s*定|OK/ })
      .click({ timeout: 3000 });
    await expect(started.first()).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByText(/已恢复到/)).toBeVisible({ timeout: 30_000 });
}

const rowsOf = (path: string) => openSpreadsheet(path, new Uint8Array(readFileSync(path))).sheet(0).rows;

test('the wizard imports a messy ledger, explains bad rows, reports them and undoes the import', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/import`);
  await chooseFile(page, await ledgerFile('2024年项目台账.xlsx', await projectLedger()));
  await page.getByRole('button', { name: next }).click();

  // The header is found under the merged title: row 3 is marked.
  await expect(page.getByTestId('import-header-table').locator('.import-header-row')).toContainText(
    '项目名称',
  );
  await page.getByRole('button', { name: next }).click();

  const mapping = page.getByTestId('import-mapping');
  const planned = mapping.locator('tr', { hasText: '总投资（亿元）' });
  await expect(planned).toContainText('计划投资');
  await expect(planned).toContainText('亿元');
  await expect(mapping.locator('tr', { hasText: '项目进展' })).toContainText('项目阶段');
  await page.getByRole('button', { name: next }).click();

  const counts = page.getByTestId('import-counts');
  await expect(counts).toContainText('新增8');
  await expect(counts).toContainText('有错误2');
  await expect(
    page.getByText('已略过 空行（第 7 行）；合计行（第 15 行）；表尾说明（第 16 行）'),
  ).toBeVisible();
  const preview = page.getByTestId('import-preview');
  await expect(preview.locator('tr', { hasText: '冷链物流园' })).toContainText(
    '“50万美元”是外币金额，请换算为人民币后填写',
  );
  await expect(page.getByText('有 2 行有错误')).toBeVisible();
  await expect(page.getByRole('button', { name: '开始导入' })).toBeDisabled();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载未导入的行' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('2024年项目台账-未导入的行.xlsx');
  const reportPath = join(mkdtempSync(join(tmpdir(), 'la-dl-')), download.suggestedFilename());
  await download.saveAs(reportPath);
  expect(rowsOf(reportPath).map((r) => [r[0], r[1]])).toEqual([
    ['原表行号', '问题说明'],
    [12, '计划投资：“50万美元”是外币金额，请换算为人民币后填写'],
    [13, '签约日期：日期“2024年13月1日”不存在；请填写项目名称'],
  ]);

  await page.getByText('跳过有错误的行，导入其余').click();
  await page.getByRole('button', { name: '开始导入' }).click();
  await expect(page.getByTestId('import-summary')).toContainText(
    '新增 8 条，更新 0 条，跳过 0 条，未导入 2 条',
  );
  const stored = await call(page, 'projects.list', { sort: [{ col: 'name', dir: 'asc' }] });
  expect(stored.ok && stored.value.total).toBe(8);
  expect(stored.ok && stored.value.rows.find((r) => r.name === '动力电池生产基地项目')).toMatchObject({
    companyName: '宁德时代新能源科技股份有限公司',
    stage: 'signed',
    plannedAmount: 8_457_000_000,
    signedOn: '2024-01-08',
  });

  // The import's batch is its restore point; a new ledger has no backup yet, so one follows.
  await expect(page.getByTestId('import-restore-note')).toHaveText(
    '如需恢复到导入前的数据，点“撤销本次导入”即可，无需另找备份。另已在后台开始自动备份数据库，不影响继续使用。',
  );
  await page.getByRole('button', { name: '撤销本次导入' }).click();
  // Started: the button says which step runs (a backup first), or it is done already.
  const undone = page.getByText('已撤销本次导入');
  await clickUntil(
    page.getByRole('button', { name: /确\s*定|OK/ }),
    undone.or(page.locator('.ant-btn-loading')),
  );
  await expect(undone.first()).toBeVisible({ timeout: 30_000 });
  const after = await call(page, 'projects.list', {});
  expect(after.ok && after.value.total).toBe(0);
});

test.describe('a ledger with values to check', () => {
  // The ledger's 2030 date is in the future, its 2021 dates in the past.
  test.use({ now: '2026-06-30T10:00:00+08:00' });

  test('the preview flags every value the import does not take as written, and the report lists them', async ({
    page,
    app,
  }) => {
    await page.goto(`${app.url}#/import`);
    const team = await value(call(page, 'teams.create', { name: KNOWN_TEAM, kind: 'squad' }));
    await value(call(page, 'staff.create', { name: KNOWN_OWNER, teamId: team.id }));
    await chooseFile(page, await ledgerFile('招商项目台账-待核对.xlsx', await flaggedProjectLedger()));
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: next }).click();

    await expect(page.getByTestId('import-counts')).toContainText('新增11');
    await expect(page.getByTestId('import-year')).toContainText(
      `没写年份的日期按 2021 年导入（年份取自表头“谷城经济开发区2021年招商引资项目推进台账”）：第 ${ROW.yearless}、${ROW.newOwner} 行`,
    );
    const preview = page.getByTestId('import-preview');
    const rowOf = (n: number) =>
      preview.locator('tr', { has: page.locator('td:first-child', { hasText: new RegExp(`^${n}$`) }) });
    const expected: [number, string][] = [
      [ROW.badCode, `统一社会信用代码：D列“${BAD_CODE}”校验位不符，未作为信用代码导入，原文记入企业备注`],
      [ROW.yearless, '签约日期：“5月21日”未写年份，按 2021 年导入'],
      [ROW.huge, '计划投资：1,500 亿元，超过单个项目 1,000 亿元'],
      [ROW.contractOverPlan, '合同投资额：5 亿元，是计划投资（1 亿元）的 5.0 倍'],
      [ROW.futureEvent, '注册日期：2030-03-01 晚于今天（2026-06-30）'],
      [ROW.stageBehind, '项目阶段：写的是“洽谈”，但本行已填开工日期（2021-07-01）'],
      [ROW.stageBehind, '项目阶段：“在谈”按“洽谈”导入'],
      [ROW.fuzzyStage, '项目阶段：“谈判中”按“洽谈”导入'],
      [ROW.newOwner, `负责人：“${NEW_OWNER}”不在人员名单中，新建人员？`],
      [ROW.signedUndated, '项目阶段为“签约”，签约日期未填，阶段开始日期按导入当天记录'],
      [ROW.errorCell, '计划投资（E 列）：单元格为错误值 #DIV/0!，未导入'],
    ];
    for (const [row, text] of expected) await expect(rowOf(row)).toContainText(text);

    // 新建人员？ 赵新人 is left empty instead: the preview is asked again and says so on the row.
    const owners = page.getByTestId('import-new-owners');
    await expect(owners).toContainText(`${NEW_OWNER}第 ${ROW.newOwner} 行`);
    await owners.getByRole('radio', { name: '留空' }).check();
    await expect(rowOf(ROW.newOwner)).toContainText(`负责人：“${NEW_OWNER}”不在人员名单中，按选择不填负责人`);
    await page.screenshot({ path: '/tmp/import-flags-preview.png', fullPage: true });
    const shown = await preview.locator('td:nth-child(3) span').allTextContents();

    await page.getByRole('button', { name: '开始导入' }).click();
    await expect(page.getByTestId('import-summary')).toContainText('新增 11 条');
    const report = page.getByTestId('import-flags');
    await expect(report).toContainText(`需要核对的内容（共 ${shown.filter(Boolean).length} 处）`);
    await expect(report).toContainText('没写年份的日期按 2021 年导入');
    // Every message the preview showed is in the report, and nothing else.
    const listed = await report.locator('tbody td:nth-child(3)').allTextContents();
    expect([...listed].sort()).toEqual(shown.filter(Boolean).sort());
    await page.screenshot({ path: '/tmp/import-flags-report.png', fullPage: true });

    const stored = await value(call(page, 'projects.list', { q: '食品加工' }));
    expect(stored.rows[0]).toMatchObject({ ownerId: null, signedOn: '2021-06-30' });
    const company = await value(call(page, 'companies.list', { q: '宁德时代' }));
    expect(company.rows[0]).toMatchObject({ creditCode: null });
  });
});

test('cancelling a running import leaves nothing behind', async ({ page, app }) => {
  // 20,000 rows are read and checked before the import starts: on a loaded machine, minutes.
  test.slow();
  await page.goto(`${app.url}#/import`);
  await chooseFile(page, await ledgerFile('大台账.xlsx', await bigProjectLedger(20_000)));
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: next }).click();
  await expect(page.getByTestId('import-counts')).toContainText('新增20,000');
  await page.getByRole('button', { name: '开始导入' }).click();
  await expect(page.getByTestId('import-running')).toBeVisible();
  await page.getByRole('button', { name: '取消导入' }).click();
  await expect(page.getByText('已取消导入，数据库未作任何更改。')).toBeVisible({ timeout: 30_000 });
  const projects = await call(page, 'projects.list', {});
  const companies = await call(page, 'companies.list', {});
  expect([projects.ok && projects.value.total, companies.ok && companies.value.total]).toEqual([0, 0]);
});

test('each import target has a template that downloads, maps by itself and skips its example', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/import`);
  const templates = page.getByTestId('import-templates');
  for (const label of ['客商企业', '联系人', '招商项目', '洽谈记录', '企业诉求']) {
    await expect(templates.getByRole('button', { name: `${label}模板` })).toBeVisible();
  }
  if (process.env.LEADATLAS_SHOTS)
    await page.screenshot({
      path: join(process.env.LEADATLAS_SHOTS, 'import-templates.png'),
      fullPage: true,
    });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    templates.getByRole('button', { name: '招商项目模板' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('招商项目导入模板.xlsx');
  const path = join(mkdtempSync(join(tmpdir(), 'la-dl-')), download.suggestedFilename());
  await download.saveAs(path);
  const rows = rowsOf(path);
  expect(rows[0]?.slice(0, 3)).toEqual(['序号', '项目名称', '企业名称']);
  expect(rows[1]?.[0]).toBe('示例');

  // Fed back to the wizard as it is: every column already mapped, the example row skipped.
  await chooseFile(page, path);
  await page.getByRole('button', { name: next }).click();
  await page.getByRole('button', { name: next }).click();
  await expect(
    page.getByTestId('import-mapping').locator('tr', { hasText: '合同投资额（万元）' }),
  ).toContainText('合同投资额');
  await page.getByRole('button', { name: next }).click();
  await expect(page.getByText('已略过 填写示例（第 2 行）')).toBeVisible();
});

test.describe('with demo data', () => {
  test.use({ demo: 'S' });

  test('the companies grid exports what it shows, and links to the import', async ({ page, app }) => {
    await page.goto(`${app.url}#/companies`);
    await expect(page.getByTestId('grid-total')).toContainText('家企业');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出Excel' }).click(),
    ]);
    const path = join(mkdtempSync(join(tmpdir(), 'la-dl-')), download.suggestedFilename());
    await download.saveAs(path);
    const rows = rowsOf(path);
    const total = await call(page, 'companies.list', {});
    expect(rows).toHaveLength((total.ok ? total.value.total : 0) + 1);
    expect(rows[0]).toContain('企业名称');
    expect(rows[0]?.find((h) => String(h).startsWith('注册资本'))).toBe('注册资本（万元）');

    await page.getByRole('button', { name: '从Excel导入' }).click();
    await expect(page).toHaveURL(/#\/import\?target=companies$/);
    await expect(page.getByRole('radio', { name: '客商企业' })).toBeChecked();
  });

  test('settings: back up now, restore a backup, and take the restore back', async ({ page, app }) => {
    await page.goto(`${app.url}#/settings`);
    const backups = page.getByTestId('backups');
    await backups.getByRole('button', { name: '立即备份' }).click();
    await expect(backups.locator('tr', { hasText: '手动备份' })).toBeVisible();
    await expect(backups).toContainText('备份文件夹');

    await call(page, 'companies.create', { name: '恢复后应消失的企业有限公司' });
    await restoreFrom(page, backups.locator('tr', { hasText: '手动备份' }));
    const gone = await call(page, 'companies.list', { q: '恢复后应消失' });
    expect(gone.ok && gone.value.total).toBe(0);

    await page.reload();
    const kept = page.getByTestId('backups').locator('tr', { hasText: '恢复前保存的数据' });
    await restoreFrom(page, kept);
    const back = await call(page, 'companies.list', { q: '恢复后应消失' });
    expect(back.ok && back.value.total).toBe(1);
  });
});
