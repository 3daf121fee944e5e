/**
 * Older backups and older databases: the registry plus a fake next version exercise the
 * mechanism; the real version 3 upgrade is checked on a version 2 database at the end.
 */
import { IDBKeyRange } from 'fake-indexeddb';
import Dexie, { type Transaction } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { createBackupApi } from '../../../renderer/src/data/backup-api';
import { backUpBeforeUpgrade } from '../../../renderer/src/data/before-upgrade';
import { openDatabase, type HandshakeDatabase } from '../../../renderer/src/data/database';
import {
  CURRENT_SCHEMA_VERSION,
  SCHEMA_VERSIONS,
  type SchemaVersion,
} from '../../../renderer/src/data/schema';
import { testApi, testDatabase } from './helpers';
import { expectedView, storedView } from './view-helpers';

const CURRENT = SCHEMA_VERSIONS.at(-1)!.version;

/** The latest declaration of the people table (Dexie wants it whole when it changes). */
const PEOPLE_STORES = [...SCHEMA_VERSIONS].reverse().find((v) => v.stores.people)!.stores.people;

/** The pure transform a future version might run: every person gains a tag. */
const tagged = (person: { tags: string[] }) => ({ ...person, tags: [...person.tags, 'kept'] });

/** The real registry plus one more version: a new index, and an upgrade that rewrites people. */
const NEXT: readonly SchemaVersion[] = [
  ...SCHEMA_VERSIONS,
  {
    version: CURRENT + 1,
    stores: { people: `${PEOPLE_STORES}, title` },
    upgrade: async (transaction: Transaction) => {
      await transaction
        .table('people')
        .toCollection()
        .modify((person: { tags: string[] }) => {
          person.tags = tagged(person).tags;
        });
    },
  },
];

/** Data written by today's app, and the same IndexedDB opened by the "next" app. */
async function olderAppWithData() {
  const older = testApi();
  const dana = await older.api.people.create({ name: 'Dana Ruiz', tags: ['champion'] });
  const acme = await older.api.partners.create({ name: 'Acme' });
  const backup = await older.api.backup.create();
  return { ...older, dana, acme, backup };
}

function nextApp(factory: IDBFactory, name: string) {
  const db = openDatabase({ indexedDB: factory, IDBKeyRange, name, versions: NEXT });
  return { db, backup: createBackupApi(db, { appVersion: '2.0.0', versions: NEXT }) };
}

async function databaseNames(factory: IDBFactory) {
  return (await factory.databases()).map((info) => info.name);
}

describe('restoring a backup made by an older schema', () => {
  it('brings it up to date with the registry’s own upgrades, then restores it', async () => {
    const { factory, dana, acme, backup } = await olderAppWithData();
    const next = nextApp(factory, `next-${crypto.randomUUID()}`);

    const prepared = await next.backup.read(backup, 'old.json');
    expect(prepared.migrated).toBe(true);
    expect(prepared.schemaVersion).toBe(CURRENT);
    expect(prepared.counts).toMatchObject({ people: { total: 1 }, partners: { total: 1 } });

    await next.backup.restore(prepared, { saveSafetyBackup: async () => undefined });
    expect(await next.db.table('people').get(dana.id)).toEqual(tagged(dana));
    expect(await next.db.table('partners').get(acme.id)).toEqual(acme);
    expect(next.db.verno).toBe(CURRENT + 1);
  });

  it('leaves no scratch database behind, whether it succeeds or not', async () => {
    const { factory, backup } = await olderAppWithData();
    const next = nextApp(factory, `next-${crypto.randomUUID()}`);
    const before = await databaseNames(factory);
    await next.backup.read(backup, 'old.json');
    await expect(
      next.backup.read(new Blob([(await backup.text()).replace('"Dana Ruiz"', '""')]), 'bad.json'),
    ).rejects.toThrow('row 1 of “people”: Enter a name.');
    const after = (await databaseNames(factory)).filter((name) => !before.includes(name));
    expect(after.filter((name) => name?.includes('-restore-'))).toEqual([]);
  });

  it('refuses a schema version the registry never had', async () => {
    const { factory, backup } = await olderAppWithData();
    const next = nextApp(factory, `next-${crypto.randomUUID()}`);
    const json = JSON.parse(await backup.text());
    json.data.databaseVersion = 0;
    await expect(next.backup.read(new Blob([JSON.stringify(json)]), 'odd.json')).rejects.toThrow(
      '“odd.json” is damaged (its schema version 0 is unknown), so it cannot be restored. Nothing was changed.',
    );
  });
});

