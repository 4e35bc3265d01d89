import { BrowserWindow, shell } from 'electron';
import { appPageUrl } from './appProtocol';
import { hardenWebContents, secureWebPreferences, type UrlCheck } from './security';

export interface MainWindowOptions {
  preloadPath: string;
  /** Set only in an unpackaged development run. */
  devServerUrl?: string | undefined;
  isPackaged: boolean;
  isAppUrl: UrlCheck;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1100,
    minHeight: 700,
    title: '招商通',
    // Hidden until the first paint, on the app's page colour, so the window never flashes white.
    show: false,
    backgroundColor: '#f5f7fa',
    webPreferences: {
      ...secureWebPreferences(options.preloadPath, options.isPackaged),
      // Already set by secureWebPreferences; repeated where static scanners (npm run
      // audit:electron) look for them, which cannot follow a function call.
      contextIsolation: true,
      sandbox: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  hardenWebContents(window.webContents, { isAppUrl: options.isAppUrl, shell });
  window.once('ready-to-show', () => window.show());
  const loading = options.devServerUrl ? window.loadURL(options.devServerUrl) : window.loadURL(appPageUrl());
  loading.catch((err: unknown) => console.error('[leadatlas] failed to load the interface', err));
  return window;
}
