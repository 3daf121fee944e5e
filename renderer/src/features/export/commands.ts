import { todayLocalDate } from '../../../../shared/dates';
import type { FileFilter } from '../../../../shared/bridge';
import { platform } from '../../platform';
import { toast } from '../../ui/toasts';

export type FileFormat = 'csv' | 'vcard';

const FILES: Record<FileFormat, { extension: string; filter: FileFilter }> = {
  csv: { extension: 'csv', filter: { name: 'CSV spreadsheets', extensions: ['csv'] } },
  vcard: { extension: 'vcf', filter: { name: 'vCard contacts', extensions: ['vcf'] } },
};

/** "Handshake partners 2026-01-15.csv": what, from where, and when, sorting by date. */
export function exportFileName(what: 'partners' | 'people', format: FileFormat, today: string) {
  return `Handshake ${what} ${today}.${FILES[format].extension}`;
}

/**
 * Hands the file to the owner (save dialog in the desktop app, a download in a browser)
 * and says how it went. True when saved; a cancel or an error leaves the dialog open.
 */
export async function saveExport(
  what: 'partners' | 'people',
  format: FileFormat,
  text: string,
  countText: string,
): Promise<boolean> {
  const result = await platform().saveFile({
    suggestedName: exportFileName(what, format, todayLocalDate()),
    filters: [FILES[format].filter],
    data: new TextEncoder().encode(text),
  });
  switch (result.status) {
    case 'saved':
      toast(`Exported ${countText} to “${result.name}”.`, { tone: 'success' });
      return true;
    case 'error':
      toast(result.message, { tone: 'error' });
      return false;
    case 'cancelled':
      return false;
  }
}
