/**
 * `npm run server [-- backup <file> | user …]`: builds the office server (server/index.ts,
 * TypeScript with the @contract alias) into out/server/index.mjs and runs it here, on the Node
 * 22 that npm scripts put first on PATH. A service runs the built file directly:
 * `node out/server/index.mjs` (see server/deploy/). `node scripts/server.mjs --build-only` stops
 * after the build. Env: DATABASE_URL, LEADATLAS_SERVER_DATA, PORT, HOST (server/config.ts).
 */
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from './nodeBundle.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

if (Number(process.versions.node.split('.')[0]) < 22) {
  console.error(
    `需要 Node 22 或更高版本（当前 ${process.version}），请使用 npm run server。\nNode 22+ is required (found ${process.version}): use \`npm run server\`.`,
  );
  process.exit(1);
}

const bundle = await bundleForNode({
  root: ROOT,
  entry: join(ROOT, 'server', 'index.ts'),
  outDir: join(ROOT, process.env.LEADATLAS_OUT ?? 'out', 'server'),
  fileName: 'index.mjs',
});
if (process.argv[2] === '--build-only') {
  console.log(relative(ROOT, bundle));
} else {
  /** @type {typeof import('../server/index').runFromCommandLine} */
  const run = (await import(pathToFileURL(bundle).href)).runFromCommandLine;
  run();
}
