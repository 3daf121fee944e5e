/**
 * The application menu as data, so it can be tested without Electron. Standard roles
 * only; nothing here opens a web page (no "Learn more" links: the app stays offline).
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from '../shared/bridge';

export interface MenuOptions {
  appName: string;
  isMac: boolean;
  /** DevTools are offered only to developers, never in a packaged app. */
  isPackaged: boolean;
  onAbout: () => void;
  /** Runs a File menu action in the app's window (named as in the palette: ARCHITECTURE.md → Words the interface uses). */
  onMenuAction: (action: MenuAction) => void;
}

/** The File menu's own items: label and the action id the renderer runs. */
export const FILE_MENU_ITEMS: readonly { label: string; action: MenuAction }[] = [
  { label: 'Import contacts…', action: 'import-contacts' },
  { label: 'Export partners…', action: 'export-partners' },
  { label: 'Back up now', action: 'back-up-now' },
  { label: 'Restore from backup…', action: 'restore-from-backup' },
];

export function buildMenuTemplate({
  appName,
  isMac,
  isPackaged,
  onAbout,
  onMenuAction,
}: MenuOptions): MenuItemConstructorOptions[] {
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const macAppMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { role: 'about' },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      ...FILE_MENU_ITEMS.slice(0, 2).map(({ label, action }) => ({
        label,
        click: () => onMenuAction(action),
      })),
      separator,
      ...FILE_MENU_ITEMS.slice(2).map(({ label, action }) => ({
        label,
        click: () => onMenuAction(action),
      })),
      separator,
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'reload' },
      { role: 'forceReload' },
      ...(isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const window: MenuItemConstructorOptions = {
    label: 'Window',
    ...(isMac ? { role: 'window' as const } : {}),
    // Zoom (fill the screen) is a macOS window action; elsewhere the role does nothing.
    submenu: [
      { role: 'minimize' },
      ...(isMac ? [{ role: 'zoom' } as const] : []),
      { role: 'close' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: 'Help',
    ...(isMac ? { role: 'help' as const } : {}),
    submenu: [{ label: `About ${appName}`, click: onAbout }],
  };

  return [...(isMac ? [macAppMenu] : []), file, edit, view, window, help];
}
