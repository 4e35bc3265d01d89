import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// LEADATLAS_OUT (a folder name in the repo root, default "out") lets several builds coexist,
// e.g. parallel e2e runs that must not overwrite each other's renderer.
const OUT = process.env.LEADATLAS_OUT ?? 'out';

// contract/ is shared by all three bundles; each imports it as @contract/… (tsconfig.base.json).
const resolveContract = { alias: { '@contract': resolve(__dirname, 'contract') } };

// Explicit entries: the sources live in top-level main/, preload/ and renderer/
// instead of electron-vite's default src/ layout.
export default defineConfig({
  main: {
    resolve: resolveContract,
    build: {
      outDir: `${OUT}/main`,
      // Imports, backups and restores run in a worker thread of their own, loaded from its own bundle.
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'main/index.ts'),
          jobWorker: resolve(__dirname, 'main/jobs/jobWorker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: resolveContract,
    build: {
      outDir: `${OUT}/preload`,
      // A sandboxed preload cannot load ES modules or node_modules: one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    resolve: resolveContract,
    build: {
      outDir: resolve(__dirname, OUT, 'renderer'),
      chunkSizeWarningLimit: 4000,
      // The desktop app and every printed document load this bundle from disk: small parses faster.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
