import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Bundles a kill -9 test's child script with vite (Node alone cannot load main/: JSON imports,
 * the @contract alias), inside the repository so the bundle finds the SQLite driver. Returns
 * the path of the runnable .mjs.
 */
export async function buildChild(entry: string, outDir: string): Promise<string> {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    publicDir: false,
    resolve: { alias: { '@contract': join(ROOT, 'contract') } },
    build: {
      ssr: join(ROOT, entry),
      outDir,
      emptyOutDir: true,
      target: 'node22',
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'child.mjs' } },
    },
    ssr: { target: 'node', external: ['better-sqlite3-multiple-ciphers', 'zod', 'fflate', 'iconv-lite'] },
  });
  return join(outDir, 'child.mjs');
}

export const childOutDir = (name: string): string => join(ROOT, '.tmp', `${name}-${process.pid}`);

/**
 * Runs the child and kills it with SIGKILL `delayMs` after `afterLines` lines of output
 * (Infinity: let it finish).
 */
export function runAndKill(
  child: string,
  args: readonly string[],
  afterLines: number,
  delayMs = 0,
): Promise<{ lines: string[]; killed: boolean }> {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, [child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let killed = false;
    let stderr = '';
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.stdout.on('data', (d: Buffer) => {
      for (const line of d.toString().split('\n').filter(Boolean)) {
        lines.push(line);
        if (!killed && lines.length >= afterLines) {
          killed = true;
          setTimeout(() => proc.kill('SIGKILL'), delayMs);
        }
      }
    });
    proc.on('error', fail);
    proc.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0) fail(new Error(`child failed (${code ?? signal}): ${stderr}`));
      else done({ lines, killed: signal === 'SIGKILL' });
    });
  });
}
