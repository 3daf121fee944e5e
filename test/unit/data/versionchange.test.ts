import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { createDataApi } from '../../../renderer/src/data/data-api';
import { openDatabase } from '../../../renderer/src/data/database';
import { DatabaseClosedError, UPDATED_ELSEWHERE_MESSAGE } from '../../../renderer/src/data/errors';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../renderer/src/data/schema';
import { testDatabase } from './helpers';

/** What a newer build of the app, open in another window, would do. */
function newerApp(factory: IDBFactory, name: string) {
  const db = new Dexie(name, { indexedDB: factory, IDBKeyRange });
  for (const { version, stores } of SCHEMA_VERSIONS) db.version(version).stores(stores);
  db.version(CURRENT_SCHEMA_VERSION + 1).stores({ extra: 'id, createdAt' });
  return db;
}

describe('another window upgrades or deletes the database', () => {
  it('closes this connection for good, tells the app, and does not block the upgrade', async () => {
    const onVersionChange = vi.fn();
    const { db, factory, name } = testDatabase({ onVersionChange });
    const api = createDataApi(db, { locale: 'en-US' });
    await api.people.create({ name: 'Amélie' });
    expect(db.isOpen()).toBe(true);

    const newer = newerApp(factory, name);
    const blocked = vi.fn();
    newer.on('blocked', blocked);
    await newer.open();

    expect(onVersionChange).toHaveBeenCalledTimes(1);
    expect(db.isOpen()).toBe(false);
    expect(blocked).not.toHaveBeenCalled();
    expect(newer.isOpen()).toBe(true);
    expect(newer.verno).toBe(CURRENT_SCHEMA_VERSION + 1);
    expect(newer.tables.map((t) => t.name)).toContain('extra');
    // The upgrade kept the data written before it.
    expect(await newer.table('people').count()).toBe(1);

    // This window does not silently reopen at the old version: writes and reads fail with
    // a sentence that says what to do.
    const write = api.people.create({ name: 'Bo' });
    await expect(write).rejects.toBeInstanceOf(DatabaseClosedError);
    await expect(write).rejects.toHaveProperty('message', UPDATED_ELSEWHERE_MESSAGE);
    await expect(api.people.list()).rejects.toThrow();
    expect(db.isOpen()).toBe(false);
    expect(await newer.table('people').count()).toBe(1);
    newer.close();
  });

  it('closes and tells the app when the database is deleted elsewhere', async () => {
    const onVersionChange = vi.fn();
    const { db, factory, name } = testDatabase({ onVersionChange });
    await db.open();

    const other = new Dexie(name, { indexedDB: factory, IDBKeyRange });
    await other.delete();

    expect(onVersionChange).toHaveBeenCalledTimes(1);
    expect(db.isOpen()).toBe(false);
    expect((await factory.databases()).map((d) => d.name)).not.toContain(name);
  });

  it('a second window at the same version opens alongside, and nothing is closed', async () => {
    const onVersionChange = vi.fn();
    const { db, reopen } = testDatabase({ onVersionChange });
    await db.open();
    const second = reopen();
    await second.open();
    // Same version: no versionchange, both stay open.
    expect(db.isOpen()).toBe(true);
    expect(second.isOpen()).toBe(true);
    expect(onVersionChange).not.toHaveBeenCalled();
    second.close();
    db.close();
  });
});

describe('an older window still holds the database', () => {
  it('tells the app that opening waits, then opens once the older window lets go', async () => {
    const factory = new IDBFactory();
    const name = `handshake-blocked-${crypto.randomUUID()}`;
    // An old build that ignores versionchange and keeps its connection open.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(name, 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });

    const onBlocked = vi.fn();
    const db = openDatabase({ indexedDB: factory, IDBKeyRange, name, onBlocked });
    const opening = db.open();
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalledTimes(1));
    expect(db.isOpen()).toBe(false);

    old.close();
    await opening;
    expect(db.isOpen()).toBe(true);
  });
});
