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
  /** Drops every open connection at once, whatever is still on its way. */
  cutNow(): void;
  close(): Promise<void>;
}

/** `onAnswer` hears the size of every chunk the server sends back: a test cuts mid-answer with it. */
export async function startTcpProxy(
  targetHost: string,
  targetPort: number,
  onAnswer?: (bytes: number) => void,
): Promise<TcpProxy> {
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
    // A side that finishes (the server ending its answer and the connection) is passed on as an
    // end once what it sent is written, not cut: only a failure, or dropAll, cuts.
    const ended = (other: Socket) => () => {
      open.delete(client);
      open.delete(upstream);
      other.end();
    };
    client.on('data', (chunk) => {
      if (--countdown <= 0) {
        if (!losingAnswer) return dropAll();
        countdown = Infinity;
        armed = true;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (armed) return dropAll();
      client.write(chunk);
      onAnswer?.(chunk.length);
    });
    client.on('end', ended(upstream)).on('close', ended(upstream)).on('error', forget);
    upstream.on('end', ended(client)).on('close', ended(client)).on('error', forget);
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
    cutNow: dropAll,
    close: () =>
      new Promise<void>((done) => {
        for (const s of open) s.destroy();
        server.close(() => done());
      }),
  };
}
