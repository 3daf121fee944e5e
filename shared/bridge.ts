/**
 * The contract between the renderer and the Electron main process.
 *
 * The preload exposes exactly one object, `window.handshake`, with one named method per
 * action (`... satisfies HandshakeBridge`). There is no generic invoke/send/on: every
 * capability the renderer has is listed here, and main validates every argument again.
 * The renderer never receives a path to write to: main asks the owner with a dialog and
 * writes the file itself.
 */

import type { BackupReason } from './backup-files';

/** Files the app refuses to open: larger than any real contact export or backup. */
export const MAX_OPEN_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Backups the app refuses to open. Larger than other files: a database of the size the
 * owner may reach (README.md → Performance) makes a backup of about 100 MB, and it must restore.
 */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

export interface FileFilter {
  /** Shown in the dialog, e.g. "CSV files". */
  name: string;
  /** Extensions without the dot, e.g. ["csv"]. */
  extensions: string[];
}

export interface SaveFileRequest {
  /** File name offered in the save dialog, e.g. "partners.csv". */
  suggestedName: string;
  filters?: FileFilter[];
  data: Uint8Array;
}

export type SaveFileResult =
  | { status: 'saved'; name: string }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

export interface OpenFileRequest {
  filters?: FileFilter[];
}

export type OpenFileResult =
  | { status: 'opened'; name: string; data: Uint8Array }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

export interface NotifyRequest {
  title: string;
  body: string;
}

export interface AppInfo {
  name: string;
  version: string;
  /** Where the app runs: the desktop shell or a plain browser (`npm run web`). */
  shell: 'desktop' | 'browser';
  /** Operating system in the desktop app (process.platform); the browser reports "web". */
  platform: string;
}

export interface PrintToPdfRequest {
  /** File name offered in the save dialog, e.g. "Partner directory.pdf". */
  suggestedName: string;
}

export type PrintToPdfResult =
  | SaveFileResult
  /** The browser has no PDF writer: it opened its own print dialog, which took it from there. */
  | { status: 'print-dialog' };

/** An automatic backup for main to keep in its backup folder. */
export interface SaveAutoBackupRequest {
  reason: BackupReason;
  data: Uint8Array;
}

/** `unsupported`: the browser, where there is no backup folder. */
export type SaveAutoBackupResult =
  | { status: 'saved'; name: string }
  | { status: 'unsupported' }
  | { status: 'error'; message: string };

/** One file in the backup folder, described by its name (shared/backup-files.ts). */
export interface BackupEntry {
  name: string;
  createdAt: number;
  reason: BackupReason;
  /** In bytes. */
  size: number;
}

export type ListBackupsResult =
  | { status: 'ok'; folder: string; backups: BackupEntry[] }
  | { status: 'unsupported' }
  | { status: 'error'; message: string };

/** The File menu's actions, run in the renderer like the command palette entries of the same id. */
export const MENU_ACTIONS = [
  'import-contacts',
  'export-partners',
  'back-up-now',
  'restore-from-backup',
] as const;
export type MenuAction = (typeof MENU_ACTIONS)[number];

export function isMenuAction(value: unknown): value is MenuAction {
  return typeof value === 'string' && (MENU_ACTIONS as readonly string[]).includes(value);
}

/** The one channel main sends on (menu actions, one way); the preload listens to no other. */
export const MENU_ACTION_CHANNEL = 'handshake:menu-action';

export interface HandshakeBridge {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  notify(request: NotifyRequest): Promise<void>;
  setBadgeCount(count: number): Promise<void>;
  appInfo(): Promise<AppInfo>;
  /** Saves the page on screen (a print view) as a PDF where the owner chooses. */
  printToPdf(request: PrintToPdfRequest): Promise<PrintToPdfResult>;
  /** Keeps an automatic backup in main's backup folder; retention runs after each one. */
  saveAutoBackup(request: SaveAutoBackupRequest): Promise<SaveAutoBackupResult>;
  /** The backup folder and its backups, newest first. */
  listBackups(): Promise<ListBackupsResult>;
  /** Reads one backup, named as listBackups named it (never a path). */
  readBackup(name: string): Promise<OpenFileResult>;
  /** Asks the owner for a backup file to restore (with the backup size limit). */
  openBackupFile(): Promise<OpenFileResult>;
  /**
   * Calls `listener` with each File menu action; returns unsubscribe. The only event the
   * bridge delivers, so it is not an invoke method and has no entry in BRIDGE_CHANNELS.
   */
  onMenuAction(listener: (action: MenuAction) => void): () => void;
}

/** Bridge methods the renderer calls and main answers (everything but event subscriptions). */
export type BridgeInvokeMethod = Exclude<keyof HandshakeBridge, 'onMenuAction'>;

/** IPC channel names, one per bridge method. Main registers exactly these. */
export const BRIDGE_CHANNELS = {
  saveFile: 'handshake:save-file',
  openFile: 'handshake:open-file',
  notify: 'handshake:notify',
  setBadgeCount: 'handshake:set-badge-count',
  appInfo: 'handshake:app-info',
  printToPdf: 'handshake:print-to-pdf',
  saveAutoBackup: 'handshake:save-auto-backup',
  listBackups: 'handshake:list-backups',
  readBackup: 'handshake:read-backup',
  openBackupFile: 'handshake:open-backup-file',
} as const satisfies Record<BridgeInvokeMethod, string>;

/** Bridge methods that subscribe to an event from main instead of invoking a channel. */
export const BRIDGE_EVENT_METHODS = ['onMenuAction'] as const satisfies readonly Exclude<
  keyof HandshakeBridge,
  BridgeInvokeMethod
>[];

/**
 * Every key of `window.handshake`, sorted: one per channel plus the event subscriptions.
 * The preload's unit test and the desktop end-to-end test both expect exactly these.
 */
export const BRIDGE_METHODS: readonly (keyof HandshakeBridge)[] = [
  ...(Object.keys(BRIDGE_CHANNELS) as BridgeInvokeMethod[]),
  ...BRIDGE_EVENT_METHODS,
].sort();

/** The sentence shown when a backup is too large to open. */
export function backupTooLargeMessage(name: string): string {
  return `“${name}” is larger than 512 MB, which is more than any Handshake backup should be. Nothing was changed.`;
}

/** The sentence shown when a file is too large to open. */
export function fileTooLargeMessage(name: string): string {
  return `“${name}” is larger than 50 MB, which is more than any contact list or backup should be. Nothing was imported.`;
}
