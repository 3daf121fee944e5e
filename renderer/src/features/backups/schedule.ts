/**
 * When the desktop app backs up by itself: once shortly after each start, then whenever a
 * day has passed since the last automatic backup (checked hourly, so a computer that slept
 * through the night catches up when it wakes). Never while the database is empty: an empty
 * backup would only push a real one out of the folder.
 */
import type { BackupEntry } from '../../../../shared/bridge';
import { data } from '../../data';
import { platform } from '../../platform';
import { lastAutomaticBackupAt, saveAutomaticBackup } from './commands';

/** After start, so the first screen is not slowed by the export. */
export const START_DELAY_MS = 5_000;
export const CHECK_EVERY_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

export interface ScheduleCallbacks {
  /** The database is empty but the folder holds backups: offer the newest. */
  offerLatest: (latest: BackupEntry) => void;
}

/** Whether an automatic backup should be made now (pure, for the tests). */
export function isDailyDue(now: number, last: number | undefined): boolean {
  return last === undefined || now - last >= DAY_MS;
}

async function backUpIfNotEmpty(reason: 'start' | 'daily'): Promise<void> {
  if (await data().backup.isEmpty()) return;
  const result = await saveAutomaticBackup(reason);
  if (result.status === 'error') console.error(result.message);
}

/** Starts the schedule (desktop only); returns a function that stops it. */
export function startBackupSchedule({ offerLatest }: ScheduleCallbacks): () => void {
  let stopped = false;
  const timers: ReturnType<typeof setTimeout>[] = [];

  void (async () => {
    const listed = await platform().listBackups();
    if (stopped || listed.status !== 'ok') return; // the browser has no backup folder
    const latest = listed.backups[0];
    if (latest && (await data().backup.isEmpty())) {
      if (!stopped) offerLatest(latest);
      return; // nothing to back up; the daily check below still runs
    }
    timers.push(
      setTimeout(() => {
        if (!stopped) void backUpIfNotEmpty('start').catch(console.error);
      }, START_DELAY_MS),
    );
  })().catch(console.error);

  const daily = setInterval(() => {
    if (isDailyDue(Date.now(), lastAutomaticBackupAt())) {
      void backUpIfNotEmpty('daily').catch(console.error);
    }
  }, CHECK_EVERY_MS);

  return () => {
    stopped = true;
    timers.forEach(clearTimeout);
    clearInterval(daily);
  };
}
