import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Fails the run at once, with the fix, instead of every test timing out on the same cause. */
export default function globalSetup(): void {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    throw new Error(
      `Chromium not found at ${chromium}: apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH`,
    );
  }
  const renderer = resolve(
    ROOT,
    process.env.LEADATLAS_RENDERER_DIR ?? `${process.env.LEADATLAS_OUT ?? 'out'}/renderer`,
  );
  if (!existsSync(join(renderer, 'index.html'))) {
    throw new Error(`No built renderer in ${renderer}: run \`npx electron-vite build\` first`);
  }
  // The fixtures load the harness as a bundle (see fixtures.ts); rebuild it on every run so
  // it never lags behind main/.
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'web.mjs'), '--build-only'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0)
    throw new Error('Building the harness bundle (scripts/web.mjs --build-only) failed');
}
