import { chmod, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MIN_BACKUP_INTERVAL_MS,
  MIN_SAFETY_BACKUP_INTERVAL_MS,
  backupTooLargeToSaveMessage,
  backupTooSoonMessage,
  createBackupStore,
} from '../../../main/backups/backup-store';
import { backupFileName } from '../../../shared/backup-files';

let root: string;
let directory: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'handshake-backups-'));
  directory = join(root, 'backups');
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** Local time, like the retention rule. */
const at = (day: number, hour: number) => new Date(2026, 2, day, hour).getTime();
const bytes = (text: string) => new TextEncoder().encode(text);

describe('the automatic backup folder', () => {
  it('creates the folder, writes the backup atomically and lists it', async () => {
    const store = createBackupStore({ directory, now: () => at(14, 9) });
    const saved = await store.save('start', bytes('{"a":1}'));
    const name = backupFileName(at(14, 9), 'start');
    expect(saved).toEqual({ status: 'saved', name });
    // No temporary file is left beside it.
    expect(await readdir(directory)).toEqual([name]);
    expect(await store.list()).toEqual([{ name, createdAt: at(14, 9), reason: 'start', size: 7 }]);
    expect(await store.read(name)).toEqual({
      status: 'opened',
      name,
      data: new Uint8Array(bytes('{"a":1}')),
    });
  });

  it('never overwrites a backup made in the same millisecond', async () => {
    const store = createBackupStore({ directory, now: () => at(14, 9) });
    await store.save('start', bytes('first'));
    // A second store: the same reason twice within a minute is refused (below).
    await createBackupStore({ directory, now: () => at(14, 9) }).save('start', bytes('second'));
    const listed = await store.list();
    expect(listed.map((entry) => entry.size).sort()).toEqual([5, 6]);
  });

  it('applies retention after every write, newest first in the list', async () => {
    let time = at(14, 8);
    const store = createBackupStore({ directory, now: () => time });
    for (const hour of [8, 9, 10, 11]) {
      time = at(14, hour);
      await store.save('daily', bytes('x'));
    }
    expect((await store.list()).map((entry) => entry.createdAt)).toEqual([
      at(14, 11),
      at(14, 10),
      at(14, 9),
    ]);
  });

  it('leaves files that are not its backups alone', async () => {
    await mkdir(directory, { recursive: true });
    await writeFile(join(directory, 'notes.txt'), 'mine');
    await mkdir(join(directory, backupFileName(at(1, 9), 'start'))); // a folder, not a backup
    const store = createBackupStore({ directory, now: () => at(14, 9) });
    await store.save('start', bytes('x'));
    expect((await readdir(directory)).sort()).toContain('notes.txt');
    expect(await store.list()).toHaveLength(1);
  });

  it('lists an empty, missing folder as no backups', async () => {
    expect(await createBackupStore({ directory }).list()).toEqual([]);
  });

  it('reads only what its listing holds', async () => {
    await mkdir(directory, { recursive: true });
    await writeFile(join(root, 'secret.json'), 'secret');
    const store = createBackupStore({ directory });
    for (const name of ['../secret.json', backupFileName(at(1, 1), 'start')]) {
      expect(await store.read(name)).toEqual({
        status: 'error',
        message: 'That backup is no longer in the backup folder. Nothing was changed.',
      });
    }
  });

  it('refuses to read a backup larger than the limit', async () => {
    const name = backupFileName(at(14, 9), 'start');
    await mkdir(directory, { recursive: true });
    await writeFile(join(directory, name), '12345');
    const store = createBackupStore({ directory, now: () => at(14, 9), maxBytes: 4 });
    expect(await store.read(name)).toMatchObject({
      status: 'error',
      message: expect.stringContaining('larger than 512 MB'),
    });
  });

  it('says so when the folder cannot be made or written', async () => {
    await writeFile(directory, 'a file where the folder should be');
    const store = createBackupStore({ directory, now: () => at(14, 9) });
    expect(await store.save('start', bytes('x'))).toEqual({
      status: 'error',
      message: `The backup could not be saved in “${directory}”. Check that the disk is not full.`,
    });
  });
});

