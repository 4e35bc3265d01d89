// 设置 → 团队同步 → 办公室服务器 against a stand-in office server on 127.0.0.1 (HTTPS with a
// certificate made for the test): 连接 shows the certificate's fingerprint to compare, 确认指纹并连接
// stores it, sign-in refusals in the server's words, the signed-in card, 退出登录; an address
// where nothing listens, a malformed one, and a server whose certificate changed are refused.
// 立即同步 against a stand-in that refuses an edit: 办公室未接受的修改 lists it until 知道了. The
// round with the real server and its scope rules is tests/server/sync/refused.test.ts.
import type { Page } from '@playwright/test';
import {
  ACCOUNT,
  selfSignedCertificate,
  startOfficeServerDouble,
  type OfficeServerDouble,
} from '../harness/officeServerDouble';
import { call, expect, test, value } from './fixtures';

const SHOTS = process.env.LEADATLAS_SHOTS ?? '/tmp';
const card = (page: Page) => page.getByTestId('office-server');
const toast = (page: Page) => page.locator('.ant-message');

async function connect(page: Page, address: string): Promise<void> {
  await card(page).getByTestId('server-address').fill(address);
  await card(page)
    .getByRole('button', { name: /连\s*接/ })
    .click();
}

let office: OfficeServerDouble;
test.beforeEach(async () => {
  office = await startOfficeServerDouble();
});
test.afterEach(() => office.close());

test('连接, the fingerprint confirmed by eye, then 账号/密码: the card shows who is signed in', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/settings`);
  await expect(card(page)).toContainText('办公室服务器');
  await card(page).scrollIntoViewIfNeeded();
  await card(page).screenshot({ path: `${SHOTS}/office-server-empty.png` });

  await connect(page, office.origin.replace('https://', ''));
  await expect(card(page).getByTestId('server-fingerprint')).toHaveText(office.fingerprint);
  await expect(card(page).getByTestId('server-probe')).toContainText('office-1');
  await card(page).screenshot({ path: `${SHOTS}/office-server-probe.png` });
  // Nothing is kept before the person confirms.
  expect((await value(call(page, 'syncServer.status', {}))).configured).toBe(false);

  await card(page).getByRole('button', { name: '确认指纹并连接' }).click();
  await expect(toast(page)).toContainText('已连接办公室服务器，请登录');
  await expect(card(page).getByTestId('server-url')).toHaveText(office.origin);

  const form = card(page).getByTestId('server-sign-in');
  await form.getByLabel('账号').fill(ACCOUNT.user);
  await form.getByLabel('密码').fill('wrong-password');
  await form.getByRole('button', { name: /登\s*录/ }).click();
  await expect(toast(page)).toContainText('账号或密码不正确，还可再试 4 次');

  await form.getByLabel('密码').fill(ACCOUNT.password);
  await form.getByRole('button', { name: /登\s*录/ }).click();
  await expect(card(page).getByTestId('server-account')).toHaveText('已登录：王科长（wangke）· 小分队');
  await expect(card(page).getByTestId('server-last-sync')).toHaveText('尚未同步');
  await expect(card(page).getByTestId('server-sync-now')).toBeEnabled();
  await card(page).screenshot({ path: `${SHOTS}/office-server-signed-in.png` });

  // 自动同步 is kept across a reload.
  await card(page).getByTestId('server-auto-sync').click();
  await expect(toast(page)).toContainText('已关闭自动同步');
  await page.reload();
  await expect(card(page).getByTestId('server-auto-sync')).not.toBeChecked();

  await card(page)
    .getByRole('button', { name: /退出登录/ })
    .click();
  await page.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(toast(page)).toContainText('已退出登录');
  await expect(card(page).getByTestId('server-sign-in').getByLabel('账号')).toHaveValue(ACCOUNT.user);
});

test('an address where nothing listens, or not https, is refused in words; nothing is stored', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/settings`);
  await card(page)
    .getByRole('button', { name: /连\s*接/ })
    .click();
  await expect(card(page)).toContainText('请输入服务器地址');

  await connect(page, 'http://192.168.1.20:8443');
  await expect(toast(page)).toContainText('只支持 https');

  const closed = await startOfficeServerDouble();
  const port = new URL(closed.origin).port;
  await closed.close();
  await connect(page, `127.0.0.1:${port}`);
  await expect(toast(page)).toContainText('连不上办公室服务器');
  await expect(toast(page)).toContainText('本机照常可用');
  expect((await value(call(page, 'syncServer.status', {}))).configured).toBe(false);
});

