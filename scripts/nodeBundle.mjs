/**
 * Bundles a TypeScript entry that imports main/ into one ES module Node can run. main/ uses
 * extensionless paths, parameter properties and JSON imports without attributes, which Node's
 * type stripping cannot run; vite's build API in SSR mode handles all three and leaves
 * node_modules and Node built-ins external. Shared by the web harness and the benchmark.
 */
import { join } from 'node:path';

/** @param {{ root: string, entry: string, outDir: string, fileName: string }} options */
export async function bundleForNode({ root, entry, outDir, fileName }) {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    resolve: { alias: { '@contract': join(root, 'contract') } },
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: true,
      target: 'node22',
      minify: false,
      sourcemap: true,
      rollupOptions: { output: { format: 'es', entryFileNames: fileName } },
    },
    ssr: { target: 'node', external: ['better-sqlite3-multiple-ciphers', 'typescript', 'zod'] },
  });
  return join(outDir, fileName);
}
