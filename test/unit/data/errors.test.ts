import Dexie, { type DBCore, type Middleware } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDataApi } from '../../../renderer/src/data/data-api';
import {
  DISK_FULL_MESSAGE,
  DatabaseClosedError,
  NotFoundError,
  StorageFullError,
  UPDATED_ELSEWHERE_MESSAGE,
  ValidationError,
  toDataError,
} from '../../../renderer/src/data/errors';
import { fakeClock, testDatabase } from './helpers';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('toDataError', () => {
  const storageFull: { what: string; error: unknown }[] = [
    { what: 'a DOMException-like object', error: { name: 'QuotaExceededError' } },
    { what: 'a real DOMException', error: quota() },
    { what: "Dexie's own QuotaExceededError", error: new Dexie.QuotaExceededError('full') },
    {
      what: 'a Dexie error whose inner is a QuotaExceededError',
      error: new Dexie.AbortError('Transaction aborted', quota()),
    },
    {
      what: 'a QuotaExceededError two levels down',
      error: new Dexie.AbortError('outer', new Dexie.AbortError('inner', quota())),
    },
  ];

  it.each(storageFull)('maps $what to StorageFullError', ({ error }) => {
    const mapped = toDataError(error);
    expect(mapped).toBeInstanceOf(StorageFullError);
    expect((mapped as Error).message).toBe(
      'Your disk is full — nothing was lost, free some space and try again.',
    );
    expect(DISK_FULL_MESSAGE).toBe((mapped as Error).message);
  });

  it.each([
    { what: "Dexie's DatabaseClosedError", error: new Dexie.DatabaseClosedError() },
    { what: 'a name-alike object', error: { name: 'DatabaseClosedError' } },
  ])('maps $what to DatabaseClosedError', ({ error }) => {
    const mapped = toDataError(error);
    expect(mapped).toBeInstanceOf(DatabaseClosedError);
    expect((mapped as Error).message).toBe(UPDATED_ELSEWHERE_MESSAGE);
  });

  const own = [
    new ValidationError('Enter a name.', { name: 'Enter a name.' }),
    new NotFoundError('person'),
    new StorageFullError(),
    new DatabaseClosedError(),
  ];

  it.each(own.map((error) => ({ name: error.name, error })))(
    'returns our own $name as it is, and unwraps it from a Dexie error',
    ({ error }) => {
      expect(toDataError(error)).toBe(error);
      // Dexie wraps errors thrown in a transaction whose name it knows (NotFoundError, …).
      expect(toDataError(new Dexie.NotFoundError('wrapped', error))).toBe(error);
    },
  );

  it.each([
    { what: 'a TypeError', error: new TypeError('x is not a function') },
    { what: "Dexie's ConstraintError", error: new Dexie.ConstraintError('Key already exists') },
    { what: 'a DOMException of another kind', error: new DOMException('no', 'NotAllowedError') },
    { what: 'a string', error: 'boom' },
    { what: 'null', error: null },
    { what: 'undefined', error: undefined },
    { what: 'an object with a non-string name', error: { name: 42 } },
  ])('passes $what through unchanged', ({ error }) => {
    expect(toDataError(error)).toBe(error);
  });
});

/**
 * Simulates the browser refusing a write: a DBCore middleware whose mutations reject with a
 * QuotaExceededError DOMException, as IndexedDB does when the disk or quota is full. Dexie
 * itself stays real.
 */
function quotaMiddleware(isFull: () => boolean): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'simulated-quota',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => (isFull() ? Promise.reject(quota()) : table.mutate(request)),
        };
      },
    }),
  };
}

describe('a full disk, simulated', () => {
  function setup() {
    const clock = fakeClock();
    const test = testDatabase();
    let full = false;
    test.db.use(quotaMiddleware(() => full));
    const api = createDataApi(test.db, { locale: 'en-US', now: clock.now });
    return {
      ...test,
      api,
      fill: (value: boolean) => {
        full = value;
      },
    };
  }

  async function expectDiskFull(promise: Promise<unknown>) {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toBe(DISK_FULL_MESSAGE);
  }

  it('create rejects with StorageFullError and stores nothing', async () => {
    const { api, db, fill } = setup();
    const dana = await api.people.create({ name: 'Dana' });
    fill(true);
    await expectDiskFull(api.people.create({ name: 'Amélie' }));
    await expectDiskFull(
      api.interactions.create({ date: '2026-03-14', summary: 'Coffee', personIds: [dana.id] }),
    );
    fill(false);
    expect(await db.people.count()).toBe(1);
    expect(await db.interactions.count()).toBe(0);
    // And the database still works once space is freed.
    await api.people.create({ name: 'Amélie' });
    expect(await db.people.count()).toBe(2);
  });

  it('update, trash and restore reject with StorageFullError and change nothing', async () => {
    const { api, db, fill } = setup();
    const person = await api.people.create({ name: 'Amélie' });
    const trashed = await api.people.create({ name: 'Bo' });
    await api.people.trash(trashed.id);
    const before = await db.people.toArray();

    fill(true);
    await expectDiskFull(api.people.update(person.id, { name: 'Zoë' }));
    await expectDiskFull(api.people.trash(person.id));
    await expectDiskFull(api.people.restore(trashed.id));
    fill(false);
    expect(await db.people.toArray()).toEqual(before);
  });

  it('saving settings rejects with StorageFullError and saves nothing', async () => {
    const { api, db, fill } = setup();
    const current = await api.settings.get();
    fill(true);
    await expectDiskFull(
      api.settings.saveBusinessProfile({
        ownerName: 'Camille',
        businessName: 'Acme',
        currency: 'EUR',
        weekStartsOn: 1,
        theme: 'dark',
      }),
    );
    fill(false);
    expect(await db.settings.count()).toBe(0);
    expect(await api.settings.get()).toEqual(current);
  });
});
