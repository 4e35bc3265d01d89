import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy between the server and PostgreSQL that a test cuts, as a network failure or a
 * PostgreSQL restart would, without touching the shared PostgreSQL. `cutAfter(n)` drops every
 * open connection at the server's n-th packet from now: before PostgreSQL receives it, or once
 * PostgreSQL has acted on it and is answering (`answerLost`); new connections pass.
 */
export interface TcpProxy {
  port: number;
  cutAfter(packets: number, answerLost?: boolean): void;
  /** Whether the armed cut has happened. */
  cut(): boolean;
  close(): Promise<void>;
}

export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const open = new Set<Socket>();
  let countdown = Infinity;
  let losingAnswer = false;
  let armed = false;
  let didCut = false;
  const dropAll = () => {
    didCut = true;
    armed = false;
    countdown = Infinity;
    for (const s of open) s.destroy();
    open.clear();
  };
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, targetHost);
    open.add(client).add(upstream);
    const forget = () => {
      open.delete(client);
      open.delete(upstream);
      client.destroy();
      upstream.destroy();
    };
    client.on('data', (chunk) => {
      if (--countdown <= 0) {
        if (!losingAnswer) return dropAll();
        countdown = Infinity;
        armed = true;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => (armed ? dropAll() : client.write(chunk)));
    client.on('close', forget).on('error', forget);
    upstream.on('close', forget).on('error', forget);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy has no port');
  return {
    port: address.port,
    cutAfter(packets, answerLost = false) {
      didCut = false;
      armed = false;
      losingAnswer = answerLost;
      countdown = packets;
    },
    cut: () => didCut,
    close: () =>
      new Promise<void>((done) => {
        for (const s of open) s.destroy();
        server.close(() => done());
      }),
  };
}
