/** Electron glue for ./menu-template.ts. */
import { Menu, app } from 'electron';
import { buildMenuTemplate } from './menu-template';

const APP_NAME = 'Handshake';

export function installApplicationMenu(): void {
  app.setAboutPanelOptions({ applicationName: APP_NAME, applicationVersion: app.getVersion() });
  const template = buildMenuTemplate({
    appName: APP_NAME,
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    onAbout: () => app.showAboutPanel(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
