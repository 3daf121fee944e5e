/**
 * The desktop app's automatic backup schedule, with the bridge and the data API stood in:
 * when it backs up, when it must not, and when it offers a restore instead.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupEntry, ListBackupsResult } from '../../../shared/bridge';

const bridge = vi.hoisted(() => ({
  listBackups: vi.fn<() => Promise<ListBackupsResult>>(),
  saveAutoBackup: vi.fn(async (_request: { reason: string }) => ({
    status: 'saved' as const,
    name: 'b.json',
  })),
}));
const backup = vi.hoisted(() => ({
  isEmpty: vi.fn(async () => false),
  create: vi.fn(async () => new Blob(['{}'])),
}));
vi.mock('../../../renderer/src/platform', () => ({ platform: () => bridge }));
vi.mock('../../../renderer/src/data', () => ({
  data: () => ({ backup }),
  StorageFullError: class extends Error {},
}));
vi.mock('../../../renderer/src/ui/toasts', () => ({ toast: vi.fn() }));

const { CHECK_EVERY_MS, DAY_MS, START_DELAY_MS, isDailyDue, startBackupSchedule } =
  await import('../../../renderer/src/features/backups/schedule');

const latest: BackupEntry = {
  name: 'handshake-backup-2026-03-14T09-30-00-000Z-daily.json',
  createdAt: Date.UTC(2026, 2, 14, 9, 30),
  reason: 'daily',
  size: 100,
};
const reasons = () => bridge.saveAutoBackup.mock.calls.map((call) => call[0]?.reason);

beforeEach(() => {
  vi.useFakeTimers();
  vi.clearAllMocks();
  backup.isEmpty.mockResolvedValue(false);
  bridge.listBackups.mockResolvedValue({ status: 'ok', folder: '/b', backups: [latest] });
});
afterEach(() => vi.useRealTimers());

describe('the automatic backup schedule', () => {
  it('backs up once shortly after start, then daily', async () => {
    const stop = startBackupSchedule({ offerLatest: vi.fn() });
    await vi.advanceTimersByTimeAsync(START_DELAY_MS - 1);
    expect(reasons()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(reasons()).toEqual(['start']);
    await vi.advanceTimersByTimeAsync(DAY_MS - START_DELAY_MS);
    expect(reasons()).toEqual(['start']);
    await vi.advanceTimersByTimeAsync(START_DELAY_MS + CHECK_EVERY_MS);
    expect(reasons()).toEqual(['start', 'daily']);
    stop();
  });

  it('does nothing in the browser, which has no backup folder', async () => {
    bridge.listBackups.mockResolvedValue({ status: 'unsupported' });
    const offerLatest = vi.fn();
    const stop = startBackupSchedule({ offerLatest });
    await vi.advanceTimersByTimeAsync(START_DELAY_MS * 2);
    expect(reasons()).toEqual([]);
    expect(offerLatest).not.toHaveBeenCalled();
    stop();
  });

  it('offers the latest backup, and backs up nothing, when it starts with an empty database', async () => {
    backup.isEmpty.mockResolvedValue(true);
    const offerLatest = vi.fn();
    const stop = startBackupSchedule({ offerLatest });
    await vi.advanceTimersByTimeAsync(DAY_MS + CHECK_EVERY_MS);
    expect(offerLatest).toHaveBeenCalledExactlyOnceWith(latest);
    // An empty backup would only push real ones out of the folder.
    expect(reasons()).toEqual([]);
    stop();
  });

  it('stops when asked, before the start backup', async () => {
    const stop = startBackupSchedule({ offerLatest: vi.fn() });
    await vi.advanceTimersByTimeAsync(1);
    stop();
    await vi.advanceTimersByTimeAsync(DAY_MS * 2);
    expect(reasons()).toEqual([]);
  });
});

describe('isDailyDue', () => {
  const now = 10 * DAY_MS;
  it.each([
    ['never', undefined, true],
    ['a day ago', now - DAY_MS, true],
    ['two days ago (the computer slept)', now - 2 * DAY_MS, true],
    ['a moment less than a day ago', now - DAY_MS + 1, false],
    ['just now', now, false],
  ])('last automatic backup %s: due %j', (_when, last, due) => {
    expect(isDailyDue(now, last)).toBe(due);
  });
});
