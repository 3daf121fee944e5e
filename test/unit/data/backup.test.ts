import { describe, expect, it, vi } from 'vitest';
import { createBackupApi } from '../../../renderer/src/data/backup-api';
import { BackupFileError, RECORD_SCHEMAS } from '../../../renderer/src/data/backup-format';
import { recordTables } from '../../../renderer/src/data/database';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/src/data/schema';
import {
  backupText,
  blob,
  edited,
  everything,
  file,
  rowsOf,
  seeded,
  tableOf,
  type BackupJson,
} from './backup-helpers';
import { testApi } from './helpers';
import { expectedView, storedView } from './view-helpers';

describe('Back up now and Restore from backup', () => {
  it('restores exactly what was backed up, trash included', async () => {
    const { api, db, clock } = await seeded();
    const before = await everything(db);
    const madeAt = clock.now();
    const backup = await api.backup.create();

    // Change everything after the backup: new, edited, trashed and deleted records.
    clock.advance(60_000);
    await api.people.create({ name: 'Someone New' });
    const [first] = await api.people.list();
    await api.people.update(first!.id, { name: 'Renamed' });
    await api.trash.empty();
    await db.interactions.clear();

    const prepared = await api.backup.read(backup, file);
    expect(prepared.counts).toMatchObject({
      people: { total: 3, trashed: 1 },
      partners: { total: 2, trashed: 1 },
      interactions: { total: 1, trashed: 0 },
      referrals: { total: 1, trashed: 0 },
      reminders: { total: 1, trashed: 0 },
      settings: { total: 1, trashed: 0 },
    });
    expect(prepared.stamp).toEqual({
      app: 'Handshake',
      appVersion: 'development',
      createdAt: madeAt,
    });
    expect(prepared.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(prepared.migrated).toBe(false);

    await api.backup.restore(prepared, { saveSafetyBackup: async () => undefined });
    expect(await everything(db)).toEqual(before);
    // The This week view is rebuilt from the restored records in the same transaction.
    expect(await storedView(db)).toEqual(await expectedView(db));
  });

  it('stamps the app version and time, and holds the schema version', async () => {
    const { db, clock } = await seeded();
    const backup = createBackupApi(db, { appVersion: '1.4.2', now: clock.now });
    const json = JSON.parse(await (await backup.create()).text());
    expect(Object.keys(json)[0]).toBe('handshake');
    expect(json.handshake).toEqual({
      app: 'Handshake',
      appVersion: '1.4.2',
      createdAt: clock.now(),
    });
    expect(json.data.databaseVersion).toBe(CURRENT_SCHEMA_VERSION);
    // Every record table; the This week view is derived, and rebuilt on restore.
    expect(json.data.tables.map((t: { name: string }) => t.name).sort()).toEqual(
      recordTables(db)
        .map((t) => t.name)
        .sort(),
    );
  });

  it('saves a safety backup of the current data first, which itself restores', async () => {
    const { api, db } = await seeded();
    const backup = await api.backup.create();
    await api.people.create({ name: 'Added after the backup' });
    const current = await everything(db);

    let safety: Blob | undefined;
    await api.backup.restore(await api.backup.read(backup, file), {
      saveSafetyBackup: async (made) => {
        safety = made;
        // The safety backup is saved before anything is replaced.
        expect(await everything(db)).toEqual(current);
      },
    });
    expect(safety).toBeDefined();

    await api.backup.restore(await api.backup.read(safety!, 'safety.json'), {
      saveSafetyBackup: async () => undefined,
    });
    expect(await everything(db)).toEqual(current);
  });

  it('restores nothing when the safety backup cannot be saved', async () => {
    const { api, db } = await seeded();
    const prepared = await api.backup.read(await api.backup.create(), file);
    await api.people.create({ name: 'Kept' });
    const current = await everything(db);
    await expect(
      api.backup.restore(prepared, {
        saveSafetyBackup: () => Promise.reject(new Error('The disk is full.')),
      }),
    ).rejects.toThrow('The disk is full.');
    expect(await everything(db)).toEqual(current);
  });

  it.each([
    ['cut short', (text: string) => blob(text.slice(0, Math.floor(text.length / 2)))],
    ['empty', () => blob('')],
    ['not JSON at all', () => blob('%PDF-1.7\n%âãÏÓ')],
  ])('refuses a file that is %s, in one sentence', async (_what, make) => {
    const { api } = await seeded();
    const bad = make(await backupText(api));
    await expect(api.backup.read(bad, file)).rejects.toThrow(
      '“backup.json” is not a complete Handshake backup — it may be damaged or cut short. Nothing was changed.',
    );
  });

  it.each([
    ['another app’s JSON', () => blob('{"name":"Contacts","items":[]}')],
    ['a Dexie export without our stamp', (text: string) => edited(text, (j) => delete j.handshake)],
    ['a list', () => blob('[]')],
  ])('refuses %s as not a Handshake backup', async (_what, make) => {
    const { api } = await seeded();
    await expect(api.backup.read(make(await backupText(api)), file)).rejects.toThrow(
      '“backup.json” is not a Handshake backup. Nothing was changed.',
    );
  });

  it.each([
    [
      'a row cut from a table',
      (j: BackupJson) => tableOf(j, 'people').rows.pop(),
      '“people” should hold 3 rows but holds 2',
    ],
    [
      'a person without a name',
      (j: BackupJson) => (rowsOf(j, 'people')[0]!.name = ''),
      'row 1 of “people”: Enter a name.',
    ],
    [
      'an interaction with an impossible date',
      (j: BackupJson) => (rowsOf(j, 'interactions')[0]!.date = '2026-02-30'),
      'row 1 of “interactions”: Enter a real date (year-month-day).',
    ],
    [
      'two people with one id',
      (j: BackupJson) => {
        const rows = rowsOf(j, 'people');
        rows[1]!.id = rows[0]!.id;
      },
      'two rows of “people” share one id',
    ],
    [
      'a table the app does not have',
      (j: BackupJson) => {
        j.data.tables.push({ name: 'secrets', schema: 'id', rowCount: 1 });
        j.data.data.push({ tableName: 'secrets', inbound: true, rows: [{ id: 'x' }] });
      },
      'the table “secrets” is unexpected',
    ],
    [
      'a row that is not an object',
      (j: BackupJson) => (tableOf(j, 'referrals').rows[0] = 'oops'),
      'a row of “referrals” is unreadable',
    ],
  ])('refuses %s and writes nothing', async (_what, edit, detail) => {
    const { api, db } = await seeded();
    const bad = edited(await backupText(api), edit);
    const before = await everything(db);
    const error = await api.backup.read(bad, file).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BackupFileError);
    expect((error as Error).message).toBe(
      `“backup.json” is damaged (${detail}), so it cannot be restored. Nothing was changed.`,
    );
    expect(await everything(db)).toEqual(before);
  });

  it('refuses a backup made by a newer version of the schema', async () => {
    const { api, db } = await seeded();
    const newer = edited(await backupText(api), (j) => {
      j.data.databaseVersion = CURRENT_SCHEMA_VERSION + 1;
      j.handshake!.appVersion = '9.0.0';
    });
    const before = await everything(db);
    await expect(api.backup.read(newer, file)).rejects.toThrow(
      '“backup.json” was made by a newer version of Handshake (9.0.0). Update Handshake, then restore it. Nothing was changed.',
    );
    expect(await everything(db)).toEqual(before);
  });

  it('stores only the checked record: drops fields it does not know, fills defaults', async () => {
    const { api, db, dana } = await seeded();
    const text = edited(await backupText(api), (j) => {
      const row = rowsOf(j, 'people').find((r) => r.id === dana.id)!;
      row.futureField = { kept: true };
      delete row.phones;
      delete row.nameKey;
    });
    await api.backup.restore(await api.backup.read(text, file), {
      saveSafetyBackup: async () => undefined,
    });
    const stored = await db.people.get(dana.id);
    expect(stored).toMatchObject({ phones: [], nameKey: 'dana ruiz' });
    expect(stored).not.toHaveProperty('futureField');
  });

  it('restores a property stored as undefined, and refuses types Handshake never stores', async () => {
    const { api, db, dana } = await seeded();
    // Structured clone keeps a key whose value is undefined; the export tags it `undef`.
    await db.people.put({ ...(await db.people.get(dana.id))!, title: undefined });
    const text = await backupText(api);
    const prepared = await api.backup.read(blob(text), file);
    const row = prepared.rows.people!.find((r) => r.id === dana.id)!;
    expect('title' in row && row.title === undefined).toBe(true);
    expect(row).not.toHaveProperty('$types');

    const withDate = edited(text, (j) => {
      const person = rowsOf(j, 'people')[0]!;
      person.$types = { ...(person.$types as object), createdAt: 'date' };
    });
    await expect(api.backup.read(withDate, file)).rejects.toThrow(
      'a row of “people” is unreadable',
    );
  });

  it('says whether the database is empty, settings aside', async () => {
    const { api } = testApi();
    expect(await api.backup.isEmpty()).toBe(true);
    await api.settings.saveBusinessProfile({
      ownerName: '',
      businessName: 'Shop',
      currency: 'USD',
      weekStartsOn: 0,
      theme: 'system',
    });
    expect(await api.backup.isEmpty()).toBe(true);
    await api.partners.create({ name: 'Acme' });
    expect(await api.backup.isEmpty()).toBe(false);
  });

  it('has a record schema for every table, so every table can be checked', async () => {
    const { db } = testApi();
    await db.open();
    expect(
      recordTables(db)
        .map((t) => t.name)
        .filter((name) => !RECORD_SCHEMAS[name]),
    ).toEqual([]);
  });

  it('reports a file that cannot be read as damaged', async () => {
    const { api } = testApi();
    const unreadable = { text: vi.fn(() => Promise.reject(new Error('gone'))) } as unknown as Blob;
    await expect(api.backup.read(unreadable, file)).rejects.toBeInstanceOf(BackupFileError);
  });
});