test('a server whose certificate changed since it was confirmed is refused at sign-in', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/settings`);
  await connect(page, office.origin);
  await card(page).getByRole('button', { name: '确认指纹并连接' }).click();
  await expect(card(page).getByTestId('server-url')).toHaveText(office.origin);

  // Another machine answers at the same address with a certificate of its own.
  const port = Number(new URL(office.origin).port);
  await office.close();
  const impostor = await startOfficeServerDouble(await selfSignedCertificate(), { port });
  office = impostor;

  const form = card(page).getByTestId('server-sign-in');
  await form.getByLabel('账号').fill(ACCOUNT.user);
  await form.getByLabel('密码').fill(ACCOUNT.password);
  await form.getByRole('button', { name: /登\s*录/ }).click();
  await expect(toast(page)).toContainText('服务器证书与已确认的不一致');
  expect(impostor.received).toEqual([]);
  // It stays on the card, not only in the passing message.
  await expect(card(page).getByTestId('server-last-error')).toContainText('服务器证书与已确认的不一致');
  await card(page).screenshot({ path: `${SHOTS}/office-server-mismatch.png` });
});

test('立即同步 with an edit the server refuses: the office’s data is back, 办公室未接受的修改 lists it until 知道了', async ({
  page,
  app,
}) => {
  const reason = '该记录属于其他小分队，小分队成员只能修改本小分队的记录。';
  office.refuseChange = (c) => (c.tbl === 'projects' && c.fields?.notes === '由长三角接手' ? reason : null);
  await page.goto(`${app.url}#/settings`);
  await connect(page, office.origin);
  await card(page).getByRole('button', { name: '确认指纹并连接' }).click();
  const form = card(page).getByTestId('server-sign-in');
  await form.getByLabel('账号').fill(ACCOUNT.user);
  await form.getByLabel('密码').fill(ACCOUNT.password);
  await form.getByRole('button', { name: /登\s*录/ }).click();
  await expect(card(page).getByTestId('server-account')).toBeVisible();

  const project = await value(call(page, 'projects.create', { name: '整车基地项目', notes: '珠三角跟进' }));
  await value(call(page, 'projects.update', { id: project.id, patch: { notes: '由长三角接手' } }));
  await expect(card(page).getByTestId('server-withdrawn')).toHaveCount(0);

  await card(page).getByTestId('server-sync-now').click();
  await expect(toast(page)).toContainText('1 处修改超出本账号的权限，已恢复为办公室的数据');
  const list = card(page).getByTestId('server-withdrawn');
  await expect(list).toContainText('办公室未接受的修改（1）');
  const row = list.locator('tbody tr');
  await expect(row).toHaveCount(1);
  for (const text of ['整车基地项目', '备注', '由长三角接手', '珠三角跟进', reason])
    await expect(row).toContainText(text);
  expect((await value(call(page, 'projects.get', { id: project.id }))).notes).toBe('珠三角跟进');
  await list.scrollIntoViewIfNeeded();
  await card(page).screenshot({ path: `${SHOTS}/office-server-withdrawn.png` });

  await row.getByRole('button', { name: /知道了/ }).click();
  await expect(toast(page)).toContainText('已从列表中移除');
  await expect(list).toHaveCount(0);
  await page.reload();
  await expect(card(page).getByTestId('server-account')).toBeVisible();
  await expect(card(page).getByTestId('server-withdrawn')).toHaveCount(0);
});