// File modes mean nothing on Windows; the folder and its files are the owner's on POSIX.
describe.skipIf(process.platform === 'win32')('who may read the backups', () => {
  const mode = async (path: string) => (await stat(path)).mode & 0o777;

  it('makes the folder 0700 and each backup 0600', async () => {
    const store = createBackupStore({ directory, now: () => at(14, 9) });
    const saved = await store.save('start', bytes('{"a":1}'));
    if (saved.status !== 'saved') throw new Error(JSON.stringify(saved));
    expect(await mode(directory)).toBe(0o700);
    expect(await mode(join(directory, saved.name))).toBe(0o600);
  });

  it('closes a folder an earlier version left open to others', async () => {
    await mkdir(directory, { recursive: true });
    await chmod(directory, 0o755);
    await createBackupStore({ directory, now: () => at(14, 9) }).save('start', bytes('x'));
    expect(await mode(directory)).toBe(0o700);
  });
});

describe('limits on automatic backups', () => {
  it('refuses a backup larger than the limit, with a sentence, and writes nothing', async () => {
    const store = createBackupStore({ directory, now: () => at(14, 9), maxBytes: 4 });
    expect(await store.save('start', bytes('12345'))).toEqual({
      status: 'error',
      message: backupTooLargeToSaveMessage(),
    });
    expect(backupTooLargeToSaveMessage()).toContain('larger than 512 MB');
    expect(await store.list()).toEqual([]);
    expect(await store.save('start', bytes('1234'))).toMatchObject({ status: 'saved' });
  });

  it('keeps at most one backup per reason a minute, and writes nothing for the refused', async () => {
    let time = at(14, 9);
    const store = createBackupStore({ directory, now: () => time });
    expect(await store.save('start', bytes('1'))).toMatchObject({ status: 'saved' });

    time += MIN_BACKUP_INTERVAL_MS - 1;
    expect(await store.save('start', bytes('2'))).toEqual({
      status: 'error',
      message: backupTooSoonMessage(),
    });
    // Another reason has its own minute: a restore right after the start backup is kept.
    expect(await store.save('before-restore', bytes('3'))).toMatchObject({ status: 'saved' });
    expect((await store.list()).map((entry) => entry.reason).sort()).toEqual([
      'before-restore',
      'start',
    ]);

    time = at(14, 9) + MIN_BACKUP_INTERVAL_MS;
    expect(await store.save('start', bytes('4'))).toMatchObject({ status: 'saved' });
  });

  it('lets the owner restore twice in a row: a safety backup waits seconds, not a minute', async () => {
    let time = at(14, 9);
    const store = createBackupStore({ directory, now: () => time });
    expect(await store.save('before-restore', bytes('1'))).toMatchObject({ status: 'saved' });
    time += MIN_SAFETY_BACKUP_INTERVAL_MS - 1;
    expect(await store.save('before-restore', bytes('2'))).toEqual({
      status: 'error',
      message: backupTooSoonMessage('before-restore'),
    });
    time += 1;
    expect(await store.save('before-restore', bytes('3'))).toMatchObject({ status: 'saved' });
    expect(MIN_SAFETY_BACKUP_INTERVAL_MS).toBeLessThan(MIN_BACKUP_INTERVAL_MS);
  });

  it('does not count a backup that failed to write', async () => {
    await writeFile(directory, 'a file where the folder should be');
    const store = createBackupStore({ directory, now: () => at(14, 9) });
    expect(await store.save('start', bytes('x'))).toMatchObject({ status: 'error' });
    await rm(directory);
    expect(await store.save('start', bytes('x'))).toMatchObject({ status: 'saved' });
  });

  it('is not blocked for long by a clock set back', async () => {
    let time = at(14, 9);
    const store = createBackupStore({ directory, now: () => time });
    await store.save('daily', bytes('1'));
    time = at(14, 8);
    expect(await store.save('daily', bytes('2'))).toMatchObject({ status: 'saved' });
  });
});
