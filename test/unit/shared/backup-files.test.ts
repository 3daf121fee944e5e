import { describe, expect, it } from 'vitest';
import { BACKUP_REASONS, backupFileName, parseBackupFileName } from '../../../shared/backup-files';

describe('backup file names', () => {
  it.each(BACKUP_REASONS)('round-trips the date and the reason %s', (reason) => {
    const createdAt = Date.UTC(2026, 2, 14, 9, 30, 5, 42);
    const name = backupFileName(createdAt, reason);
    expect(name).toBe(`handshake-backup-2026-03-14T09-30-05-042Z-${reason}.json`);
    expect(parseBackupFileName(name)).toEqual({ name, createdAt, reason });
  });

  it.each([
    'notes.txt',
    '../handshake-backup-2026-03-14T09-30-05-042Z-start.json',
    'handshake-backup-2026-03-14T09-30-05-042Z-start.json/..',
    'handshake-backup-2026-03-14T09-30-05-042Z-start.json.tmp',
    '.handshake-backup-2026-03-14T09-30-05-042Z-start.json.123-abc.tmp',
    'handshake-backup-2026-03-14T09-30-05-042Z-weekly.json',
    'handshake-backup-2026-02-31T09-30-05-042Z-start.json',
    'handshake-backup-2026-03-14T25-30-05-042Z-start.json',
    'HANDSHAKE-BACKUP-2026-03-14T09-30-05-042Z-START.JSON',
    'handshake-backup-2026-03-14T09-30-05-042Z-start.json\n',
    '',
  ])('refuses %j', (name) => {
    expect(parseBackupFileName(name)).toBeUndefined();
  });
});
