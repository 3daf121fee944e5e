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
import { join } from 'node:path';
import {
  BRIDGE_CHANNELS,
  MAX_BACKUP_BYTES,
  type AppInfo,
  type BridgeInvokeMethod,
  type ListBackupsResult,
} from '../../shared/bridge';
import { createBackupStore, type BackupStore } from '../backups/backup-store';
import { openFile, saveFile, type FileDialogs } from './file-actions';
import { pageSizeFor, printToPdf } from './print-actions';
import {
  backupNameSchema,
  badgeCountSchema,
  notifyRequestSchema,
  openFileRequestSchema,
  parseArgument,
  printToPdfRequestSchema,
  saveAutoBackupRequestSchema,
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

/** The automatic backup folder, made on first use (app paths exist only once it is ready). */
let backupStore: BackupStore | undefined;
const backups = () =>
  (backupStore ??= createBackupStore({ directory: join(app.getPath('userData'), 'backups') }));

/**
 * One entry per bridge method: the Record type makes a missing or extra channel a
 * compile error, so main registers exactly BRIDGE_CHANNELS.
 */
const handlers: Record<BridgeInvokeMethod, TrustedHandler> = {
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

  saveAutoBackup: (_event, request) => {
    const { reason, data } = parseArgument(saveAutoBackupRequestSchema, request);
    return backups().save(reason, data);
  },

  listBackups: async (): Promise<ListBackupsResult> => {
    const store = backups();
    try {
      return { status: 'ok', folder: store.directory, backups: await store.list() };
    } catch {
      return {
        status: 'error',
        message: `The backup folder “${store.directory}” could not be read.`,
      };
    }
  },

  // Only a name, checked against a strict pattern here and against the listing in the store.
  readBackup: (_event, name) => backups().read(parseArgument(backupNameSchema, name)),

  openBackupFile: (event) =>
    openFile(
      { filters: [{ name: 'Handshake backups', extensions: ['json'] }] },
      dialogsFor(event),
      MAX_BACKUP_BYTES,
    ),

  appInfo: (): AppInfo => ({
    name: 'Handshake',
    version: app.getVersion(),
    shell: 'desktop',
    platform: process.platform,
  }),
};

export function registerBridgeHandlers(policy: SenderPolicy): void {
  for (const method of Object.keys(BRIDGE_CHANNELS) as BridgeInvokeMethod[]) {
    handleTrusted(ipcMain, BRIDGE_CHANNELS[method], policy, handlers[method]);
  }
}
