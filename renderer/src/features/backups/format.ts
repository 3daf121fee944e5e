/** How backups are described to the owner. */
import { format } from 'date-fns';
import type { BackupReason } from '../../../../shared/backup-files';

export function formatBackupDate(createdAt: number): string {
  return format(createdAt, 'd MMM yyyy, HH:mm');
}

export const REASON_LABEL: Record<BackupReason, string> = {
  start: 'When Handshake started',
  daily: 'Daily',
  'before-restore': 'Before a restore',
  'before-upgrade': 'Before an update',
};

const sizeFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${sizeFormat.format(bytes / 1024)} KB`;
  return `${sizeFormat.format(bytes / (1024 * 1024))} MB`;
}

/** The tables the preview lists, in the owner's words. Settings are shown apart. */
export const TABLE_LABEL: Record<string, string> = {
  people: 'People',
  partners: 'Partners',
  interactions: 'Interactions',
  referrals: 'Referrals',
  reminders: 'Reminders',
};
