import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'rolldown';

const ROOT = resolve(__dirname, '../../..');

/**
 * main/jobs/jobWorker.ts bundled as the app bundles it, so a unit test runs its jobs in a real
 * worker thread. Written under node_modules/.cache: the bundle's packages resolve from there.
 */
export async function builtJobWorker(): Promise<string> {
  const dir = join(ROOT, 'node_modules', '.cache', `job-worker-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  await build({
    input: join(ROOT, 'main/jobs/jobWorker.ts'),
    platform: 'node',
    // The contract is bundled in (its alias resolved as electron-vite resolves it); packages and
    // node's own modules are loaded at run time, as in the app's bundle.
    resolve: { alias: { '@contract': join(ROOT, 'contract') } },
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('@contract/'),
    logLevel: 'silent',
    output: { dir, format: 'esm', entryFileNames: 'jobWorker.mjs' },
  });
  return join(dir, 'jobWorker.mjs');
}
