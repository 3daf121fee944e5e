/**
 * Names of the automatic backup files main keeps (ARCHITECTURE.md). The name carries
 * everything the list needs — when and why the backup was made — so listing the folder
 * never has to open a file, and a name the renderer sends back can be checked against a
 * strict pattern before it is ever joined to a path.
 */

/** Why an automatic backup was made. */
export const BACKUP_REASONS = ['start', 'daily', 'before-restore', 'before-upgrade'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupFileInfo {
  name: string;
  /** Epoch milliseconds. */
  createdAt: number;
  reason: BackupReason;
}

const PREFIX = 'handshake-backup-';
const NAME_PATTERN = new RegExp(
  `^${PREFIX}(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z-(${BACKUP_REASONS.join('|')})\\.json$`,
);

/** e.g. `handshake-backup-2026-03-14T09-30-00-000Z-start.json` (UTC: sorts and never repeats). */
export function backupFileName(createdAt: number, reason: BackupReason): string {
  const stamp = new Date(createdAt).toISOString().replace(/[:.]/g, '-');
  return `${PREFIX}${stamp}-${reason}.json`;
}

/** What a file name says, or undefined for any file that is not one of ours. */
export function parseBackupFileName(name: string): BackupFileInfo | undefined {
  const match = NAME_PATTERN.exec(name);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second, ms] = match.slice(1, 8).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const createdAt = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // Rejects 2026-02-31 and the like, which Date.UTC would silently roll over.
  if (backupFileName(createdAt, match[8] as BackupReason) !== name) return undefined;
  return { name, createdAt, reason: match[8] as BackupReason };
}
