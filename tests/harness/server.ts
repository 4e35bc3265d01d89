/**
 * Browser harness: serves the built renderer on 127.0.0.1 and exposes the same main/api
 * contract over HTTP, so the real renderer runs in plain Chromium against a real SQLite file.
 * Only the transport differs from the desktop app (see DESIGN.md).
 *
 *   GET  /__harness/shim.js  the browser stand-in for the preload (tests/harness/shim.ts)
 *   POST /__api/call         {channel, input} -> dispatch() -> ApiResult as JSON
 *   GET  /__api/events       server-sent events, one `data:` line per ctx.emit()
 *   GET  anything else       static files from the built renderer, SPA fallback to index.html
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { ApiEventName, ApiEvents, ApiResult } from '@contract/bridge';
import type { AppInfo, DemoSize } from '@contract/channels/app';
import type { ApiContext } from '../../main/api/context';
import { needsPassphrase, unlockDatabase } from '../../main/db/encryption';
import { lockedAnswer, type Answer } from '../../main/api/lockGate';
import type { KeyStore } from '../../main/db/keyFile';
import { dispatch } from '../../main/api/dispatch';
import { AFTER_FIRST_PAGE_MS, watchIntegrity } from '../../main/db/integrityWatch';
import { cleanupAttachmentsAfterStart } from '../../main/domain/attachments/cleanup';
import { pruneAuditAfterStart } from '../../main/domain/audit/retention';
import { closeDatabase, openDatabase, type Db } from '../../main/db/open';
import { actingAs } from '../../main/domain/settings/actingAs';
import { jobRunnerAt } from '../../main/jobs/jobRunner';
import { setClock } from '@contract/shared/clock';
import { createPdfRenderer } from './pdf';

// The browser the harness prints with, for scripts that load the bundle (npm run screenshots).
export { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

export interface HarnessOptions {
  /** SQLite file to open (created if missing). Default: a fresh file in a new temp directory. */
  dbPath?: string;
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** Load demo data of this size when the database is empty. */
  demo?: DemoSize;
  /** Built renderer to serve. Default: env LEADATLAS_RENDERER_DIR, else out/renderer. */
  rendererDir?: string;
  /**
   * Move this server's clock to this instant (ISO with zone) for the harness's lifetime, e.g.
   * 23:59 in Asia/Shanghai; the test moves the browser's clock to the same instant.
   */
  now?: string;
  /**
   * Load the print page in Chromium once the app's first page is up, as the desktop app does, so
   * the first PDF does not wait for a browser. Off by default: most tests never print.
   */
  warmPrinter?: boolean;
  /** The machine's keychain for 数据库加密 (the desktop app's is safeStorage). Default: none. */
  keyStore?: KeyStore;
  /**
   * Models the passphrase typed at start on a machine without a keychain: 设置 may then encrypt
   * with a passphrase, and a file sealed with one opens on the window's lock screen (or at once
   * with `passphrase`, which a wrong one makes startHarness refuse).
   */
  passphraseAtStart?: boolean;
  passphrase?: string;
}

export interface Harness {
  url: string;
  dbPath: string;
  close(): Promise<void>;
}

// Two levels up both from tests/harness/server.ts and from its bundle out/harness/server.mjs.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHIM_SOURCE = join(ROOT, 'tests', 'harness', 'shim.ts');
const MAX_BODY_BYTES = 8 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

let shimCache: { source: string; js: string } | undefined;

/**
 * The shim has only type imports, so a single-file transpile is all it needs; wrapping it in
 * a function keeps its top-level names out of the page's global scope (it is a classic script).
 */
function shimScript(): string {
  const source = readFileSync(SHIM_SOURCE, 'utf8');
  if (shimCache?.source === source) return shimCache.js;
  const { outputText } = ts.transpileModule(source, {
    fileName: 'shim.ts',
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  });
  const body = outputText.replace(/^export \{\};\s*$/m, '');
  if (/^\s*(import|export)\b/m.test(body)) {
    throw new Error(`${SHIM_SOURCE} may only use type imports: it is served as a classic script`);
  }
  const js = `(() => {\n'use strict';\n${body}})();\n//# sourceURL=harness-shim.js\n`;
  shimCache = { source, js };
  return js;
}

function appVersion(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': MIME['.json'],
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': MIME['.txt'], 'cache-control': 'no-store' });
  res.end(text);
}

