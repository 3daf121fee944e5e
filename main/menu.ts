/** Electron glue for ./menu-template.ts. */
import { BrowserWindow, Menu, app } from 'electron';
import { sendMenuAction } from './ipc/menu-actions';
import type { SenderPolicy } from './ipc/sender';
import { buildMenuTemplate } from './menu-template';

const APP_NAME = 'Handshake';

export function installApplicationMenu(policy: SenderPolicy = {}): void {
  app.setAboutPanelOptions({ applicationName: APP_NAME, applicationVersion: app.getVersion() });
  const template = buildMenuTemplate({
    appName: APP_NAME,
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    onAbout: () => app.showAboutPanel(),
    // The focused window, or the only one (macOS keeps the menu with no window focused).
    onMenuAction: (action) => {
      const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      sendMenuAction(window?.webContents, action, policy);
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
