// 设置 → 团队同步 in the browser preview: this laptop's name and fingerprint, 导出同步包 as a
// download, 导入同步包 from another laptop (its own ledger and key, a second harness) after the
// fingerprint is checked, and a 同步冲突 settled by taking the other laptop's value.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { ApiResult } from '@contract/bridge';
import type { ApiInput, ApiOutput, ChannelName } from '@contract/channels';
import { call, expect, loadHarness, test, value } from './fixtures';

const SHOTS = process.env.LEADATLAS_SHOTS ?? '/tmp';
const COMPANY = '宁德时代新能源科技股份有限公司';

/** The other laptop: a harness of its own, driven through its API as its page would be. */
async function otherLaptop() {
  const { startHarness } = await loadHarness();
  const harness = await startHarness();
  const api = async <K extends ChannelName>(channel: K, input: ApiInput<K>): Promise<ApiOutput<K>> => {
    const res = await fetch(`${harness.url}__api/call`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel, input }),
    });
    const r = (await res.json()) as ApiResult<ApiOutput<K>>;
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  /** Its 同步包, as a file the person would bring over on a USB stick. */
  const bundle = async () => {
    const file = await api('sync.export', {});
    return {
      name: file.fileName,
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(file.base64, 'base64'),
    };
  };
  // It is 二分队's laptop, and it has met a company this one has not.
  await api('sync.renameDevice', { name: '二分队笔记本' });
  const made = await api('companies.create', { name: COMPANY });
  return { harness, api, bundle, made };
}

/** The company's id in this laptop's ledger. */
async function companyHere(page: Page): Promise<number> {
  const here = await value(
    call(page, 'companies.list', {
      limit: 5,
      filters: { name: { type: 'text', op: 'equals', value: COMPANY } },
    }),
  );
  return here.rows[0]!.id as number;
}

const card = (page: Page) => page.getByTestId('team-sync');

async function importFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await card(page).locator('input[type=file]').setInputFiles(file);
}

test('this laptop’s name and fingerprint, renamed; 导出同步包 downloads a signed bundle', async ({
  page,
  app,
}) => {
  const status = await value(call(page, 'sync.status', {}));
  await page.goto(`${app.url}#/settings`);
  await expect(page.getByTestId('sync-fingerprint')).toHaveText(status.device.fingerprint);
  expect(status.device.fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);

  const name = card(page).getByLabel('本机名称');
  await name.fill('招商一分队 张科长');
  await card(page).getByRole('button', { name: '保存名称' }).click();
  await expect(page.locator('.ant-message')).toContainText('本机名称已改为“招商一分队 张科长”');
  await page.reload();
  await expect(card(page).getByLabel('本机名称')).toHaveValue('招商一分队 张科长');
  await card(page).scrollIntoViewIfNeeded();
  await card(page).screenshot({ path: `${SHOTS}/team-sync-card.png` });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card(page).getByRole('button', { name: '导出同步包' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^同步包-招商一分队 张科长-\d{8}\.lasync$/);
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 15).toString('latin1')).toBe('LEADATLAS-SYNC/');
  await expect(card(page)).toContainText(/上次导出：/);

  // Its own bundle brought back is refused with the reason, not offered to be trusted.
  await importFile(page, {
    name: download.suggestedFilename(),
    mimeType: 'application/octet-stream',
    buffer: bytes,
  });
  await expect(page.locator('.ant-message-error')).toContainText(
    '该同步包是本机（招商一分队 张科长）自己导出的',
  );
  await expect(page.locator('.ant-modal-confirm')).toHaveCount(0);
});

