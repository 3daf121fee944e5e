/**
 * Bootstrap only: the order in which the pieces start. Each piece lives in its own
 * module with the reasons written beside it.
 */
import { BrowserWindow, app, session } from 'electron';
import { fileURLToPath } from 'node:url';
import { userDataOverride } from './dev-switches';
import { registerBridgeHandlers } from './ipc/handlers';
import { installApplicationMenu } from './menu';
import { parseDevServerUrl } from './security/app-url';
import { guardWebContents } from './security/navigation';
import { handleAppProtocol, registerAppScheme } from './security/register-protocol';
import { applySessionGuards } from './security/session';
import { createMainWindow } from './window';

/** The built renderer, next to this file: out/main/index.js → out/renderer/. */
const RENDERER_DIR = fileURLToPath(new URL('../renderer', import.meta.url));

// A throwaway profile for tests, never in a packaged app. Must precede the single-instance
// lock, which is held per profile directory.
const userData = userDataOverride(process.env, app.isPackaged);
if (userData !== undefined) app.setPath('userData', userData);

// Every renderer is sandboxed, including any created later by mistake.
app.enableSandbox();
// Must happen before `ready`, so before any await.
registerAppScheme();

// Two instances writing one IndexedDB can corrupt it: the second one hands over and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  const devServerUrl = parseDevServerUrl(process.env.ELECTRON_RENDERER_URL, app.isPackaged);
  let mainWindow: BrowserWindow | null = null;

  const showMainWindow = () => {
    if (mainWindow === null || mainWindow.isDestroyed()) {
      mainWindow = createMainWindow({ devServerUrl });
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  };

  // Registered before any window exists, so every WebContents is guarded from birth.
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, { devServerUrl }),
  );
  app.on('second-instance', () => {
    if (app.isReady()) showMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // macOS: clicking the Dock icon with no window open brings one back.
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) showMainWindow();
  });

  void app.whenReady().then(() => {
    handleAppProtocol(RENDERER_DIR);
    applySessionGuards(session.defaultSession, { devServerUrl, isPackaged: app.isPackaged });
    registerBridgeHandlers({ devServerUrl });
    installApplicationMenu({ devServerUrl });
    showMainWindow();
  });
}
