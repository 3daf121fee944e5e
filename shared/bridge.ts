/**
 * The contract between the renderer and the Electron main process.
 *
 * The preload exposes exactly one object, `window.handshake`, with one named method per
 * action (`... satisfies HandshakeBridge`). There is no generic invoke/send/on: every
 * capability the renderer has is listed here, and main validates every argument again.
 * The renderer never receives a path to write to: main asks the owner with a dialog and
 * writes the file itself.
 */

/** Files the app refuses to open: larger than any real contact export or backup. */
export const MAX_OPEN_FILE_BYTES = 50 * 1024 * 1024;

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

export interface HandshakeBridge {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  notify(request: NotifyRequest): Promise<void>;
  setBadgeCount(count: number): Promise<void>;
  appInfo(): Promise<AppInfo>;
  /** Saves the page on screen (a print view) as a PDF where the owner chooses. */
  printToPdf(request: PrintToPdfRequest): Promise<PrintToPdfResult>;
}

/** IPC channel names, one per bridge method. Main registers exactly these. */
export const BRIDGE_CHANNELS = {
  saveFile: 'handshake:save-file',
  openFile: 'handshake:open-file',
  notify: 'handshake:notify',
  setBadgeCount: 'handshake:set-badge-count',
  appInfo: 'handshake:app-info',
  printToPdf: 'handshake:print-to-pdf',
} as const satisfies Record<keyof HandshakeBridge, string>;

/** The sentence shown when a file is too large to open. */
export function fileTooLargeMessage(name: string): string {
  return `“${name}” is larger than 50 MB, which is more than any contact list or backup should be. Nothing was imported.`;
}
