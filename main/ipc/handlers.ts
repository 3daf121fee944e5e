/**
 * The bridge's main-process side: exactly one handler per BRIDGE_CHANNELS entry, each
 * behind the sender check (./sender.ts) and argument validation (./schemas.ts).
 */
import {
  BrowserWindow,
  Notification,
  app,
  dialog,
  ipcMain,
  type IpcMainInvokeEvent,
} from 'electron';
import { BRIDGE_CHANNELS, type AppInfo, type HandshakeBridge } from '../../shared/bridge';
import { openFile, saveFile, type FileDialogs } from './file-actions';
import { pageSizeFor, printToPdf } from './print-actions';
import {
  badgeCountSchema,
  notifyRequestSchema,
  openFileRequestSchema,
  parseArgument,
  printToPdfRequestSchema,
  saveFileRequestSchema,
} from './schemas';
import { handleTrusted, type SenderPolicy, type TrustedHandler } from './sender';

/** Native dialogs, attached to the window that asked so they are modal to it. */
function dialogsFor(event: IpcMainInvokeEvent): FileDialogs {
  const window = BrowserWindow.fromWebContents(event.sender);
  return {
    async askSavePath(defaultName, filters) {
      const options = { defaultPath: defaultName, filters };
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? undefined : result.filePath;
    },
    async askOpenPath(filters) {
      const options = { filters, properties: ['openFile' as const] };
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? undefined : result.filePaths[0];
    },
  };
}

/** Held until closed: a collected Notification stops delivering its click on Windows. */
const visibleNotifications = new Set<Notification>();

function showNotification(event: IpcMainInvokeEvent, title: string, body: string): void {
  if (!Notification.isSupported()) return;
  const window = BrowserWindow.fromWebContents(event.sender);
  const notification = new Notification({ title, body });
  // Clicking a reminder brings the app forward; it opens nothing else.
  notification.on('click', () => {
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  notification.on('close', () => visibleNotifications.delete(notification));
  visibleNotifications.add(notification);
  notification.show();
}

/**
 * One entry per bridge method: the Record type makes a missing or extra channel a
 * compile error, so main registers exactly BRIDGE_CHANNELS.
 */
const handlers: Record<keyof HandshakeBridge, TrustedHandler> = {
  saveFile: (event, request) =>
    saveFile(parseArgument(saveFileRequestSchema, request), dialogsFor(event)),

  openFile: (event, request) =>
    openFile(parseArgument(openFileRequestSchema, request), dialogsFor(event)),

  notify: (event, request) => {
    const { title, body } = parseArgument(notifyRequestSchema, request);
    showNotification(event, title, body);
  },

  setBadgeCount: (_event, count) => {
    // Returns false where the platform has no badge (most Linux desktops): nothing to do.
    app.setBadgeCount(parseArgument(badgeCountSchema, count));
  },

  // Prints the page that asked — the print view on screen — with its print styles; the
  // paper size follows the computer's country (US Letter or A4).
  printToPdf: (event, request) =>
    printToPdf(parseArgument(printToPdfRequestSchema, request), dialogsFor(event), async () => {
      const pdf = await event.sender.printToPDF({
        pageSize: pageSizeFor(app.getLocaleCountryCode()),
        printBackground: true,
      });
      return new Uint8Array(pdf);
    }),

  appInfo: (): AppInfo => ({
    name: 'Handshake',
    version: app.getVersion(),
    shell: 'desktop',
    platform: process.platform,
  }),
};

export function registerBridgeHandlers(policy: SenderPolicy): void {
  for (const method of Object.keys(BRIDGE_CHANNELS) as (keyof HandshakeBridge)[]) {
    handleTrusted(ipcMain, BRIDGE_CHANNELS[method], policy, handlers[method]);
  }
}
