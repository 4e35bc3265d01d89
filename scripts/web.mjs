/**
 * `npm run web`: the real renderer in any browser on this machine, against a persistent demo
 * database, through the same harness the browser end-to-end tests use (tests/harness).
 *
 * The harness is TypeScript that imports main/ with extensionless paths, parameter properties
 * and JSON imports without attributes, which neither Node's type stripping nor Playwright's
 * loader can run; so it is bundled first with vite's
 * build API (SSR mode: node_modules and Node built-ins stay external) into
 * out/harness/server.mjs. That takes about a second and runs every time, so a stale bundle
 * never serves old code. `node scripts/web.mjs --build-only` (npm run build:harness) stops there.
 *
 * Env: LEADATLAS_DEMO = S | M | L (default M), PORT (default 5199), LEADATLAS_RENDERER_DIR (serve
 * another built renderer instead of out/renderer).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from './nodeBundle.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HARNESS_ENTRY = join(ROOT, 'tests', 'harness', 'server.ts');
const OUT = process.env.LEADATLAS_OUT ?? 'out';
const HARNESS_OUT = join(ROOT, OUT, 'harness');
const RENDERER_INDEX = join(ROOT, OUT, 'renderer', 'index.html');
const DB_PATH = join(ROOT, '.tmp', 'web-demo.sqlite');

function fail(message) {
  console.error(message);
  process.exit(1);
}

// The SQLite driver (better-sqlite3-multiple-ciphers 13) needs Node 22; inside npm scripts the node@22 devDependency comes first on PATH.
if (Number(process.versions.node.split('.')[0]) < 22) {
  fail(
    `需要 Node 22 或更高版本（当前 ${process.version}），请使用 npm run web。\nNode 22+ is required (found ${process.version}): use \`npm run web\`.`,
  );
}

function buildHarness() {
  return bundleForNode({ root: ROOT, entry: HARNESS_ENTRY, outDir: HARNESS_OUT, fileName: 'server.mjs' });
}

function buildRendererIfMissing() {
  // The harness serves LEADATLAS_RENDERER_DIR instead when it is set: nothing to build then.
  if (process.env.LEADATLAS_RENDERER_DIR || existsSync(RENDERER_INDEX)) return;
  console.log('未找到已构建的界面，正在构建… / Renderer not built yet, building…');
  // Run the CLI with this same Node binary: no npx/.cmd differences between platforms.
  const cli = join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(RENDERER_INDEX)) {
    fail(
      '界面构建失败，请先修复 `npx electron-vite build` 的错误。\nRenderer build failed: fix `npx electron-vite build` first.',
    );
  }
}

function demoSize() {
  const size = (process.env.LEADATLAS_DEMO ?? 'M').toUpperCase();
  if (!['S', 'M', 'L'].includes(size))
    fail(`LEADATLAS_DEMO 应为 S、M 或 L（收到 ${size}）/ LEADATLAS_DEMO must be S, M or L`);
  return size;
}

function port() {
  const value = Number(process.env.PORT ?? 5199);
  if (!Number.isInteger(value) || value < 0 || value > 65535)
    fail(`PORT 无效：${process.env.PORT} / invalid PORT`);
  return value;
}

async function main() {
  const bundle = await buildHarness();
  if (process.argv.includes('--build-only')) {
    console.log(`${relative(ROOT, bundle)}`);
    return;
  }
  buildRendererIfMissing();
  const size = demoSize();
  mkdirSync(dirname(DB_PATH), { recursive: true });

  /** @type {import('../tests/harness/server').startHarness} */
  const startHarness = (await import(pathToFileURL(bundle).href)).startHarness;
  const options = { dbPath: DB_PATH, port: port() };
  console.log(
    `正在打开数据库（空库时先生成 ${size} 规模演示数据，可能需要一些时间）… / opening the database (an empty one gets demo data of size ${size} first, which can take a while)…`,
  );
  let harness;
  try {
    harness = await startHarness({ ...options, demo: size });
  } catch (err) {
    if (err?.code === 'EADDRINUSE')
      fail(
        `端口 ${options.port} 已被占用，可设置 PORT 换一个端口。\nPort ${options.port} is in use: set PORT to another one.`,
      );
    // An unfinished demo generator should not keep the app itself from opening.
    console.warn(
      `演示数据未能加载，以空数据库启动。/ Demo data could not be loaded; starting with an empty database.\n  ${err?.message ?? err}`,
    );
    harness = await startHarness(options);
  }

  console.log(
    [
      '',
      '招商通 LeadAtlas 网页预览已启动 / web preview is running:',
      `  ${harness.url}`,
      `数据库 / database: ${relative(ROOT, harness.dbPath)}（演示数据 / demo size ${size}，仅在空库时加载 / loaded only into an empty database）`,
      '按 Ctrl+C 停止 / press Ctrl+C to stop',
      '',
    ].join('\n'),
  );

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    harness.close().then(
      () => process.exit(0),
      (err) => fail(String(err)),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => fail(err?.stack ?? String(err)));
