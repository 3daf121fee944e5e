/**
 * Backups from the owner's side: Back up now (a file the owner keeps), automatic backups
 * (desktop: main's backup folder), and the safety backup every restore saves first.
 */
import { format } from 'date-fns';
import { create } from 'zustand';
import type { BackupReason } from '../../../../shared/backup-files';
import type { SaveAutoBackupResult } from '../../../../shared/bridge';
import { StorageFullError, data } from '../../data';
import { platform } from '../../platform';
import { toast } from '../../ui/toasts';

export const BACKUP_FILTERS = [{ name: 'Handshake backups', extensions: ['json'] }];

/** Bumped after each automatic backup, so the list in Settings reads the folder again. */
export const useBackupFolderVersion = create<{ version: number; bump: () => void }>((set) => ({
  version: 0,
  bump: () => set((state) => ({ version: state.version + 1 })),
}));

async function bytesOf(backup: Blob): Promise<Uint8Array> {
  return new Uint8Array(await backup.arrayBuffer());
}

function fileName(label: string, at = new Date()): string {
  return `${label} ${format(at, 'yyyy-MM-dd HH.mm')}.json`;
}

export type BackUpNowResult = { status: 'saved'; name: string } | { status: 'cancelled' };

/** Back up now: the whole database as one file, saved where the owner chooses. */
export async function backUpNow(): Promise<BackUpNowResult> {
  const backup = await data().backup.create();
  const result = await platform().saveFile({
    suggestedName: fileName('Handshake backup'),
    filters: BACKUP_FILTERS,
    data: await bytesOf(backup),
  });
  if (result.status === 'error') throw new Error(result.message);
  return result;
}

/** When the last automatic backup was saved in this session (for the daily one). */
let lastAutomaticAt: number | undefined;
export const lastAutomaticBackupAt = () => lastAutomaticAt;

/** Keeps a backup in the desktop app's backup folder; the browser has none. */
export async function saveAutomaticBackup(
  reason: BackupReason,
  backup?: Blob,
): Promise<SaveAutoBackupResult> {
  const made = backup ?? (await data().backup.create());
  const result = await platform().saveAutoBackup({ reason, data: await bytesOf(made) });
  if (result.status === 'saved') {
    lastAutomaticAt = Date.now();
    useBackupFolderVersion.getState().bump();
  }
  return result;
}

/** The safety backup could not be saved: the restore stops before changing anything. */
export class SafetyBackupError extends Error {
  override readonly name = 'SafetyBackupError';
}

/**
 * The safety backup a restore saves first: in the backup folder on the desktop, as a
 * download in the browser. Throws (and so stops the restore) if it could not be saved.
 */
export async function saveSafetyBackup(backup: Blob): Promise<void> {
  const result = await saveAutomaticBackup('before-restore', backup);
  if (result.status === 'saved') return;
  if (result.status === 'error') {
    throw new SafetyBackupError(`${result.message} Your data was not replaced.`);
  }
  const download = await platform().saveFile({
    suggestedName: fileName('Handshake safety backup'),
    filters: BACKUP_FILTERS,
    data: await bytesOf(backup),
  });
  if (download.status !== 'saved') {
    throw new SafetyBackupError(
      'The safety backup of your current data was not saved, so nothing was restored.',
    );
  }
}

/** The backup saved before an upgrade (desktop); the browser keeps none. */
export async function saveUpgradeBackup(backup: Blob): Promise<void> {
  const result = await saveAutomaticBackup('before-upgrade', backup);
  if (result.status === 'error') throw new Error(result.message);
}

let backingUp = false;

/** Back up now from a button, the palette or the File menu, telling the owner how it went. */
export async function backUpNowAndTell(): Promise<void> {
  if (backingUp) return;
  backingUp = true;
  try {
    const result = await backUpNow();
    if (result.status === 'saved') {
      toast(`Backed up everything to “${result.name}”.`, { tone: 'success' });
    }
  } catch (error) {
    console.error(error);
    const message =
      error instanceof StorageFullError || (error instanceof Error && error.message.endsWith('.'))
        ? error.message
        : 'The backup could not be made. Nothing was changed.';
    toast(message, { tone: 'error' });
  } finally {
    backingUp = false;
  }
}
