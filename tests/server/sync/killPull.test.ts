import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_CHANGES } from '@contract/sync/serverProtocol';
import { Rng } from '../../../main/domain/demo/random';
import { closeDatabase, openDatabase, type Db } from '../../../main/db/open';
import { confirmServer, linkCursor } from '../../../main/sync/server/serverLinkStore';
import { httpsTransport } from '../../../main/sync/server/serverClient';
import { runServerRound } from '../../../main/sync/serverRound';
import type { RoundReport } from '../../../main/sync/serverTransport';
import { ledgerHashes } from '../../../main/sync/tableHash';
import { mirrorHashes } from '../../../server/sync/mirror';
import { buildChild, childOutDir } from '../../unit/killChildren';
import { freshDatabase, type TestDatabase } from '../testDatabase';
import { memoryCursor } from './office';
import { signedLaptop, type SignedLaptop } from './signedLaptop';
import { startTcpProxy, type TcpProxy } from './tcpProxy';

const OUT = childOutDir('server-pull-kill-child');
/** Changes in the backlog: two full pages and a shorter last one, each page several MB. */
const BACKLOG = PAGE_CHANGES * 2 + 1000;
const MB = 1024 * 1024;

/** The office server in a child process, its lines as they come, killable with SIGKILL. */
interface ServerChild {
  port: number;
  fingerprint256: string;
  onLine(listener: (line: string) => void): void;
  kill(): Promise<void>;
}

