import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { runFromCommandLine } from './program';

/**
 * The office server's entry (out/server/index.mjs, as `npm run server` and a service run it). The
 * server itself is server/program.ts: a program that bundles it (the load bench) imports that,
 * since this file, bundled into another program, would take that program's command line for its own.
 */
export * from './program';

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(realpathSync(entry)).href) runFromCommandLine();
