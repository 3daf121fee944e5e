import { describe, expect, it, vi } from 'vitest';
import { watchTables, type TableChange } from '../../../renderer/src/data/changes';
import { testApi } from './helpers';

/** Collects the changes the data API reports, and waits for the next report. */
function record(api: ReturnType<typeof testApi>['api']) {
  const seen: TableChange[][] = [];
  let wake: (() => void) | undefined;
  const stop = api.watchRecords((changes) => {
    seen.push(changes);
    wake?.();
  });
  const next = () =>
    new Promise<TableChange[]>((resolve) => {
      const count = seen.length;
      wake = () => {
        if (seen.length > count) resolve(seen[seen.length - 1]!);
      };
    });
  return { seen, stop, next };
}

describe('watchRecords', () => {
  it('names the people and partners each committed write touched', async () => {
    const { api } = testApi();
    await api.settings.get(); // opens the database (its creation is reported as "all")
    const { next, stop } = record(api);

    let report = next();
    const dana = await api.people.create({ name: 'Dana Ruiz' });
    expect(await report).toEqual([{ table: 'people', ids: [dana.id] }]);

    report = next();
    await api.people.trash(dana.id);
    expect(await report).toEqual([{ table: 'people', ids: [dana.id] }]);

    const acme = await api.partners.create({ name: 'Acme' });
    const sam = await api.people.create({ name: 'Sam', partnerId: acme.id });
    report = next();
    await api.partners.deleteForever(acme.id);
    expect(await report).toEqual([
      { table: 'people', ids: [sam.id] },
      { table: 'partners', ids: [acme.id] },
    ]);
    stop();
  });

  it('reports a whole table when a write names a range rather than records', async () => {
    const { api, db } = testApi();
    await api.people.create({ name: 'Dana Ruiz' });
    const { next, stop } = record(api);
    const report = next();
    await db.people.clear();
    expect(await report).toEqual([{ table: 'people', ids: 'all' }]);
    stop();
  });

  it('ignores other tables and other databases, and stops when asked', async () => {
    const { api } = testApi();
    const other = testApi();
    await api.settings.get();
    const { seen, stop } = record(api);
    await other.api.people.create({ name: 'Elsewhere' });
    await api.interactions
      .create({ date: '2026-03-01', summary: 'Note', personIds: [] })
      .catch(() => undefined);
    await api.settings.saveBusinessProfile({
      ownerName: 'Maria',
      businessName: 'Lopez Auto',
      currency: 'USD',
      weekStartsOn: 1,
      theme: 'system',
    });
    stop();
    await api.people.create({ name: 'After stop' });
    expect(seen).toEqual([]);
  });
});

describe('watchTables', () => {
  it('calls after each committed write to a table it watches, in this database only', async () => {
    const { api, db } = testApi();
    const other = testApi();
    await api.settings.get();
    let calls = 0;
    const stop = watchTables(db, ['partners', 'reminders'], () => calls++);
    await api.people.create({ name: 'Not watched' });
    await other.api.partners.create({ name: 'Elsewhere' });
    expect(calls).toBe(0);

    const acme = await api.partners.create({ name: 'Acme' });
    await vi.waitFor(() => expect(calls).toBe(1));
    await api.attention.addReminder({ partnerId: acme.id, dueDate: '2026-03-20' });
    await vi.waitFor(() => expect(calls).toBe(2));
    await db.partners.clear();
    await vi.waitFor(() => expect(calls).toBe(3));

    stop();
    await api.partners.create({ name: 'After stop' });
    expect(calls).toBe(3);
  });
});
