// npm run dist: build into out/ (what electron-builder.yml packs), then make the installers for
// this machine, or for the targets named after `--` (e.g. `npm run dist -- --win`). electron-builder
// downloads Electron and its packaging tools on first use: it needs that download host.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const isWindows = process.platform === 'win32';
const bin = (name) => join(root, 'node_modules', '.bin', isWindows ? `${name}.cmd` : name);
// Always out/: a LEADATLAS_OUT left over from a test run would package some other build.
const env = { ...process.env, LEADATLAS_OUT: 'out' };

for (const [tool, args] of [
  ['electron-vite', ['build']],
  ['electron-builder', ['--config', 'electron-builder.yml', ...process.argv.slice(2)]],
]) {
  const run = spawnSync(bin(tool), args, { cwd: root, stdio: 'inherit', env, shell: isWindows });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
