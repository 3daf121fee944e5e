/**
 * The restore flow, wherever it starts (Settings, the palette, the File menu, the offer on
 * an empty database): choose a backup → Handshake checks all of it → the owner sees what
 * it holds → confirms → safety backup, then everything replaced in one go. One store, so
 * one dialog (RestoreDialog) shows every step.
 */
import { create } from 'zustand';
import type { BackupEntry, OpenFileResult } from '../../../../shared/bridge';
import { DatabaseClosedError, StorageFullError, data } from '../../data';
import type { PreparedRestore } from '../../data/backup-api';
import { BackupFileError } from '../../data/backup-format';
import { platform } from '../../platform';
import { toast } from '../../ui/toasts';
import { SafetyBackupError, saveSafetyBackup } from './commands';
import { formatBackupDate } from './format';

export type RestoreStep =
  | { step: 'idle' }
  | { step: 'reading'; file: string }
  | { step: 'preview'; prepared: PreparedRestore }
  | { step: 'restoring'; prepared: PreparedRestore }
  | { step: 'failed'; message: string };

export const useRestore = create<RestoreStep>(() => ({ step: 'idle' }));

const set = (state: RestoreStep) => useRestore.setState(state, true);

/** Our own errors carry a sentence for the owner; anything else gets a plain one. */
function messageOf(error: unknown, fallback: string): string {
  const known = [BackupFileError, SafetyBackupError, StorageFullError, DatabaseClosedError];
  if (known.some((type) => error instanceof type)) return (error as Error).message;
  console.error(error);
  return fallback;
}

async function check(opened: OpenFileResult): Promise<void> {
  if (opened.status === 'cancelled') return set({ step: 'idle' });
  if (opened.status === 'error') return set({ step: 'failed', message: opened.message });
  set({ step: 'reading', file: opened.name });
  try {
    const prepared = await data().backup.read(new Blob([opened.data as BlobPart]), opened.name);
    set({ step: 'preview', prepared });
  } catch (error) {
    set({
      step: 'failed',
      message: messageOf(error, 'The backup could not be read. Nothing was changed.'),
    });
  }
}

/** Restore from backup: the owner picks a backup file. */
export async function restoreFromFile(): Promise<void> {
  if (useRestore.getState().step !== 'idle') return;
  await check(await platform().openBackupFile());
}

/** Restore one of the automatic backups in the desktop app's folder. */
export async function restoreAutomatic(entry: BackupEntry): Promise<void> {
  if (useRestore.getState().step !== 'idle') return;
  set({ step: 'reading', file: entry.name });
  await check(await platform().readBackup(entry.name));
}

/** The owner confirmed: save the safety backup, then replace everything. */
export async function confirmRestore(): Promise<void> {
  const current = useRestore.getState();
  if (current.step !== 'preview') return;
  const { prepared } = current;
  set({ step: 'restoring', prepared });
  try {
    await data().backup.restore(prepared, { saveSafetyBackup });
    set({ step: 'idle' });
    toast(`Restored your data from the backup of ${formatBackupDate(prepared.stamp.createdAt)}.`, {
      tone: 'success',
    });
  } catch (error) {
    set({
      step: 'failed',
      message: messageOf(error, 'The backup could not be restored. Nothing was changed.'),
    });
  }
}

export function closeRestore(): void {
  const { step } = useRestore.getState();
  // Once replacing has started it finishes (all or nothing); the dialog stays until then.
  if (step !== 'restoring' && step !== 'reading') set({ step: 'idle' });
}
