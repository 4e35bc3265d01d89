import { beforeEach, describe, expect, it, vi } from 'vitest';
import { secureWebPreferences } from '../../../main/security';

// The desktop host: a hidden, secure window per print. Electron's binary is not available here,
// so the window is a stand-in that records what the printer asks of it.
const electron = vi.hoisted(() => {
  class BrowserWindow {
    static created: BrowserWindow[] = [];
    static states: unknown[] = [];
    /** The next printToPDF fails, as when the printing system is not there. */
    static failNextPrint = false;
    destroyed = false;
    readonly webContents = {
      mainFrame: { url: 'app://leadatlas/index.html', parent: null },
      setWindowOpenHandler: vi.fn(),
      on: vi.fn(),
      executeJavaScriptInIsolatedWorld: vi.fn(() => Promise.resolve(BrowserWindow.states.shift() ?? null)),
      printToPDF: vi.fn(() => {
        if (!BrowserWindow.failNextPrint) return Promise.resolve(Buffer.from('%PDF-1.7 desktop'));
        BrowserWindow.failNextPrint = false;
        return Promise.reject(new Error('no printer'));
      }),
    };
    readonly loadFile = vi.fn(() => Promise.resolve());
    readonly loadURL = vi.fn(() => Promise.resolve());
    readonly on = vi.fn();
    readonly isDestroyed = () => this.destroyed;
    readonly destroy = vi.fn(() => {
      this.destroyed = true;
    });
    constructor(readonly options: { show?: boolean; webPreferences?: Record<string, unknown> }) {
      BrowserWindow.created.push(this);
    }
  }
  return { BrowserWindow, shell: { openExternal: vi.fn() } };
});
vi.mock('electron', () => electron);

const { createPdfPrinter } = await import('../../../main/print');

const options = {
  preloadPath: '/app/preload/index.cjs',
  isPackaged: true,
  isAppUrl: (url: string) => url.startsWith('app://leadatlas/'),
};

beforeEach(() => {
  electron.BrowserWindow.failNextPrint = false;
  electron.BrowserWindow.created.length = 0;
  electron.BrowserWindow.states.length = 0;
});

