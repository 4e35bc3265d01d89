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

// The trip dossier is printed from the built renderer: build it first, so the PDF measured is
// the one this tree makes (about 15 s), unless the run leaves the dossier out.
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? (process.argv[onlyAt + 1] ?? '').split(',') : null;
if (only === null || only.includes('dossier')) {
  const built = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, LEADATLAS_OUT: OUT },
    },
  );
  if (built.status !== 0) {
    console.error('electron-vite build failed: the dossier row will say it was not measured.');
  }
}

const bundle = await bundleForNode({
  root: ROOT,
  entry: join(ROOT, 'bench', 'run.ts'),
  outDir: join(ROOT, OUT, 'bench'),
  fileName: 'run.mjs',
});
// The job worker as the app bundles it: the import rows measure import.run with its work there.
const worker = await bundleForNode({
  root: ROOT,
  entry: join(ROOT, 'main', 'jobs', 'jobWorker.ts'),
  outDir: join(ROOT, OUT, 'bench-worker'),
  fileName: 'jobWorker.mjs',
});
const result = spawnSync(process.execPath, [bundle, ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, LEADATLAS_BENCH_JOB_WORKER: worker },
});
process.exit(result.status ?? 1);
