import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface Listening {
  server: Server;
  port: number;
  /** Stops accepting, lets requests in flight finish (cut after `graceMs`), then resolves. */
  close(graceMs?: number): Promise<void>;
}

/** Laptops sync in rounds of several requests: one connection kept open for the round. */
const KEEP_ALIVE_MS = 30_000;
/** A whole request must arrive within this; a stalled upload does not hold a socket forever. */
const REQUEST_TIMEOUT_MS = 120_000;
const HEADERS_TIMEOUT_MS = 20_000;

export function listenHttps(
  tls: { key: string; cert: string },
  handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  at: { host: string; port: number },
): Promise<Listening> {
  const server = createServer(
    {
      key: tls.key,
      cert: tls.cert,
      minVersion: 'TLSv1.2',
      keepAlive: true,
      requestTimeout: REQUEST_TIMEOUT_MS,
      headersTimeout: HEADERS_TIMEOUT_MS,
    },
    (req, res) => {
      // Once closing, a finished request must not leave its keep-alive connection holding close().
      if (closing) res.setHeader('connection', 'close');
      res.once('finish', () => setImmediate(() => closing && server.closeIdleConnections()));
      void handler(req, res);
    },
  );
  let closing = false;
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(at.port, at.host, () => {
      server.off('error', reject);
      resolve({
        server,
        port: (server.address() as AddressInfo).port,
        close: (graceMs = 10_000) =>
          new Promise<void>((done) => {
            closing = true;
            const cut = setTimeout(() => server.closeAllConnections(), graceMs);
            server.close(() => {
              clearTimeout(cut);
              done();
            });
            // Idle keep-alive connections would otherwise hold close() until they time out.
            server.closeIdleConnections();
          }),
      });
    });
  });
}
