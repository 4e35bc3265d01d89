/**
 * Child process for the kill -9 mid-pull test: the real office server (HTTPS, accounts, engine)
 * on the given PostgreSQL and data folder, printing `listening <port> <fingerprint>` once up, and
 * a line as each pull begins (`pull <cursor>`) and as its page is ready to send (`pulled <next>`),
 * so the parent can kill it at any of those moments.
 * Usage: node child.mjs <database url> <data folder>
 */
import { createLog } from '../../../server/log';
import { OFFICE_WIRING, startServer } from '../../../server/program';

const [url, dataDir] = process.argv.slice(2) as [string, string];
const out = (line: string) => void process.stdout.write(`${line}\n`);
const running = await startServer({
  config: { database: { kind: 'postgres', url }, dataDir, host: '127.0.0.1', port: 0 },
  log: createLog(() => undefined),
  say: () => undefined,
  async makeParts(context) {
    const parts = await OFFICE_WIRING.makeParts(context);
    const { engine } = parts;
    return {
      ...parts,
      engine: {
        ...engine,
        async pull(caller, request) {
          out(`pull ${request.cursor}`);
          const page = await engine.pull(caller, request);
          out(`pulled ${page.next}`);
          return page;
        },
      },
    };
  },
});
out(`listening ${running.port} ${running.fingerprint256}`);
