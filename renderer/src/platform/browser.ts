/**
 * The bridge's browser implementation, for `npm run web` and the end-to-end tests: files
 * are downloaded as Blobs and opened through <input type=file>; notifications use the
 * Notification API when the owner allowed it and an in-app notice otherwise.
 */
import {
  MAX_BACKUP_BYTES,
  MAX_OPEN_FILE_BYTES,
  backupTooLargeMessage,
  fileTooLargeMessage,
  type FileFilter,
  type HandshakeBridge,
  type OpenFileResult,
} from '../../../shared/bridge';

export interface BrowserBridgeOptions {
  /** Shows a notice inside the app when desktop notifications are not available. */
  showNotice: (title: string, body: string) => void;
  version: string;
}

function acceptAttribute(filters: FileFilter[] = []): string {
  return filters.flatMap((filter) => filter.extensions.map((ext) => `.${ext}`)).join(',');
}

export function readPickedFile(
  file: File,
  maxBytes = MAX_OPEN_FILE_BYTES,
  tooLarge: (name: string) => string = fileTooLargeMessage,
): Promise<OpenFileResult> {
  if (file.size > maxBytes) {
    return Promise.resolve({ status: 'error', message: tooLarge(file.name) });
  }
  return file.arrayBuffer().then(
    (buffer) => ({ status: 'opened', name: file.name, data: new Uint8Array(buffer) }),
    () => ({ status: 'error', message: `“${file.name}” could not be read. Nothing was imported.` }),
  );
}

/** Asks for one file through <input type=file>; cancelling resolves as cancelled. */
function pickFile(
  accept: string,
  read: (file: File) => Promise<OpenFileResult>,
): Promise<OpenFileResult> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    const finish = (result: Promise<OpenFileResult> | OpenFileResult) => {
      input.remove();
      resolve(result);
    };
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      finish(file ? read(file) : { status: 'cancelled' });
    });
    input.addEventListener('cancel', () => finish({ status: 'cancelled' }));
    document.body.append(input);
    input.click();
  });
}

export function createBrowserBridge({
  showNotice,
  version,
}: BrowserBridgeOptions): HandshakeBridge {
  return {
    async saveFile({ suggestedName, data }) {
      const url = URL.createObjectURL(new Blob([data as BlobPart]));
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      // Revoke later: the download starts asynchronously and needs the URL until then.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { status: 'saved', name: suggestedName };
    },

    openFile({ filters }) {
      return pickFile(acceptAttribute(filters), (file) => readPickedFile(file));
    },

    async notify({ title, body }) {
      if (typeof Notification !== 'undefined' && Notification.permission === 'granted') {
        new Notification(title, { body });
      } else {
        showNotice(title, body);
      }
    },

    async setBadgeCount(count) {
      // Only installed web apps have a badge; the navigation shows the count everywhere.
      const nav = navigator as Navigator & {
        setAppBadge?: (count?: number) => Promise<void>;
        clearAppBadge?: () => Promise<void>;
      };
      try {
        await (count > 0 ? nav.setAppBadge?.(count) : nav.clearAppBadge?.());
      } catch {
        // A refused badge is not worth bothering the owner about.
      }
    },

    async appInfo() {
      return { name: 'Handshake', version, shell: 'browser', platform: 'web' };
    },

    async printToPdf() {
      // A page cannot write a PDF itself: the browser's print dialog prints the view on
      // screen (with its print styles) and offers "Save as PDF" as a destination.
      window.print();
      return { status: 'print-dialog' };
    },

    // Automatic backups need a folder only the desktop app has: the browser says so, and
    // Settings tells the owner to use Back up now instead.
    async saveAutoBackup() {
      return { status: 'unsupported' };
    },

    async listBackups() {
      return { status: 'unsupported' };
    },

    async readBackup() {
      return { status: 'error', message: 'Automatic backups are a desktop app feature.' };
    },

    openBackupFile() {
      return pickFile('.json,application/json', (file) =>
        readPickedFile(file, MAX_BACKUP_BYTES, backupTooLargeMessage),
      );
    },

    // The browser has no application menu, so no menu action ever arrives.
    onMenuAction() {
      return () => undefined;
    },
  };
}
