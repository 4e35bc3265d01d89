import { X509Certificate } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { Agent } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthResponseSchema, SERVER_API } from '@contract/sync/serverProtocol';
import { certificatePaths } from '../../../server/tls';
import { call, DEVICE, json, signedIn, startWithDoubles, TOKEN } from './doubles';
import { serverFixture } from './fixture';

describe('the office server over HTTPS, on PostgreSQL', () => {
  const f = serverFixture();

  it('answers health over TLS with the certificate whose fingerprint it printed, and keeps that certificate after a restart', async () => {
    const first = await startWithDoubles(f.config);
    const printed = first.consoleLines.find((l) => l.startsWith('证书指纹：'))?.slice('证书指纹：'.length);
    const cert = readFileSync(certificatePaths(f.config.dataDir).cert, 'utf8');
    // Verified as a browser would: the chain is the certificate itself, and it names localhost and 127.0.0.1.
    const byName = await call(first.server.port, {
      path: `${SERVER_API}/health`,
      ca: cert,
      servername: 'localhost',
    });
    const byAddress = await call(first.server.port, {
      path: `${SERVER_API}/health`,
      ca: cert,
      servername: '',
    });
    expect(byName.status).toBe(200);
    expect(byAddress.status).toBe(200);
    expect(printed).toBe(byName.fingerprint256);
    expect(printed).toBe(new X509Certificate(cert).fingerprint256);
    const health = healthResponseSchema.parse(byName.body);
    expect(health).toMatchObject({ ok: true, database: 'postgres', serverId: first.server.serverId });
    const x509 = new X509Certificate(cert);
    expect(Date.parse(x509.validTo) - Date.now()).toBeGreaterThan(9.9 * 365 * 86_400_000);
    expect(statSync(certificatePaths(f.config.dataDir).key).mode & 0o777).toBe(0o600);
    await first.server.close();

    const again = await startWithDoubles(f.config);
    const answer = await call(again.server.port, { path: `${SERVER_API}/health` });
    expect(answer.fingerprint256).toBe(printed);
    expect(again.consoleLines).toContain(`证书指纹：${printed}`);
    expect(again.server.serverId).toBe(first.server.serverId);
    await again.server.close();
  });
});

