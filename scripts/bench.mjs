/**
 * `npm run bench`: bundles bench/run.ts (it imports main/, see nodeBundle.mjs) into
 * <LEADATLAS_OUT or out>/bench/run.mjs and runs it with this same Node. Arguments are passed on:
 * `npm run bench -- --smoke` measures the small demo with 3 iterations, in seconds.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './nodeBundle.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = process.env.LEADATLAS_OUT ?? 'out';

if (Number(process.versions.node.split('.')[0]) < 22) {
  console.error(`需要 Node 22 或更高版本（当前 ${process.version}），请使用 npm run bench。`);
  process.exit(1);
}

const bundle = await bundleForNode({
  root: ROOT,
  entry: join(ROOT, 'bench', 'run.ts'),
  outDir: join(ROOT, OUT, 'bench'),
  fileName: 'run.mjs',
});
const result = spawnSync(process.execPath, [bundle, ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
