/**
 * The one application window. Its webPreferences are written out in full, even where they
 * repeat Electron's defaults, so a reviewer can see every switch that matters for security
 * (SECURITY.md) and a changed default in a future Electron cannot loosen them.
 */
import { BrowserWindow } from 'electron';
import { fileURLToPath } from 'node:url';
import { APP_ENTRY_URL } from '../shared/app-origin';

/** Built next to this file by electron-vite: out/main/index.js → out/preload/index.cjs. */
const PRELOAD_PATH = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

export function createMainWindow({ devServerUrl }: { devServerUrl?: string | undefined }) {
  const window = new BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    title: 'Handshake',
    show: false, // shown once painted, so the owner never sees a blank white frame
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false, // the spellchecker downloads dictionaries from the network
      preload: PRELOAD_PATH,
    },
  });

  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl ?? APP_ENTRY_URL);
  return window;
}