describe('what the office server refuses, and how it says so', () => {
  const f = serverFixture();
  let running: Awaited<ReturnType<typeof startWithDoubles>>;
  const push = `${SERVER_API}/sync/push`;
  const pull = `${SERVER_API}/sync/pull`;
  const validPush = { schemaVersion: 12, seen: {}, changes: [] };
  beforeAll(async () => {
    running = await startWithDoubles(f.config);
  });
  afterAll(async () => {
    await running.server.close();
  });
  const port = () => running.server.port;
  const logged = () => running.logLines.map((l) => JSON.parse(l) as Record<string, unknown>);

  it('passes the exact bytes and path to authentication and refuses an unauthenticated request before the engine sees it', async () => {
    const body = JSON.stringify(validPush);
    const refused = await call(port(), { ...json(validPush), path: `${push}?page=1` });
    expect(refused).toMatchObject({
      status: 401,
      body: { code: 'unauthenticated', message: '登录已失效，请重新登录' },
    });
    expect(running.engine.calls).toEqual([]);
    const checked = running.auth.checked.at(-1);
    expect(checked?.path).toBe(`${push}?page=1`);
    expect(checked?.body.toString('utf8')).toBe(body);

    const accepted = await call(port(), { ...json(validPush, signedIn), path: push });
    expect(accepted).toMatchObject({ status: 200, body: { accepted: 0, alreadyHad: 0, refused: [] } });
    expect(running.engine.calls).toEqual([{ op: 'push', request: validPush }]);
  });

  it('keeps the connection open between the requests of a sync round', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1, rejectUnauthorized: false });
    try {
      const first = await call(port(), { ...json(validPush, signedIn), path: push, agent });
      const second = await call(port(), {
        ...json({ schemaVersion: 12, cursor: '0' }, signedIn),
        path: pull,
        agent,
      });
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(second.reusedSocket).toBe(true);
    } finally {
      agent.destroy();
    }
  });

  it('refuses a body over 32 MB with 413 before reading it', async () => {
    // Declares 33 MB, sends a little: the refusal must come from the declared length.
    const answer = await call(port(), {
      method: 'POST',
      path: push,
      headers: {
        'content-type': 'application/json',
        'content-length': String(33 * 1024 * 1024),
        ...signedIn,
      },
      upload: (req) => req.write('{"schemaVersion":12,'),
    });
    expect(answer).toMatchObject({
      status: 413,
      body: { code: 'body_too_large', message: '请求内容过大（上限 32 MB），请分批同步' },
    });
  });

  it('refuses a streamed body once it passes the limit, without a declared length', async () => {
    const small = await startWithDoubles(f.config, { bodyLimit: 64 * 1024 });
    try {
      const chunk = Buffer.alloc(16 * 1024, 0x20);
      const answer = await call(small.server.port, {
        method: 'POST',
        path: push,
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked', ...signedIn },
        upload: (req) => {
          for (let i = 0; i < 8; i++) req.write(chunk);
        },
      });
      expect(answer).toMatchObject({
        status: 413,
        body: { code: 'body_too_large', message: '请求内容过大（上限 64 KB），请分批同步' },
      });
      expect(small.engine.calls).toEqual([]);
    } finally {
      await small.server.close();
    }
  });

  it('refuses what is not JSON, and JSON the contract does not accept, with the first complaint in Chinese', async () => {
    const engineCallsBefore = running.engine.calls.length;
    const notJsonType = await call(port(), {
      method: 'POST',
      path: push,
      body: 'schemaVersion=12',
      headers: { 'content-type': 'text/plain', ...signedIn },
    });
    expect(notJsonType).toMatchObject({ status: 415, body: { code: 'unsupported_media_type' } });
    const broken = await call(port(), {
      ...json(validPush, signedIn),
      body: '{"schemaVersion":12,',
      path: push,
    });
    expect(broken).toEqual(
      expect.objectContaining({
        status: 400,
        body: { code: 'invalid_json', message: '请求内容不是有效的 JSON' },
      }),
    );
    // A prototype key anywhere (here inside a change's fields) is refused before any schema runs.
    const polluted = await call(port(), {
      ...json(validPush, signedIn),
      body: '{"schemaVersion":12,"seen":{},"changes":[{"fields":{"__proto__":{"isAdmin":true}}}]}',
      path: push,
    });
    expect(polluted).toMatchObject({
      status: 400,
      body: { code: 'invalid_json', message: '请求内容含有不允许的键名“__proto__”' },
    });
    const badCursor = await call(port(), {
      ...json({ schemaVersion: 12, cursor: 'latest' }, signedIn),
      path: pull,
    });
    expect(badCursor.status).toBe(400);
    expect(badCursor.body).toEqual({ code: 'invalid_request', message: '同步位置应为数字' });
    // A rule with no message of its own in the contract still answers in Chinese.
    const oldSchema = await call(port(), {
      ...json({ ...validPush, schemaVersion: 0 }, signedIn),
      path: push,
    });
    expect(oldSchema.status).toBe(400);
    expect((oldSchema.body as { message: string }).message).toMatch(/[\u4e00-\u9fff]/);
    expect(running.engine.calls.length).toBe(engineCallsBefore);
  });

  it('answers an unknown route 404 and a wrong method 405, each as {code, message}', async () => {
    expect(await call(port(), { path: `${SERVER_API}/sync/everything` })).toMatchObject({
      status: 404,
      body: { code: 'not_found', message: '没有这个接口' },
    });
    expect(await call(port(), { path: push })).toMatchObject({
      status: 405,
      body: { code: 'method_not_allowed', message: '该接口不支持此请求方式' },
    });
  });

  it('hides an unforeseen failure behind 500 服务器内部错误 and logs it with its stack', async () => {
    running.engine.failWith(new Error('relation "sync_log" does not exist at db-host-17'));
    const answer = await call(port(), { ...json(validPush, signedIn), path: push });
    expect(answer).toEqual(
      expect.objectContaining({ status: 500, body: { code: 'internal', message: '服务器内部错误' } }),
    );
    const failure = logged().find((l) => l.msg === 'request failed');
    expect(failure).toMatchObject({ level: 'error', route: push, user: 'zhangwei', device: DEVICE });
    expect((failure?.err as { stack: string }).stack).toContain('db-host-17');
  });

  it('logs one JSON line per request with route, status, time, user and device, and never a password or token', async () => {
    const signIn = await call(port(), {
      ...json({
        user: 'zhangwei',
        password: 'Zhaoshang#2026',
        device: { id: DEVICE, name: '张伟的笔记本', publicKey: 'pk' },
      }),
      path: `${SERVER_API}/session`,
    });
    expect(signIn).toMatchObject({ status: 200, body: { token: TOKEN, user: { user: 'zhangwei' } } });
    await call(port(), { ...json({ schemaVersion: 12, cursor: '0' }, signedIn), path: pull });
    const requests = logged().filter((l) => l.msg === 'request');
    expect(requests.find((l) => l.route === `${SERVER_API}/session`)).toMatchObject({
      status: 200,
      user: 'zhangwei',
      device: DEVICE,
    });
    const pulled = requests.find((l) => l.route === pull && l.status === 200);
    expect(pulled).toMatchObject({ level: 'info', method: 'POST', user: 'zhangwei', device: DEVICE });
    expect(typeof pulled?.ms).toBe('number');
    expect(typeof pulled?.time).toBe('string');
    const everything = running.logLines.join('\n');
    expect(everything).not.toContain('Zhaoshang#2026');
    expect(everything).not.toContain(TOKEN);
  });
});
