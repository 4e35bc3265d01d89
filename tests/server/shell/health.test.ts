import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { SERVER_API } from '@contract/sync/serverProtocol';
import { call, startWithDoubles } from './doubles';
import { serverFixture } from './fixture';

/** A TCP relay to PostgreSQL that the test can cut and restore, as a lost network would. */
function relayTo(target: URL) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const open = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = connect(Number(target.port || 5432), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('error', () => undefined);
          s.on('close', () => sockets.delete(s));
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server?.address() as AddressInfo).port;
        resolve();
      });
    });
  return {
    open,
    port: () => port,
    cut: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server?.close(() => resolve());
      }),
  };
}

describe('the health endpoint a monitor polls', () => {
  const f = serverFixture();

  it('answers 503 ok:false while PostgreSQL cannot be reached, and 200 again once it can', async () => {
    const relay = relayTo(new URL(f.db.url));
    await relay.open();
    const viaRelay = new URL(f.db.url);
    viaRelay.hostname = '127.0.0.1';
    viaRelay.port = String(relay.port());
    const { server, logLines } = await startWithDoubles({
      database: { kind: 'postgres', url: viaRelay.toString() },
      dataDir: f.dataDir,
      port: 0,
      host: '127.0.0.1',
    });
    try {
      const health = `${SERVER_API}/health`;
      expect(await call(server.port, { path: health })).toMatchObject({ status: 200, body: { ok: true } });
      await relay.cut();
      expect(await call(server.port, { path: health })).toMatchObject({
        status: 503,
        body: { ok: false, database: 'postgres', serverId: server.serverId },
      });
      expect(logLines.some((l) => l.includes('health: database unreachable'))).toBe(true);
      await relay.open();
      expect(await call(server.port, { path: health })).toMatchObject({ status: 200, body: { ok: true } });
    } finally {
      await server.close();
      await relay.cut();
    }
  });
});
