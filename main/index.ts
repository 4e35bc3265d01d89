import { mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, type BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { APP_SCHEME_PRIVILEGES, serveAppScheme } from './appProtocol';
import type { ApiContext } from './api/context';
import { serverSyncOf } from './api/handlers/syncServer';
import { backupsDirFor, startAutomaticBackups } from './db/backup';
import { closeDatabase, DatabaseOpenError, type Db } from './db/open';
import { AFTER_FIRST_PAGE_MS, watchIntegrity } from './db/integrityWatch';
import { cleanupAttachmentsAfterStart } from './domain/attachments/cleanup';
import { pruneAuditAfterStart } from './domain/audit/retention';
import { openAppDatabase } from './db/startup';
import { needsPassphrase, unlockDatabase } from './db/encryption';
import type { Unlock } from './db/keyFile';
import { dispatch } from './api/dispatch';
import { lockedAnswer, type Answer } from './api/lockGate';
import { electronKeyStore } from './keychain';
import { DomainError } from '@contract/shared/errors';
import { electronHost } from './files';
import { mainFrameOf, registerIpc, sendEvent } from './ipc';
import { menuTemplate } from './menu';
import { BACKUP_REASON_LABELS, type BackupInfo } from '@contract/backups/schema';
import type { Recovery } from './db/recover';
import { jobRunnerAt } from './jobs/jobRunner';
import { createPdfPrinter } from './print';
import { appUrlMatcher, hardenSession, hardenWebContents } from './security';
import { createMainWindow } from './window';
import { actingAs } from './domain/settings/actingAs';

// The package is an ES module, so out/main/index.js has no CommonJS __dirname.
const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(here, '../renderer');
// An installed app never loads its interface from the network, whatever the environment says.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const isAppUrl = appUrlMatcher({ devServerUrl });

let mainWindow: BrowserWindow | null = null;
let db: Db | null = null;

// Before the lock: Electron keys the single-instance lock on the userData folder, so a test run
// with its own folder neither blocks nor is blocked by the app a person has open.
if (process.env.LEADATLAS_USER_DATA) app.setPath('userData', resolve(process.env.LEADATLAS_USER_DATA));

if (!app.requestSingleInstanceLock()) {
  // Two processes writing one SQLite file from two windows would only confuse people.
  app.quit();
} else {
  app.enableSandbox();
  // Must precede 'ready': app:// is then a standard, secure origin for the CSP and fetch.
  protocol.registerSchemesAsPrivileged(APP_SCHEME_PRIVILEGES);
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, { isAppUrl, shell }));
  // The database belongs to the window: closing it ends the app on every platform.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    if (db) closeDatabase(db);
    db = null;
  });
  app.whenReady().then(start).catch(fail);
}