const refused = (code: 'VALIDATION' | 'PAYLOAD_TOO_LARGE', message: string): ApiResult<never> => ({
  ok: false,
  error: { code, message },
});

/** Reads the request body up to `limit` bytes; past it, drains the rest and reports 'too-large'. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolvePromise(size > limit ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Puts the shim before the first module script, so window.api exists before the app starts. */
function injectShim(html: string): string {
  const tag = '<script src="/__harness/shim.js"></script>';
  const at = html.search(/<script\b[^>]*\btype=["']?module\b/i);
  if (at >= 0) return html.slice(0, at) + tag + html.slice(at);
  const head = html.search(/<\/head>/i);
  return head >= 0 ? html.slice(0, head) + tag + html.slice(head) : tag + html;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const rendererDir = resolve(
    options.rendererDir ??
      process.env.LEADATLAS_RENDERER_DIR ??
      join(ROOT, process.env.LEADATLAS_OUT ?? 'out', 'renderer'),
  );
  const tempDir = options.dbPath ? undefined : mkdtempSync(join(tmpdir(), 'leadatlas-harness-'));
  const dbPath = resolve(options.dbPath ?? join(tempDir ?? '', 'leadatlas.sqlite'));
  const shim = shimScript(); // fail at start, not on the first page load

  const clients = new Set<ServerResponse>();
  const emit = <E extends ApiEventName>(event: E, payload: ApiEvents[E]): void => {
    const frame = `data: ${JSON.stringify({ event, payload })}\n\n`;
    for (const client of clients) client.write(frame);
  };
  // The print page is this server's own URL, known once it listens.
  const pdf = createPdfRenderer(() => `http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  const integrity = watchIntegrity(dbPath, (status) => emit('integrity', status));
  let db: Db | null = null;
  let ctx: ApiContext | null = null;
  const openLedger = (passphrase: string | undefined): ApiContext => {
    unlockDatabase(dbPath, { keyStore: options.keyStore, passphrase });
    const opened = openDatabase(dbPath);
    db = opened;
    ctx = {
      db: opened,
      get actor() {
        return actingAs(opened, '演示用户');
      },
      databasePath: dbPath,
      appVersion: appVersion(),
      emit,
      printToPdf: (route) => pdf.printToPdf(route),
      integrity: () => integrity.status(),
      keyStore: options.keyStore,
      passphraseAtStart: options.passphraseAtStart === true || options.passphrase !== undefined,
      // Imports, backups and restores run in the worker thread built beside the renderer, as in
      // the desktop app; a renderer served from elsewhere without it runs them on this thread.
      jobRunner: jobRunnerAt(join(rendererDir, '..', 'main', 'jobWorker.js')),
    };
    return ctx;
  };
  // As the desktop app: a file sealed with a passphrase waits for it on the lock screen.
  const askAtStart =
    options.passphraseAtStart === true && options.passphrase === undefined && needsPassphrase(dbPath);
  const locked = lockedAnswer((passphrase) => void openLedger(passphrase));
  const answer: Answer = (channel, input) => (ctx ? dispatch(ctx, channel, input) : locked(channel, input));
  try {
    if (!askAtStart) openLedger(options.passphrase);
  } catch (err) {
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    throw err;
  }
  if (options.now) setClock(options.now);
  // The app's first page has loaded when it opens its event stream: the background work starts then.
  let afterFirstPage: ReturnType<typeof setTimeout> | undefined;
  const firstPageShown = (): void => {
    afterFirstPage ??= setTimeout(() => {
      if (!db) return;
      void integrity.check();
      if (options.warmPrinter) pdf.prepare();
      pruneAuditAfterStart(db);
      cleanupAttachmentsAfterStart(db);
    }, AFTER_FIRST_PAGE_MS);
  };

  let closed = false;
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error('[harness]', err);
      if (!res.headersSent) sendText(res, 500, 'internal error');
      else res.end();
    });
  });

  // Loopback only, and only under the names we listen on: a page from another origin (or a
  // DNS-rebinding name) must not reach a real database through this port.
  const allowedHosts = (): Set<string> => {
    const port = (server.address() as AddressInfo).port;
    return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const hosts = allowedHosts();
    if (!hosts.has(req.headers.host ?? '')) return sendText(res, 403, 'forbidden host');
    const origin = req.headers.origin;
    if (
      origin !== undefined &&
      !(origin.startsWith('http://') && hosts.has(origin.slice('http://'.length)))
    ) {
      return sendText(res, 403, 'forbidden origin');
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/';

    if (path === '/__api/call') return handleCall(req, res);
    if (path === '/__api/events') return handleEvents(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'method not allowed');
    if (path === '/__harness/shim.js') {
      res.writeHead(200, { 'content-type': MIME['.js'], 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : shim);
      return;
    }
    return serveStatic(req, res, path);
  }

  async function handleCall(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return sendText(res, 405, 'method not allowed');
    // Requiring JSON also keeps out cross-site "simple" form posts, which cannot set it.
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') return sendJson(res, 415, refused('VALIDATION', '请求格式应为 JSON'));
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
      req.resume();
      return sendJson(res, 413, refused('PAYLOAD_TOO_LARGE', '提交的数据过大'));
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === 'too-large') return sendJson(res, 413, refused('PAYLOAD_TOO_LARGE', '提交的数据过大'));
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(res, 400, refused('VALIDATION', '请求数据不是有效的 JSON'));
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return sendJson(res, 400, refused('VALIDATION', '请求数据格式无效'));
    }
    const { channel, input } = parsed as { channel?: unknown; input?: unknown };
    sendJson(res, 200, await answer(channel, input));
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET') return sendText(res, 405, 'method not allowed');
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    // An immediate frame makes the browser fire `open`, which the shim waits for before calls.
    res.write('retry: 1000\n: connected\n\n');
    clients.add(res);
    req.on('close', () => clients.delete(res));
    firstPageShown();
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, urlPath: string): Promise<void> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return sendText(res, 400, 'bad path');
    }
    if (decoded.includes('\0') || decoded.split(/[\\/]/).includes('..'))
      return sendText(res, 403, 'forbidden path');
    let file = resolve(rendererDir, '.' + decoded);
    if (file !== rendererDir && !file.startsWith(rendererDir + sep))
      return sendText(res, 403, 'forbidden path');

    let isFile = false;
    try {
      isFile = statSync(file).isFile();
    } catch {
      // missing: maybe an app route
    }
    if (!isFile) {
      // App routes (no extension) get the page; a missing asset stays a 404, so a broken
      // build shows up as a failed request rather than HTML parsed as JavaScript.
      if (extname(decoded) !== '' && extname(decoded) !== '.html') return sendText(res, 404, 'not found');
      file = join(rendererDir, 'index.html');
    }

    let data: Buffer;
    try {
      data = await readFile(file);
    } catch {
      return sendText(
        res,
        404,
        `renderer not found in ${rendererDir}: run \`npx electron-vite build\` first`,
      );
    }
    const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const isIndex = file === join(rendererDir, 'index.html');
    const out = isIndex ? Buffer.from(injectShim(data.toString('utf8')), 'utf8') : data;
    res.writeHead(200, {
      'content-type': type,
      'content-length': out.length,
      'cache-control': isIndex ? 'no-store' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : out);
  }

  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    clearTimeout(afterFirstPage);
    for (const client of clients) client.end();
    clients.clear();
    await pdf.close();
    await new Promise<void>((done) => {
      server.close(() => done());
      // Keep-alive sockets and event streams would otherwise hold close() open.
      server.closeAllConnections();
    });
    if (db) closeDatabase(db);
    if (options.now) setClock(null);
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  };

  try {
    if (options.demo && ctx) await loadDemoIfEmpty(ctx, options.demo);
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(options.port ?? 0, '127.0.0.1', () => {
        server.off('error', fail);
        done();
      });
    });
  } catch (err) {
    closed = true;
    if (options.now) setClock(null);
    if (db) closeDatabase(db);
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    throw err;
  }

  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}/`, dbPath, close };
}

/** Through dispatch, like the app's own "load demo data" button, so the same checks apply. */
async function loadDemoIfEmpty(ctx: ApiContext, size: DemoSize): Promise<void> {
  const info = await dispatch(ctx, 'app.info', {});
  if (!info.ok) throw new Error(`无法读取数据库状态：${info.error.message}`);
  if (!(info.value as AppInfo).empty) return;
  const loaded = await dispatch(ctx, 'demo.load', { size });
  if (!loaded.ok) throw new Error(`演示数据加载失败：${loaded.error.message}`);
}
