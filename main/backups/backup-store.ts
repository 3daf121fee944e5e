/**
 * The automatic backup folder (under the app's user data): backups are written
 * atomically, listed from their names (shared/backup-files.ts), read back only by a name
 * that is in the listing, and pruned by the retention rule after every write. The folder
 * is the owner's alone (0700, its files 0600; SECURITY.md).
 */
import { chmod, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { backupFileName, parseBackupFileName, type BackupReason } from '../../shared/backup-files';
import { backupsToDelete } from '../../shared/backup-retention';
import {
  MAX_BACKUP_BYTES,
  backupTooLargeMessage,
  type BackupEntry,
  type OpenFileResult,
  type SaveAutoBackupResult,
} from '../../shared/bridge';
import { writeFileAtomic } from '../files/atomic-write';
import { readFileLimited } from '../files/read-limited';

/** Enter, list and write for the owner, nothing for anyone else (ignored on Windows). */
export const OWNER_ONLY_FOLDER = 0o700;

/**
 * At most one automatic backup per reason in this time. The renderer asks for a backup at
 * start, once a day, before a restore and before an upgrade, so a minute is far more than
 * it needs; a renderer gone wrong (a bug in a loop, or a hostile page) could otherwise
 * write up to 512 MB again and again, keeping the disk busy and, through retention,
 * pushing the day's good backups out of the folder within seconds.
 */
export const MIN_BACKUP_INTERVAL_MS = 60_000;

/**
 * The safety backups taken before a restore or an upgrade protect the owner's data at the
 * moment it is about to be replaced: refusing one for a minute would refuse the owner's
 * second restore in a row. A restore has a preview and a confirmation, so two within a few
 * seconds still only come from a renderer gone wrong.
 */
export const MIN_SAFETY_BACKUP_INTERVAL_MS = 5_000;
const SAFETY_REASONS: ReadonlySet<BackupReason> = new Set(['before-restore', 'before-upgrade']);

export interface BackupStoreOptions {
  directory: string;
  now?: () => number;
  /** The largest backup the store writes or reads. */
  maxBytes?: number;
  minIntervalMs?: number;
  minSafetyIntervalMs?: number;
}

export function backupTooLargeToSaveMessage(): string {
  return 'The automatic backup was not saved: it is larger than 512 MB, which is more than any Handshake backup should be.';
}

export function backupTooSoonMessage(reason: BackupReason = 'start'): string {
  return SAFETY_REASONS.has(reason)
    ? 'A safety backup was saved a few seconds ago, so this one was not. Try again in a moment.'
    : 'An automatic backup of this kind was saved less than a minute ago, so this one was not. Try again in a minute.';
}

export function createBackupStore({
  directory,
  now = Date.now,
  maxBytes = MAX_BACKUP_BYTES,
  minIntervalMs = MIN_BACKUP_INTERVAL_MS,
  minSafetyIntervalMs = MIN_SAFETY_BACKUP_INTERVAL_MS,
}: BackupStoreOptions) {
  /** When each reason last wrote a backup (this run of the app). */
  const lastSavedAt = new Map<BackupReason, number>();

  /** Whether a backup for `reason` now comes too soon after the last one. */
  function tooSoon(reason: BackupReason, at: number): boolean {
    const last = lastSavedAt.get(reason);
    // Either direction: a clock set back must not block backups until it catches up.
    const interval = SAFETY_REASONS.has(reason) ? minSafetyIntervalMs : minIntervalMs;
    return last !== undefined && Math.abs(at - last) < interval;
  }

  async function names(): Promise<string[]> {
    try {
      return await readdir(directory);
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return [];
      throw error;
    }
  }

  /** Our backups in the folder, newest first. Anything else there is left alone. */
  async function list(): Promise<BackupEntry[]> {
    const entries: BackupEntry[] = [];
    for (const name of await names()) {
      const info = parseBackupFileName(name);
      if (!info) continue;
      const stats = await stat(join(directory, name)).catch(() => undefined);
      if (stats?.isFile()) entries.push({ ...info, size: stats.size });
    }
    return entries.sort((a, b) => b.createdAt - a.createdAt);
  }

  /** Deletes what the retention rule lets go, never the backup just written. */
  async function prune(keep: string): Promise<void> {
    const doomed = backupsToDelete(await list(), now()).filter((entry) => entry.name !== keep);
    for (const entry of doomed) await rm(join(directory, entry.name), { force: true });
  }

  return {
    directory,
    list,

    async save(reason: BackupReason, bytes: Uint8Array): Promise<SaveAutoBackupResult> {
      if (bytes.byteLength > maxBytes) {
        return { status: 'error', message: backupTooLargeToSaveMessage() };
      }
      if (tooSoon(reason, now())) return { status: 'error', message: backupTooSoonMessage(reason) };
      let name: string;
      try {
        await mkdir(directory, { recursive: true, mode: OWNER_ONLY_FOLDER });
        // Also a folder an earlier version made with the default mode.
        await chmod(directory, OWNER_ONLY_FOLDER);
        // Two backups in one millisecond (a start and a restore) must not overwrite each other.
        const taken = new Set(await names());
        let createdAt = now();
        while (taken.has(backupFileName(createdAt, reason))) createdAt += 1;
        name = backupFileName(createdAt, reason);
        await writeFileAtomic(join(directory, name), bytes);
        lastSavedAt.set(reason, createdAt);
      } catch {
        return {
          status: 'error',
          message: `The backup could not be saved in “${directory}”. Check that the disk is not full.`,
        };
      }
      // A failed clean-up leaves an extra backup behind, which is harmless: the next one retries.
      await prune(name).catch(() => undefined);
      return { status: 'saved', name };
    },

    /** Reads a backup by name; a name not in the folder's listing is refused. */
    async read(name: string): Promise<OpenFileResult> {
      const entry = (await list()).find((candidate) => candidate.name === name);
      if (!entry) {
        return {
          status: 'error',
          message: 'That backup is no longer in the backup folder. Nothing was changed.',
        };
      }
      const result = await readFileLimited(join(directory, entry.name), maxBytes);
      switch (result.status) {
        case 'ok':
          return { status: 'opened', name, data: result.bytes };
        case 'too-large':
          return { status: 'error', message: backupTooLargeMessage(name) };
        default:
          return {
            status: 'error',
            message: `The backup “${name}” could not be read. Nothing was changed.`,
          };
      }
    },
  };
}

export type BackupStore = ReturnType<typeof createBackupStore>;