function start(): void {
  const databasePath = join(app.getPath('userData'), 'leadatlas.sqlite');
  const preloadPath = join(here, '../preload/index.cjs');
  serveAppScheme(protocol, rendererDir);
  const printer = createPdfPrinter({
    preloadPath,
    devServerUrl,
    isPackaged: app.isPackaged,
    isAppUrl,
  });
  const isMainFrame = mainFrameOf(() => mainWindow, isAppUrl);
  const loginName = currentUserName();
  let context: ApiContext | null = null;
  let firstPageShown = false;
  let whenFirstPageShown: (() => void) | null = null;

  /** Opens the ledger (key unsealed first when encrypted) and starts the work that goes with it. */
  const openLedger = (unlock: Unlock): void => {
    mkdirSync(dirname(databasePath), { recursive: true });
    // An encrypted file's key is unsealed (keychain or passphrase) before anything reads the file.
    unlockDatabase(databasePath, unlock);
    const opened = openAppDatabase(databasePath, { offerRecovery, onRecovered });
    db = opened;
    // The bundled worker beside this file; should it be missing, the jobs run on this thread.
    const jobRunner = jobRunnerAt(join(here, 'jobWorker.js'));
    const backupsDir = backupsDirFor(databasePath);
    startAutomaticBackups(backupsDir, () =>
      jobRunner(
        { kind: 'backup', input: { dbPath: databasePath, backupsDir, reason: 'auto' } },
        { onPhase: () => undefined },
      ),
    );
    const integrity = watchIntegrity(databasePath, (status) => context?.emit('integrity', status));
    context = {
      db: opened,
      get actor() {
        return actingAs(opened, loginName);
      },
      databasePath,
      appVersion: app.getVersion(),
      emit: (event, payload) => {
        if (mainWindow) sendEvent(mainWindow.webContents, event, payload);
      },
      printToPdf: (route) => printer.printToPdf(route),
      integrity: () => integrity.status(),
      host: electronHost(() => mainWindow),
      keyStore: electronKeyStore,
      passphraseAtStart: true,
      jobRunner,
    };
    // The whole-file check reads every page (seconds on a large file) on a connection of its
    // own in a worker, once the first page is up; the print window loads its page meanwhile.
    const afterFirstPage = (): void => {
      setTimeout(() => {
        void integrity.check();
        printer.prepare();
        pruneAuditAfterStart(opened);
        cleanupAttachmentsAfterStart(opened);
        // 自动同步 with the office server runs whether or not 设置 is ever opened.
        if (context) serverSyncOf(context);
      }, AFTER_FIRST_PAGE_MS);
    };
    if (firstPageShown) afterFirstPage();
    else whenFirstPageShown = afterFirstPage;
  };

  // A file sealed with a passphrase opens once the person types it in the window (lockGate.ts).
  const locked = lockedAnswer((passphrase) => {
    try {
      openLedger({ keyStore: electronKeyStore, passphrase });
    } catch (err) {
      if (err instanceof DomainError && err.code === 'DB_WRONG_PASSPHRASE') throw err;
      refuseToStart(databasePath, err);
    }
  });

  if (!needsPassphrase(databasePath)) {
    try {
      openLedger({ keyStore: electronKeyStore });
    } catch (err) {
      refuseToStart(databasePath, err);
      return;
    }
  }

  const answer: Answer = (channel, input) =>
    context ? dispatch(context, channel, input) : locked(channel, input);
  registerIpc(
    ipcMain,
    answer,
    // The hidden print windows read their document's data through the same contract.
    (frame) => isMainFrame(frame) || printer.isPrintFrame(frame),
  );
  hardenSession(session.defaultSession);

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        isPackaged: app.isPackaged,
        isMac: process.platform === 'darwin',
        onShowDataFolder: () => shell.showItemInFolder(databasePath),
        onAbout: () => showAbout(databasePath),
      }),
    ),
  );

  mainWindow = createMainWindow({
    preloadPath,
    devServerUrl,
    isPackaged: app.isPackaged,
    isAppUrl,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  mainWindow.once('ready-to-show', () => {
    firstPageShown = true;
    whenFirstPageShown?.();
    whenFirstPageShown = null;
  });
}

/** Refuse to start rather than repair or replace: the file is left exactly as it was. */
function refuseToStart(databasePath: string, err: unknown): void {
  const reason =
    err instanceof DatabaseOpenError || err instanceof DomainError
      ? err.message
      : `打开数据库时出错：${String(err)}`;
  dialog.showErrorBox(
    '招商通无法打开数据库',
    `${reason}\n\n数据库文件：${databasePath}\n该文件未作任何改动。`,
  );
  app.quit();
}

/** A damaged database at start: the newest good backup is offered; the damaged file is kept aside. */
function offerRecovery(backup: BackupInfo, problem: string): boolean {
  const choice = dialog.showMessageBoxSync({
    type: 'warning',
    title: '数据库文件已损坏',
    message: '招商通的数据库文件已损坏，是否用最近一次完好的备份恢复？',
    detail: `问题：${problem}\n可用的备份：${backup.takenAt.replace('T', ' ').slice(0, 16)}（${BACKUP_REASON_LABELS[backup.reason]}）\n损坏的文件会改名保存在原文件夹，不会被覆盖或删除。`,
    buttons: ['用此备份恢复', '退出'],
    defaultId: 0,
    cancelId: 1,
  });
  return choice === 0;
}

function onRecovered(recovery: Recovery): void {
  dialog.showMessageBoxSync({
    type: 'info',
    title: '已从备份恢复',
    message: '已用备份恢复数据库。',
    detail: `损坏的文件保存在：${recovery.damagedKeptAt}\n备份之后录入的内容需要重新补录。`,
  });
}

/** Who made a change when 设置 names no 当前用户: the login name is what the office machine knows. */
function currentUserName(): string {
  try {
    return userInfo().username || '本机用户';
  } catch {
    // userInfo() throws for accounts without a passwd entry (some domain and container setups).
    return '本机用户';
  }
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function showAbout(databasePath: string): void {
  const options = {
    type: 'info' as const,
    title: '关于招商通',
    message: `招商通 LeadAtlas ${app.getVersion()}`,
    detail: `招商引资项目、客商、外出招商与目标任务的本地台账。\n数据只保存在本机：${databasePath}`,
  };
  const shown = mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options);
  shown.catch((err: unknown) => console.error('[leadatlas] about dialog failed', err));
}

function fail(err: unknown): void {
  console.error('[leadatlas] startup failed', err);
  dialog.showErrorBox('招商通无法启动', String(err));
  app.quit();
}