describe('a backup before the app upgrades the database on disk', () => {
  it('saves the database as the older version left it, before the upgrade runs', async () => {
    const { factory, name, db, dana } = await olderAppWithData();
    db.close();
    const save = vi.fn(async (_backup: Blob) => undefined);
    const saved = await backUpBeforeUpgrade({
      indexedDB: factory,
      IDBKeyRange,
      name,
      versions: NEXT,
      appVersion: '2.0.0',
      now: () => 42,
      save,
    });
    expect(saved).toBe(true);
    const json = JSON.parse(await save.mock.calls[0]![0].text());
    expect(json.handshake).toEqual({ app: 'Handshake', appVersion: '2.0.0', createdAt: 42 });
    expect(json.data.databaseVersion).toBe(CURRENT);

    // The upgrade then runs as usual, and the backup restores into the upgraded app.
    const next = nextApp(factory, name);
    expect(await next.db.table('people').get(dana.id)).toEqual(tagged(dana));
    const prepared = await next.backup.read(save.mock.calls[0]![0], 'before-upgrade.json');
    expect(prepared.rows.people).toEqual([tagged(dana)]);
  });

  it('saves nothing for a database that is already current, or does not exist yet', async () => {
    const { factory, name, db } = await olderAppWithData();
    db.close();
    const save = vi.fn(async () => undefined);
    const where = { indexedDB: factory, IDBKeyRange, appVersion: '1.0.0', save };
    expect(await backUpBeforeUpgrade({ ...where, name })).toBe(false);
    expect(await backUpBeforeUpgrade({ ...where, name: `missing-${crypto.randomUUID()}` })).toBe(
      false,
    );
    expect(save).not.toHaveBeenCalled();
    // Looking did not create the missing database.
    expect((await databaseNames(factory)).some((n) => n?.startsWith('missing-'))).toBe(false);
  });

  it('does not upgrade when the backup cannot be saved', async () => {
    const { factory, name, db } = await olderAppWithData();
    db.close();
    await expect(
      backUpBeforeUpgrade({
        indexedDB: factory,
        IDBKeyRange,
        name,
        versions: NEXT,
        appVersion: '2.0.0',
        save: () => Promise.reject(new Error('disk full')),
      }),
    ).rejects.toThrow('disk full');
    const info = (await factory.databases()).find((entry) => entry.name === name);
    expect(info?.version).toBe(CURRENT * 10); // Dexie stores version × 10: still version 1
  });
});

describe('the upgrades of a database from version 2', () => {
  it('give older records the This week fields and build the This week view', async () => {
    // Written by the version 2 app: a plain Dexie, without today's middleware.
    const { factory, name, reopen } = testDatabase();
    const db = new Dexie(name, { indexedDB: factory, IDBKeyRange }) as HandshakeDatabase;
    for (const { version, stores } of SCHEMA_VERSIONS.slice(0, 2))
      db.version(version).stores(stores);
    const created = Date.UTC(2026, 0, 5);
    const meta = { createdAt: created, updatedAt: created };
    await db.transaction('rw', db.tables, async () => {
      await db.people.bulkAdd([
        {
          id: 'dana',
          name: 'Dana Ruiz',
          nameKey: 'dana ruiz',
          emails: [],
          phones: [],
          relationship: 'client',
          tags: [],
          cadenceDays: 30,
          lastTouch: '2026-03-01',
          ...meta,
        },
        {
          id: 'lee',
          name: 'Lee Chen',
          nameKey: 'lee chen',
          emails: [],
          phones: [],
          relationship: 'client',
          tags: [],
          lastTouch: '2026-03-01',
          ...meta,
        },
      ]);
      await db.referrals.bulkAdd([
        {
          id: 'sent',
          direction: 'received',
          date: '2026-02-01',
          referrerPersonId: 'dana',
          warmth: 'introduction',
          status: 'new',
          ...meta,
        },
        {
          id: 'thanked',
          direction: 'received',
          date: '2026-02-02',
          referrerPersonId: 'dana',
          warmth: 'introduction',
          status: 'new',
          ...meta,
        },
      ]);
      await db.interactions.bulkAdd([
        {
          id: 'thanks',
          kind: 'thank-you',
          date: '2026-02-03',
          personIds: ['dana'],
          partnerIds: [],
          summary: 'Thanks',
          referralId: 'thanked',
          ...meta,
        },
        {
          id: 'lunch',
          kind: 'handshake',
          date: '2026-03-01',
          personIds: ['lee'],
          partnerIds: [],
          summary: 'Lunch',
          followUpDate: '2026-03-08',
          ...meta,
        },
      ]);
    });
    db.close();
    const current = reopen();
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await storedView(current)).toEqual(await expectedView(current));
    expect((await storedView(current))?.people.map((person) => person.id)).toContain('dana');
    expect(await current.people.where('keepInTouchDue').equals('2026-03-31').primaryKeys()).toEqual(
      ['dana'],
    );
    expect(await current.referrals.where('awaitingThanks').equals(1).primaryKeys()).toEqual([
      'sent',
    ]);
    expect(
      await current.interactions.where('openFollowUp').equals('2026-03-08').primaryKeys(),
    ).toEqual(['lunch']);
  });
});
