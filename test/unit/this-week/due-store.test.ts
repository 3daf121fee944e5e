/**
 * The shared due list against a real Dexie over fake-indexeddb (the app's own `data()`):
 * it computes once for everyone listening, follows every write that changes what is due,
 * and stops when the last listener leaves.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { DataApi } from '../../../renderer/src/data';
import type * as DueStore from '../../../renderer/src/features/this-week/due-store';
import { todayLocalDate } from '../../../shared/dates';

// `data()` reads the owner's language; Node 20 has no navigator.
vi.stubGlobal('navigator', { language: 'en-US' });

let api: DataApi;
let store: typeof DueStore;

beforeAll(async () => {
  api = (await import('../../../renderer/src/data')).data();
  store = await import('../../../renderer/src/features/this-week/due-store');
});

const keysOf = (today: string) => store.dueSnapshot(today, 1)?.items.map((item) => item.key);

describe('subscribeDue', () => {
  it('computes once for every listener and follows each write that changes the list', async () => {
    const today = todayLocalDate();
    const dana = await api.people.create({ name: 'Dana Ruiz', cadenceDays: 30 });
    let first = 0;
    let second = 0;
    const stopFirst = store.subscribeDue(today, 1, () => first++);
    const stopSecond = store.subscribeDue(today, 1, () => second++);
    await vi.waitFor(() => expect(first).toBe(1));
    expect(second).toBe(1);
    expect(keysOf(today)).toEqual([]);

    // Never touched and added 30 days ago: due today.
    const sam = await api.people.create({ name: 'Sam Lee' });
    await api.attention.addReminder({ personId: sam.id, dueDate: today, note: 'Call Sam' });
    await vi.waitFor(() => expect(keysOf(today)).toHaveLength(1));
    expect(store.dueSnapshot(today, 1)?.items[0]?.explanation).toBe('Call Sam');

    // Two writes in quick succession: the list ends up reflecting both.
    const reminder = store.dueSnapshot(today, 1)!.items[0]!;
    const done = api.attention.dismiss(reminder);
    await api.people.update(dana.id, { cadenceDays: 1 });
    await done;
    await vi.waitFor(() =>
      expect(keysOf(today)).toEqual([`keep-in-touch:person:${dana.id}:created`]),
    );

    stopFirst();
    await api.people.update(dana.id, { cadenceDays: 60 });
    await vi.waitFor(() => expect(keysOf(today)).toEqual([]));
    const seen = second;

    stopSecond();
    expect(store.dueSnapshot(today, 1)).toBeUndefined();
    await api.people.update(dana.id, { cadenceDays: 1 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(second).toBe(seen);
  });
});
