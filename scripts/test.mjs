// npm test: every check in order (typecheck, lint, Electron security scan, unit, build, e2e), then one closing line
// "tests: N passed, N failed, N skipped" counted from the runners' JSON reports, so a run that
// tested nothing cannot pass unnoticed. Exits non-zero when any step fails.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const reports = join(process.cwd(), '.tmp', 'test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const vitestJson = join(reports, 'vitest.json');
const playwrightJson = join(reports, 'playwright.json');

const steps = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['electron-audit', 'npm', ['run', '--silent', 'audit:electron']],
  [
    'unit',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
  ],
  ['build', 'npx', ['electron-vite', 'build']],
  [
    'e2e',
    'npx',
    ['playwright', 'test', '--reporter=list,json'],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson },
  ],
];

/**
 * Runs one step with its output passed through as it comes, keeping the lines that say why a
 * step failed: CI shows only the end of a run's output, so they are printed again at the end.
 */
function runStep(cmd, args, env) {
  return new Promise((done) => {
    const child = spawn(cmd, args, { stdio: ['inherit', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    const telling = [];
    const tail = [];
    let partial = '';
    const keep = (chunk, out) => {
      out.write(chunk);
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      for (const raw of lines) {
        // eslint-disable-next-line no-control-regex
        const line = raw.replace(/\x1b\[[0-9;]*m/g, '');
        tail.push(line);
        if (tail.length > 40) tail.shift();
        if (/FAIL|Error|error TS|Unhandled|failed|✘|×|Timeout|timed out/.test(line) && telling.length < 80) {
          telling.push(line);
        }
      }
    };
    child.stdout.on('data', (c) => keep(c, process.stdout));
    child.stderr.on('data', (c) => keep(c, process.stderr));
    child.on('close', (status) => done({ status, telling, tail }));
  });
}

const failedSteps = [];
const why = [];
for (const [name, cmd, args, env] of steps) {
  console.log(`\n=== ${name} ===`);
  const r = await runStep(cmd, args, env);
  if (r.status !== 0) {
    failedSteps.push(name);
    why.push(`--- ${name} failed (exit ${r.status}); the lines that say why, then its last lines ---`);
    why.push(...r.telling, '…', ...r.tail);
  }
  // Later steps would only repeat the failure (e2e needs a build, a build needs types).
  if (r.status !== 0 && (name === 'typecheck' || name === 'build')) break;
}

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += v.numPassedTests ?? 0;
  failed += v.numFailedTests ?? 0;
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
}
if (existsSync(playwrightJson)) {
  const s = JSON.parse(readFileSync(playwrightJson, 'utf8')).stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
  skipped += s.skipped ?? 0;
}
if (failedSteps.length) console.log(`\n${why.join('\n')}\n\nfailed steps: ${failedSteps.join(', ')}`);
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedSteps.length || failed || passed === 0 ? 1 : 0);
