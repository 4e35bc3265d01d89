// Runs @doyensec/electronegativity over the app's own sources and fails on any HIGH finding
// (or on a file it could not parse, which would otherwise pass unscanned). `npm run audit:electron`.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

/** What ships: the three processes' sources and the manifest that names the Electron version. */
const SCANNED = ['main', 'preload', 'renderer', 'package.json'];

/**
 * Checks that need the network. The tool fetches Electron's release list to look for newer
 * security releases; offline it would only print a warning. Checklist item 16 (a current
 * Electron) is kept by tests/unit/electron/checklist.test.ts instead.
 */
const OFFLINE_EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];

/** Findings below HIGH that were reviewed and accepted; the reasons are also in SECURITY.md. */
const ACCEPTED = {
  CSP_GLOBAL_CHECK:
    "script-src 'self' is flagged as possibly bypassable via JSONP/uploads; the app serves neither, " +
    'and loads only its own packaged files.',
};

// The tool downloads translations on every start; answer "not found" so it stays offline,
// quiet and deterministic, and uses its bundled English strings.
const toolDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
const gotPath = createRequire(join(toolDir, 'dist', 'locales', 'i18n.js')).resolve('got');
const offlineGot = () => Promise.resolve({ statusCode: 404, body: '{}', headers: {} });
offlineGot.head = offlineGot;
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offlineGot };

const runner = require(join(toolDir, 'dist', 'runner.js'));
const run = runner.default ?? runner;

const workDir = mkdtempSync(join(tmpdir(), 'leadatlas-electronegativity-'));
try {
  // A copy, so the scan sees exactly the sources and none of out/, tests/ or node_modules.
  for (const entry of SCANNED) cpSync(join(root, entry), join(workDir, entry), { recursive: true });
  const started = Date.now();
  const result = await run({
    input: workDir,
    customScan: [],
    excludeFromScan: OFFLINE_EXCLUDED,
    isRelative: true,
    parserPlugins: [],
  });

  const high = result.issues.filter((i) => i.severity.name === 'HIGH');
  const unparsed = result.errors.filter((e) => !e.tolerable);
  console.log(
    `electronegativity: ${result.atomicChecks} atomic + ${result.globalChecks} global checks over ` +
      `${SCANNED.join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  for (const issue of result.issues) {
    const where = `${issue.file}:${issue.location.line}`;
    console.log(`  ${issue.severity.name.padEnd(13)} ${issue.id}  ${where}\n    ${issue.description}`);
    if (ACCEPTED[issue.id] && issue.severity.name !== 'HIGH')
      console.log(`    accepted: ${ACCEPTED[issue.id]}`);
  }
  for (const error of result.errors) console.log(`  could not parse ${error.file}: ${error.message}`);

  if (high.length > 0 || unparsed.length > 0) {
    console.error(`FAILED: ${high.length} high finding(s), ${unparsed.length} unparsed file(s)`);
    process.exitCode = 1;
  } else {
    console.log(`OK: no high findings (${result.issues.length} lower finding(s) listed above)`);
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
