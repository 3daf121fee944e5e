/**
 * Which automatic backups to keep (after Actual Budget): recent ones
 * closely, older ones one per day, and never more than a handful in total, so the folder
 * cannot fill the disk. Pure, so it is tested with fixed dates.
 */
import { startOfDay } from 'date-fns';

export interface RetentionPolicy {
  /** Backups made today (local time) kept, newest first. */
  today: number;
  /** All backups kept, newest first, after keeping one per earlier day. */
  total: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { today: 3, total: 10 };

/**
 * The backups to delete. Keeps up to `today` of today's (a clock set back makes "future"
 * backups count as today's), the newest of each earlier day, and at most `total` overall,
 * always the newest. Input order does not matter.
 */
export function backupsToDelete<T extends { createdAt: number }>(
  backups: readonly T[],
  now: number,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): T[] {
  const todayStart = startOfDay(now).getTime();
  const newestFirst = [...backups].sort((a, b) => b.createdAt - a.createdAt);
  const kept: T[] = [];
  const daysKept = new Set<number>();
  let keptToday = 0;
  for (const backup of newestFirst) {
    if (kept.length >= policy.total) break;
    if (backup.createdAt >= todayStart) {
      if (keptToday < policy.today) {
        keptToday += 1;
        kept.push(backup);
      }
      continue;
    }
    const day = startOfDay(backup.createdAt).getTime();
    if (!daysKept.has(day)) {
      daysKept.add(day);
      kept.push(backup);
    }
  }
  const keep = new Set(kept);
  return newestFirst.filter((backup) => !keep.has(backup));
}
