// npm start: build, then open the desktop app. Where the Electron binary cannot be obtained
// (it is downloaded from outside the npm registry), open the browser version instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const isWindows = process.platform === 'win32';
const bin = (name) => join(root, 'node_modules', '.bin', isWindows ? `${name}.cmd` : name);

const build = spawnSync(bin('electron-vite'), ['build'], { cwd: root, stdio: 'inherit', shell: isWindows });
if (build.status !== 0) process.exit(build.status ?? 1);

const electron = electronPath();
// Inherited from some shells and IDEs, it would start the binary as plain Node.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = electron
  ? spawn(electron, [join(root, 'out', 'main', 'index.js')], { cwd: root, stdio: 'inherit', env })
  : fallBackToBrowser();
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

/**
 * Requiring the electron package returns the binary's path and downloads the binary first if it
 * is missing. That runs in a child process, so a failed download is an answer, not a crash.
 */
function electronPath() {
  const marker = 'LEADATLAS_ELECTRON_PATH=';
  const probe = spawnSync(
    process.execPath,
    ['-e', `console.log(${JSON.stringify(marker)} + require('electron'))`],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 5 * 60_000,
    },
  );
  const lines = (probe.stdout ?? '').split(/\r?\n/);
  for (const line of lines) if (line && !line.startsWith(marker)) console.log(line);
  const found = lines
    .find((line) => line.startsWith(marker))
    ?.slice(marker.length)
    .trim();
  if (probe.status === 0 && found && existsSync(found)) return found;
  // One line of the failure instead of a stack trace: the fallback message below says what to do.
  const reason = (probe.stderr ?? '').split(/\r?\n/).find((line) => /^\s*\w*Error:/.test(line));
  if (reason) console.log(reason.trim());
  return null;
}

function fallBackToBrowser() {
  console.log(
    [
      '',
      '无法在本机获取 Electron 程序（需从 npm 仓库以外的地址下载），改为在浏览器中打开招商通（演示数据库）。',
      'Electron cannot be obtained on this machine (its binary is downloaded from outside the npm',
      'registry): starting the browser version with a demo database instead (scripts/web.mjs).',
      '',
    ].join('\n'),
  );
  return spawn(process.execPath, [join(root, 'scripts', 'web.mjs')], { cwd: root, stdio: 'inherit' });
}