function startChild(script: string, url: string, dataDir: string): Promise<ServerChild> {
  return new Promise((ready, fail) => {
    const proc: ChildProcess = spawn(process.execPath, [script, url, dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const listeners: ((line: string) => void)[] = [];
    let stderr = '';
    const exited = new Promise<void>((done) => proc.once('exit', () => done()));
    proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.once('exit', (code, signal) => {
      if (signal === null) fail(new Error(`server child stopped (${code}): ${stderr}`));
    });
    proc.stdout!.on('data', (d: Buffer) => {
      for (const line of d.toString().split('\n').filter(Boolean)) {
        const [word, port, fingerprint256] = line.split(' ');
        if (word === 'listening')
          ready({
            port: Number(port),
            fingerprint256: fingerprint256!,
            onLine: (l) => void listeners.push(l),
            kill: () => (proc.kill('SIGKILL'), exited),
          });
        for (const l of listeners) l(line);
      }
    });
  });
}

/**
 * When to kill the server during a laptop's pull: at the n-th line starting with `word`, or once
 * `afterBytes` of the answer that follows it have reached the laptop (the kill lands mid-response).
 */
interface KillPoint {
  label: string;
  word?: 'pull' | 'pulled';
  nth?: number;
  afterBytes?: number;
  /** Changes the laptop holds (and its cursor covers) after the kill. */
  kept: number;
}

const KILLS: KillPoint[] = [
  { label: 'as the first page is read', word: 'pull', nth: 1, kept: 0 },
  { label: 'midway through sending the first page', word: 'pulled', nth: 1, afterBytes: MB, kept: 0 },
  { label: 'as the second page is asked for', word: 'pull', nth: 2, kept: PAGE_CHANGES },
  {
    label: 'midway through sending the second page',
    word: 'pulled',
    nth: 2,
    afterBytes: MB,
    kept: PAGE_CHANGES,
  },
  {
    label: 'midway through sending the last page',
    word: 'pulled',
    nth: 3,
    afterBytes: MB / 2,
    kept: 2 * PAGE_CHANGES,
  },
  { label: 'not at all', kept: BACKLOG },
];

describe('the office server killed with kill -9 while a laptop pulls a backlog of several pages', () => {
  let script = '';
  let db: TestDatabase;
  let dataDir = '';
  let source: SignedLaptop;
  let receiver: SignedLaptop;
  const folders: string[] = [];

  /** A fresh copy of the receiving laptop as it was before its first pull. */
  const receiverCopy = (): Db => {
    const folder = mkdtempSync(join(tmpdir(), 'leadatlas-receiver-'));
    folders.push(folder);
    copyFileSync(receiver.path, join(folder, 'ledger.sqlite'));
    return openDatabase(join(folder, 'ledger.sqlite'));
  };

  const pullRound = (db: Db, proxy: TcpProxy, server: ServerChild): Promise<RoundReport> =>
    runServerRound(
      db,
      httpsTransport(
        { origin: `https://127.0.0.1:${proxy.port}`, fingerprint: server.fingerprint256, timeoutMs: 60_000 },
        receiver.keys,
        receiver.token,
      ),
      linkCursor(db),
    );

  /** The source laptop's changes the receiver holds, and those of the server's log up to its cursor. */
  const heldAndCovered = async (laptop: Db): Promise<[number, number]> => {
    const held = laptop
      .prepare(`SELECT count(*) FROM sync_changes WHERE device = ?`)
      .pluck()
      .get(source.keys.device) as number;
    const [row] = await db.sql.query<{ n: number }>(
      `SELECT count(*) AS n FROM changes WHERE seq <= $1 AND device = $2`,
      [Number(linkCursor(laptop).get()), source.keys.device],
    );
    return [held, row!.n];
  };

  beforeAll(async () => {
    script = await buildChild('tests/server/sync/serverChild.ts', OUT);
    db = await freshDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'leadatlas-office-'));
    const server = await startChild(script, db.url, dataDir);
    try {
      source = await signedLaptop(db.sql, server, 'source');
      receiver = await signedLaptop(db.sql, server, 'receiver');
      // Several MB a page: a kill can land while one is on the wire.
      source.db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${BACKLOG})
        INSERT INTO companies (name, name_key, intro, created_at, updated_at)
        SELECT '返乡创业企业' || i, 'fanxiangchuangye' || i, printf('%.1500c', '介'), '2026-11-01T08:00:00+08:00', '2026-11-01T08:00:00+08:00' FROM n`);
      const pushed = await runServerRound(
        source.db,
        httpsTransport(
          {
            origin: `https://127.0.0.1:${server.port}`,
            fingerprint: server.fingerprint256,
            timeoutMs: 120_000,
          },
          source.keys,
          source.token,
        ),
        memoryCursor(),
      );
      expect(pushed.pushed).toBe(BACKLOG);
      // The receiver's link to this server, its cursor at 0: every copy starts from here.
      confirmServer(receiver.db, `https://127.0.0.1:${server.port}`, server.fingerprint256);
      closeDatabase(receiver.db);
    } finally {
      await server.kill();
    }
  }, 300_000);

  afterAll(async () => {
    if (source) closeDatabase(source.db);
    await db?.drop();
    for (const f of [...folders, dataDir, OUT]) if (f) rmSync(f, { recursive: true, force: true });
  });

  it(`moves the laptop's cursor only with pages applied whole, ${KILLS.length} kill points; the retry against the restarted server completes, nothing applied twice, hashes equal to the mirror`, async () => {
    const outcomes: string[] = [];
    for (const point of KILLS) {
      const laptop = receiverCopy();
      const server = await startChild(script, db.url, dataDir);
      let seen = 0;
      let answered: number | null = null;
      let killing: Promise<void> | null = null;
      const kill = () => void (killing ??= server.kill());
      // Mid-answer, the connection goes with the server: what the dead process had handed to the
      // kernel would otherwise still arrive whole.
      const proxy: TcpProxy = await startTcpProxy('127.0.0.1', server.port, (bytes) => {
        if (answered === null) return;
        answered += bytes;
        if (answered < point.afterBytes!) return;
        kill();
        proxy.cutNow();
      });
      server.onLine((line) => {
        if (line.split(' ')[0] !== point.word || ++seen !== point.nth) return;
        if (point.afterBytes === undefined) kill();
        else answered = 0;
      });
      let first: RoundReport | null = null;
      let failure = '';
      try {
        first = await pullRound(laptop, proxy, server);
      } catch (err) {
        failure = (err as Error).message;
      }
      await (killing ?? server.kill());
      await proxy.close();
      const [held, covered] = await heldAndCovered(laptop);
      expect(held, `${point.label}: the laptop holds what its cursor covers`).toBe(covered);
      expect(held, `${point.label}: ${failure}`).toBe(point.kept);
      expect(first === null, `${point.label}: the round failed with the server`).toBe(point.kept < BACKLOG);
      outcomes.push(`${point.label}: ${held} kept`);

      const again = await startChild(script, db.url, dataDir);
      const retryProxy = await startTcpProxy('127.0.0.1', again.port);
      try {
        const retry = await pullRound(laptop, retryProxy, again);
        expect(held + retry.applied, `${point.label}: each change applied once`).toBe(BACKLOG);
        expect(ledgerHashes(laptop), point.label).toEqual(await mirrorHashes(db.sql));
      } finally {
        await again.kill();
        await retryProxy.close();
        closeDatabase(laptop);
      }
    }
    console.log(`server kill -9 mid-pull: ${outcomes.join('; ')}`);
  }, 600_000);

  it('completes on retry when the connection drops at random points of a pull, applying each change once (seeded)', async () => {
    const server = await startChild(script, db.url, dataDir);
    const proxy = await startTcpProxy('127.0.0.1', server.port);
    const rng = new Rng(1919);
    let drops = 0;
    try {
      for (let laptopRun = 0; laptopRun < 3; laptopRun++) {
        const laptop = receiverCopy();
        let applied = 0;
        for (let attempt = 0; ; attempt++) {
          expect(attempt, 'the pull completes within 40 attempts').toBeLessThan(40);
          // Early attempts are cut at a random packet of the laptop's (a round sends some 15), with
          // that packet lost or the server's answer to it lost.
          if (attempt < 4) proxy.cutAfter(rng.int(1, 12), rng.chance(0.5));
          else proxy.cutAfter(Infinity);
          try {
            applied += (await pullRound(laptop, proxy, server)).applied;
            break;
          } catch {
            drops++;
            // What a cut round applied stays applied, and the cursor covers exactly that.
            const [held, covered] = await heldAndCovered(laptop);
            expect(held, 'after a drop, the laptop holds what its cursor covers').toBe(covered);
            applied = held;
          }
        }
        expect(applied, 'each change applied once').toBe(BACKLOG);
        const [held, covered] = await heldAndCovered(laptop);
        expect([held, covered]).toEqual([BACKLOG, BACKLOG]);
        expect(ledgerHashes(laptop)).toEqual(await mirrorHashes(db.sql));
        closeDatabase(laptop);
      }
    } finally {
      await proxy.close();
      await server.kill();
    }
    console.log(`pull over a dropping connection: ${drops} drops, 3 laptops completed`);
    expect(drops).toBeGreaterThan(0);
  }, 600_000);
});
