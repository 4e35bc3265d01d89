import { get } from 'node:http';
import type { ApiEvents } from '@contract/bridge';
import type { ChannelName } from '@contract/channels';
import { shownPath } from '../../main/api/shownPath';
import { call, expect, test, type PageGlobals } from './fixtures';

// Proves the browser harness itself: window.api over HTTP behaves like the preload's over IPC.
// Depends only on window.api and the page loading, never on renderer UI text.

const HAN = /[\u4e00-\u9fff]/;

test('window.api has exactly the preload shape', async ({ app: _app, page }) => {
  const shape = await page.evaluate(() => {
    const api = (globalThis as PageGlobals).api;
    return {
      keys: Object.keys(api).sort(),
      host: api.host,
      types: [typeof api.call, typeof api.on],
      frozen: Object.isFrozen(api),
      replaceable: Object.getOwnPropertyDescriptor(globalThis, 'api')?.writable,
    };
  });
  expect(shape).toEqual({
    keys: ['call', 'host', 'on'],
    host: 'browser',
    types: ['function', 'function'],
    frozen: true,
    replaceable: false,
  });
});

test('the shim loads before the first module script of the built page', async ({ app: _app, page }) => {
  // Test code is type-checked without the DOM library, hence the narrow local type.
  type Doc = { document: { scripts: ArrayLike<{ type: string; src: string }> } };
  const scripts = await page.evaluate(() =>
    Array.from((globalThis as unknown as Doc).document.scripts, (s) =>
      s.type === 'module' ? 'module' : new URL(s.src).pathname,
    ),
  );
  expect(scripts[0]).toBe('/__harness/shim.js');
  expect(scripts.indexOf('/__harness/shim.js')).toBeLessThan(scripts.indexOf('module'));
});

test('app.info reports an empty fresh database', async ({ app, page }) => {
  const info = await call(page, 'app.info', {});
  expect(info.ok).toBe(true);
  if (!info.ok) return;
  expect(info.value.empty).toBe(true);
  expect(info.value.databaseLocation).toBe(shownPath(app.dbPath));
  expect(info.value.user).toBe('演示用户');
});

test('an unknown channel is refused with UNKNOWN_CHANNEL', async ({ app: _app, page }) => {
  const result = await call(page, 'no.such.channel' as ChannelName, {} as never);
  expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
});

test('a created company is found by companies.list', async ({ app: _app, page }) => {
  const created = await call(page, 'companies.create', { name: '测试企业有限公司' });
  expect(created).toMatchObject({ ok: true, value: { name: '测试企业有限公司' } });

  const list = await call(page, 'companies.list', {});
  expect(list.ok).toBe(true);
  if (!list.ok) return;
  expect(list.value.total).toBe(1);
  expect(list.value.rows.map((row) => row.name)).toEqual(['测试企业有限公司']);
});

test('a bad credit code is refused with a Chinese message and nothing is written', async ({
  app: _app,
  page,
}) => {
  const before = await call(page, 'companies.list', {});
  expect(before.ok).toBe(true);

  const result = await call(page, 'companies.create', {
    name: '信用代码错误有限公司',
    creditCode: '91110000ABC',
  });
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe('VALIDATION');
  expect(result.error.message).toMatch(HAN);

  const after = await call(page, 'companies.list', {});
  expect(after.ok && before.ok && after.value.total === before.value.total).toBe(true);
});

test('oversized and non-JSON requests are refused before dispatch', async ({ app, page }) => {
  const statuses = await page.evaluate(async (url) => {
    const post = (body: string, type = 'application/json') =>
      fetch(new URL('/__api/call', url), { method: 'POST', headers: { 'content-type': type }, body }).then(
        async (r) => [r.status, await r.json()] as const,
      );
    return {
      notJson: await post('{not json'),
      wrongType: await post('{}', 'text/plain'),
      tooLarge: await post(
        JSON.stringify({ channel: 'app.info', input: { pad: 'x'.repeat(9 * 1024 * 1024) } }),
      ),
    };
  }, app.url);
  expect(statuses.notJson).toEqual([
    400,
    { ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(HAN) } },
  ]);
  expect(statuses.wrongType[0]).toBe(415);
  expect(statuses.tooLarge).toEqual([
    413,
    { ok: false, error: { code: 'PAYLOAD_TOO_LARGE', message: expect.stringMatching(HAN) } },
  ]);
});

/** GET with the path sent byte for byte: URL objects would normalise `..` away first. */
function rawGet(base: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((done, fail) => {
    get({ host: hostname, port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    }).on('error', fail);
  });
}

test('the static server refuses path traversal and keeps missing assets 404', async ({ app }) => {
  for (const path of [
    '/../package.json',
    '/%2e%2e/%2e%2e/package.json',
    '/assets/..%2f..%2f..%2fpackage.json',
    '/..%5c..%5cpackage.json',
  ]) {
    const res = await rawGet(app.url, path);
    expect(res.status, path).toBe(403);
    expect(res.body, path).not.toContain('"version"');
  }
  expect((await rawGet(app.url, '/assets/missing-file.js')).status).toBe(404);
  const route = await rawGet(app.url, '/some/app/route');
  expect(route.status).toBe(200);
  expect(route.body).toContain('<script src="/__harness/shim.js"></script>');
  expect((await rawGet(app.url, '/__harness/shim.js')).body).not.toMatch(/^\s*(import|export)\b/m);
});

test('progress events arrive through window.api.on while demo data loads', async ({ app: _app, page }) => {
  await page.evaluate(() => {
    const g = globalThis as PageGlobals & { progress?: unknown[]; dropped?: number };
    g.progress = [];
    g.dropped = 0;
    g.api.on('progress', (payload) => g.progress?.push(payload));
    const off = g.api.on('progress', () => (g.dropped = (g.dropped ?? 0) + 1));
    off();
    off(); // a second call is harmless, like removeListener
  });
  const loaded = await call(page, 'demo.load', { size: 'S' });
  expect(loaded, 'demo.load (main/domain/demo) must succeed').toMatchObject({
    ok: true,
    value: { size: 'S' },
  });

  // The call's answer and the events travel on different connections: wait for the events.
  type Seen = { progress: ApiEvents['progress'][]; dropped: number };
  const seen = () =>
    page.evaluate((): Seen => {
      const g = globalThis as unknown as Seen;
      return { progress: g.progress, dropped: g.dropped };
    });
  await expect.poll(async () => (await seen()).progress.length).toBeGreaterThan(0);
  const { progress, dropped } = await seen();
  expect(dropped).toBe(0);
  const last = progress.at(-1);
  expect(last).toMatchObject({ task: 'demo' });
  expect(last && last.done <= last.total).toBe(true);

  const info = await call(page, 'app.info', {});
  expect(info.ok && info.value.empty).toBe(false);
});

test.describe('with demo data', () => {
  test.use({ demo: 'S' });

  test('the demo option seeds the fresh database before the page opens', async ({ app: _app, page }) => {
    const info = await call(page, 'app.info', {});
    expect(info.ok && info.value.empty).toBe(false);
    expect(info.ok && info.value.counts.companies).toBeGreaterThan(0);
  });
});