describe('desktop PDF printer (main/print.ts)', () => {
  it('opens a hidden secure window on the route, waits for the page, prints A4 and keeps the window', async () => {
    electron.BrowserWindow.states.push(null, null, { state: 'ready' });
    const printer = createPdfPrinter(options);
    const pdf = await printer.printToPdf('/print/company/12');

    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 desktop');
    const [win] = electron.BrowserWindow.created;
    expect(win?.options.show).toBe(false);
    expect(win?.options.webPreferences).toMatchObject(secureWebPreferences(options.preloadPath, true));
    expect(win?.loadURL).toHaveBeenCalledWith('app://leadatlas/index.html#/print/company/12');
    // Asked three times: twice not ready yet, then ready.
    expect(win?.webContents.executeJavaScriptInIsolatedWorld).toHaveBeenCalledTimes(3);
    const probe = win?.webContents.executeJavaScriptInIsolatedWorld.mock.calls[0] as unknown as [
      number,
      { code: string }[],
    ];
    expect(probe[1][0]?.code).toContain('"/print/company/12"');
    expect(win?.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', displayHeaderFooter: true, printBackground: true }),
    );
    expect(win?.webContents.setWindowOpenHandler).toHaveBeenCalled();
    // Kept loaded: the next document moves the same page instead of starting a browser page again.
    expect(win?.destroy).not.toHaveBeenCalled();
    electron.BrowserWindow.states.push(null, { state: 'ready' });
    await printer.printToPdf('/print/trip/3');
    expect(electron.BrowserWindow.created).toHaveLength(1);
    const calls = win?.webContents.executeJavaScriptInIsolatedWorld.mock.calls as unknown as [
      number,
      { code: string }[],
    ][];
    expect(calls.some(([, [code]]) => code?.code.includes('"/print/trip/3"'))).toBe(true);
    expect(win?.webContents.printToPDF).toHaveBeenCalledTimes(2);
  });

  it('prepares the idle print page ahead of time and prints it once, so the first document pays for neither', async () => {
    const printer = createPdfPrinter(options);
    printer.prepare();
    printer.prepare();
    // A document asked for at once waits for the warm-up in turn, then moves the same window.
    electron.BrowserWindow.states.push(true, null, { state: 'ready' });
    await printer.printToPdf('/print/trip/3');
    expect(electron.BrowserWindow.created).toHaveLength(1);
    const [win] = electron.BrowserWindow.created;
    expect(win?.loadURL).toHaveBeenCalledWith('app://leadatlas/index.html#/print/idle');
    const codes = (
      win?.webContents.executeJavaScriptInIsolatedWorld.mock.calls as unknown as [
        number,
        { code: string }[],
      ][]
    ).map(([, [c]]) => c?.code ?? '');
    expect(codes[0]).toContain('document.fonts.ready');
    // The throwaway PDF of the idle page, then the document's.
    expect(win?.webContents.printToPDF).toHaveBeenCalledTimes(2);
  });

  it('does not keep an idle window whose warm-up print failed: the first document loads a fresh one', async () => {
    const printer = createPdfPrinter(options);
    electron.BrowserWindow.failNextPrint = true;
    printer.prepare();
    electron.BrowserWindow.states.push(true, { state: 'ready' });
    await printer.printToPdf('/print/trip/3');
    const [idle, fresh] = electron.BrowserWindow.created;
    expect(idle?.loadURL).toHaveBeenCalledWith('app://leadatlas/index.html#/print/idle');
    expect(idle?.destroy).toHaveBeenCalled();
    expect(electron.BrowserWindow.created).toHaveLength(2);
    expect(fresh?.loadURL).toHaveBeenCalledWith('app://leadatlas/index.html#/print/trip/3');
  });

  it("passes on the page's own reason when it cannot be printed, and keeps the sound window", async () => {
    electron.BrowserWindow.states.push({ state: 'error', message: '企业（编号 12）不存在或已被删除' });
    const printer = createPdfPrinter(options);
    await expect(printer.printToPdf('/print/company/12')).rejects.toThrow('企业（编号 12）不存在或已被删除');
    expect(electron.BrowserWindow.created[0]?.webContents.printToPDF).not.toHaveBeenCalled();
    expect(electron.BrowserWindow.created[0]?.destroy).not.toHaveBeenCalled();
  });

  it('gives up after its time limit with a Chinese message', async () => {
    const printer = createPdfPrinter({ ...options, timeoutMs: 120 });
    await expect(printer.printToPdf('/print/targets?year=2026')).rejects.toThrow('报表页面长时间未能完成');
    expect(electron.BrowserWindow.created[0]?.destroy).toHaveBeenCalled();
  });

  it("trusts only its own print window on the app's page, and not once the window is gone", async () => {
    const printer = createPdfPrinter(options);
    let during = false;
    let foreign = true;
    electron.BrowserWindow.states.push(null);
    const printing = printer.printToPdf('/print/trip/3');
    await vi.waitFor(() =>
      expect(
        electron.BrowserWindow.created[0]?.webContents.executeJavaScriptInIsolatedWorld,
      ).toHaveBeenCalled(),
    );
    const win = electron.BrowserWindow.created[0]!;
    during = printer.isPrintFrame(win.webContents.mainFrame as never);
    foreign = printer.isPrintFrame({ url: 'https://evil.example/', parent: null } as never);
    electron.BrowserWindow.states.push({ state: 'ready' });
    await printing;
    expect(during).toBe(true);
    expect(foreign).toBe(false);
    win.destroy();
    expect(printer.isPrintFrame(win.webContents.mainFrame as never)).toBe(false);
  });
});
