/**
 * A real Dexie over a fresh, private fake-indexeddb factory per test: no shared state
 * between tests and no mocks of Dexie (ARCHITECTURE.md → Tests).
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDataApi } from '../../../renderer/src/data/data-api';
import { openDatabase, type OpenDatabaseOptions } from '../../../renderer/src/data/database';

/** A clock the test moves by hand, so timestamps are exact. */
export function fakeClock(start = Date.UTC(2026, 2, 14, 9, 30)) {
  let time = start;
  return {
    now: () => time,
    advance(ms: number) {
      time += ms;
      return time;
    },
  };
}

let counter = 0;

export function testDatabase(
  extra: Omit<OpenDatabaseOptions, 'indexedDB' | 'IDBKeyRange' | 'name'> = {},
) {
  const factory = new IDBFactory();
  const name = `handshake-test-${++counter}-${crypto.randomUUID()}`;
  const open = (more: typeof extra = {}) =>
    openDatabase({ indexedDB: factory, IDBKeyRange, name, ...more });
  return { factory, name, db: open(extra), reopen: open };
}

export function testApi(locale = 'en-US') {
  const clock = fakeClock();
  const test = testDatabase();
  const api = createDataApi(test.db, { locale, now: clock.now });
  return { ...test, clock, api };
}