test('团队同步口令 set in 设置: the next 同步包 is encrypted and opens on the other laptop with the same 口令', async ({
  page,
  app,
}) => {
  const here = '比亚迪股份有限公司';
  await value(call(page, 'companies.create', { name: here }));
  const other = await otherLaptop();
  try {
    await page.goto(`${app.url}#/settings`);
    const item = card(page).getByTestId('team-passphrase');
    await expect(item).toContainText('未设置');
    await expect(item).toContainText('导出的同步包不加密');

    await item.getByRole('button', { name: '设置口令' }).click();
    const dialog = page.locator('.ant-modal', { hasText: '团队同步口令由团队共同约定' });
    await dialog.getByLabel('团队同步口令').fill('招商2026');
    await dialog.getByLabel('再次输入').fill('招商2026');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect(dialog).toContainText('至少 8 位');
    await dialog.getByLabel('团队同步口令').fill('招商引资2026年');
    await dialog.getByLabel('再次输入').fill('招商引资2026年');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect(page.locator('.ant-message')).toContainText('团队同步口令已保存');
    await expect(item).toContainText('已设置');
    await expect(item).toContainText('导出的同步包用此口令加密');
    await expect(card(page)).not.toContainText('招商引资2026年');
    await card(page).scrollIntoViewIfNeeded();
    await card(page).screenshot({ path: `${SHOTS}/team-sync-passphrase.png` });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card(page).getByRole('button', { name: '导出同步包' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-已加密\.lasync$/);
    await expect(page.locator('.ant-message')).toContainText('已加密（团队同步口令）');
    const bytes = readFileSync(await download.path());
    expect(bytes.includes(Buffer.from(here, 'utf8'))).toBe(false);

    // The other laptop, with the same 口令, trusts this one and takes the company.
    await other.api('sync.setTeamPassphrase', { passphrase: '招商引资2026年', again: '招商引资2026年' });
    const { fileId } = await other.api('sync.upload', {
      name: download.suggestedFilename(),
      base64: bytes.toString('base64'),
    });
    await other.api('sync.trust', { fileId });
    expect((await other.api('sync.import', { fileId })).applied).toBeGreaterThan(0);
    const theirs = await other.api('companies.list', {
      limit: 5,
      filters: { name: { type: 'text', op: 'equals', value: here } },
    });
    expect(theirs.rows).toHaveLength(1);
  } finally {
    await other.harness.close();
  }
});

test('a bundle from an untrusted laptop is imported only after its fingerprint is trusted; a conflict is settled by taking the other value', async ({
  page,
  app,
}) => {
  const other = await otherLaptop();
  try {
    const theirs = (await other.api('sync.status', {})).device;

    await page.goto(`${app.url}#/settings`);
    await importFile(page, await other.bundle());
    const dialog = page.locator('.ant-modal-confirm');
    await expect(dialog).toContainText(`来自未受信任的设备「二分队笔记本」，指纹 ${theirs.fingerprint}`);
    await dialog.screenshot({ path: `${SHOTS}/team-sync-trust.png` });
    // 取消 leaves the laptop untrusted and nothing imported.
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await expect(page.locator('.ant-message')).toContainText('未选择文件，没有导入');
    await expect(page.getByTestId('sync-peers')).toContainText('还没有受信任的设备');

    await importFile(page, await other.bundle());
    await dialog.getByRole('button', { name: '信任并导入' }).click();
    await expect(page.locator('.ant-message')).toContainText(
      /已导入“二分队笔记本”的同步包：收到 \d+ 条变更，新增 [1-9]\d* 条，已有 \d+ 条，发现冲突 0 条/,
    );
    await expect(page.getByTestId('sync-peers')).toContainText('二分队笔记本');
    await expect(page.getByTestId('sync-peers')).toContainText(theirs.fingerprint);

    await page.goto(`${app.url}#/companies`);
    await expect(page.locator('.ag-row', { hasText: COMPANY })).toBeVisible();
    // 操作记录 says which laptop the company was made on.
    await page.goto(`${app.url}#/history`);
    await expect(page.locator('tr', { hasText: COMPANY }).first()).toContainText('（来自 二分队笔记本）');

    // Both laptops change the same company's notes; the change made here is the later one.
    await other.api('companies.update', { id: other.made.id, patch: { notes: '二分队：已约下周考察' } });
    const id = await companyHere(page);
    await value(call(page, 'companies.update', { id, patch: { notes: '一分队：对方暂缓投资' } }));

    await page.goto(`${app.url}#/settings`);
    await importFile(page, await other.bundle());
    await expect(page.locator('.ant-message')).toContainText(/发现冲突 1 条/);
    await expect(page.getByTestId('sync-conflict-count')).toContainText('1');
    const row = page.getByTestId('sync-conflicts').locator('tbody tr', { hasText: COMPANY });
    await expect(row).toContainText('备注');
    await expect(row).toContainText('一分队：对方暂缓投资');
    await expect(row).toContainText('二分队：已约下周考察');
    await expect(row).toContainText('二分队笔记本');
    await page.getByTestId('sync-conflicts').scrollIntoViewIfNeeded();
    await card(page).screenshot({ path: `${SHOTS}/team-sync-conflicts.png` });

    await row.getByRole('button', { name: '采用对方的值' }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await expect(page.locator('.ant-message')).toContainText('已采用对方的值');
    await expect(card(page)).toContainText('没有待处理的同步冲突');
    const after = await value(call(page, 'companies.get', { id }));
    expect(after.notes).toBe('二分队：已约下周考察');

    // The company's 修改记录: the changes made on the other laptop name it; the one made here does not.
    await page.goto(`${app.url}#/companies`);
    await page.locator('.ag-row', { hasText: COMPANY }).dblclick();
    const drawer = page.locator('.company-drawer');
    await drawer.getByText('修改记录').click();
    const entries = drawer.getByTestId('history-entry');
    await expect(entries.first()).toContainText('备注：一分队：对方暂缓投资 → 二分队：已约下周考察');
    await expect(entries.first().getByTestId('history-device')).toHaveCount(0);
    await expect(entries.filter({ hasText: '（来自 二分队笔记本）' })).not.toHaveCount(0);
    await drawer.screenshot({ path: `${SHOTS}/team-sync-history.png` });
  } finally {
    await other.harness.close();
  }
});

test('an edit made elsewhere to a company deleted here is explained, and can only be acknowledged', async ({
  page,
  app,
}) => {
  const other = await otherLaptop();
  try {
    await page.goto(`${app.url}#/settings`);
    await importFile(page, await other.bundle());
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '信任并导入' }).click();
    await expect(page.getByTestId('sync-peers')).toContainText('二分队笔记本');

    await other.api('companies.update', { id: other.made.id, patch: { notes: '二分队补充的备注' } });
    await value(call(page, 'companies.delete', { id: await companyHere(page) }));

    await importFile(page, await other.bundle());
    await expect(page.locator('.ant-message')).toContainText(/发现冲突 [1-9]\d* 条/);
    const rows = page.getByTestId('sync-conflicts').locator('tbody tr');
    await expect(rows.first()).toContainText('企业 （已删除）');
    await expect(rows.first()).toContainText('该记录已在另一台设备上删除，这次修改未能保留');
    await expect(rows.first()).toContainText('二分队笔记本');
    await expect(
      page.getByTestId('sync-conflicts').getByRole('button', { name: '采用对方的值' }),
    ).toHaveCount(0);
    // Each is acknowledged with 保留当前值 until none is left.
    for (let left = await rows.count(); left > 0; left--) {
      await rows.first().getByRole('button', { name: '保留当前值' }).click();
      await expect(page.getByTestId('sync-conflict-count')).toContainText(left > 1 ? String(left - 1) : '');
      if (left > 1) await expect(rows).toHaveCount(left - 1);
    }
    await expect(card(page)).toContainText('没有待处理的同步冲突');
  } finally {
    await other.harness.close();
  }
});
