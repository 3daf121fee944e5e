import { describe, expect, it } from 'vitest';
import { createLiveSearchIndex } from '../../../renderer/src/features/search/live-index';
import type { DataApi } from '../../../renderer/src/data/data-api';
import { defaultChoices } from '../../../shared/merge';
import { testApi } from '../data/helpers';

/** The live index over a fresh fake-indexeddb data API, the way the renderer wires it. */
function setup() {
  const test = testApi();
  const api: DataApi = test.api;
  const live = createLiveSearchIndex({
    page: async (kind, afterId, limit) => {
      if (kind === 'person') {
        const { records, last } = await api.people.page(afterId, limit);
        return { records: records.map((person) => ({ kind, ...person })), last };
      }
      const { records, last } = await api.partners.page(afterId, limit);
      return { records: records.map((partner) => ({ kind, ...partner })), last };
    },
    getMany: async (kind, ids) =>
      kind === 'person'
        ? (await api.people.getMany(ids)).map((person) => ({ kind, ...person }))
        : (await api.partners.getMany(ids)).map((partner) => ({ kind, ...partner })),
    watch: (listener) => api.watchRecords(listener),
  });
  const names = async (query: string) => {
    await live.settled();
    return live
      .view()
      .search(query)
      .map((hit) => hit.name);
  };
  return { ...test, live, names };
}

/** Lets Dexie deliver its after-commit event before looking. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the live search index', () => {
  it('loads what is stored, leaving the Trash out', async () => {
    const { api, live, names } = setup();
    await api.people.create({ name: 'Amélie Dupont', company: 'Boulangerie' });
    const gone = await api.partners.create({ name: 'Acme Insurance' });
    await api.partners.trash(gone.id);
    expect(live.view().ready).toBe(false);
    await live.start();
    expect(live.view().ready).toBe(true);
    expect(await names('amelie')).toEqual(['Amélie Dupont']);
    expect(await names('acme')).toEqual([]);
    live.stop();
  });

  it('follows creates, edits, trash, restore, merge and delete forever', async () => {
    const { api, live, names } = setup();
    await live.start();
    const seen: number[] = [];
    const unsubscribe = live.subscribe(() => seen.push(1));

    const dana = await api.people.create({ name: 'Dana Ruiz', emails: ['dana@acme.example'] });
    const acme = await api.partners.create({ name: 'Acme Insurance', category: 'Insurance' });
    await tick();
    expect(await names('acme')).toEqual(['Acme Insurance', 'Dana Ruiz']);
    expect(seen.length).toBeGreaterThan(0);

    await api.people.update(dana.id, { name: 'Dana Ortiz', emails: [] });
    await tick();
    expect(await names('ruiz')).toEqual([]);
    expect(await names('ortiz')).toEqual(['Dana Ortiz']);

    await api.partners.trash(acme.id);
    await tick();
    expect(await names('insurance')).toEqual([]);
    await api.trash.restore('partner', acme.id);
    await tick();
    expect(await names('insurance')).toEqual(['Acme Insurance']);

    const twin = await api.people.create({ name: 'Dana O.' });
    await tick();
    expect(await names('dana')).toEqual(['Dana O.', 'Dana Ortiz']);
    const kept = (await api.people.get(dana.id))!;
    await api.mergePeople({
      keepId: dana.id,
      mergeId: twin.id,
      choices: defaultChoices(kept, twin),
    });
    await tick();
    expect(await names('dana')).toEqual(['Dana Ortiz']);

    await api.trash.empty();
    await api.partners.deleteForever(acme.id);
    await tick();
    expect(await names('acme')).toEqual([]);
    unsubscribe();
    live.stop();
  });

  it('applies a change committed while the first load was reading', async () => {
    const { api, live, names } = setup();
    await api.people.create({ name: 'First Person' });
    const loading = live.start();
    await api.people.create({ name: 'Second Person' });
    await loading;
    await tick();
    expect(await names('person')).toEqual(['First Person', 'Second Person']);
    live.stop();
  });

  it('reloads a table when told that all of it may have changed', async () => {
    const { api, db, live, names } = setup();
    await api.people.create({ name: 'Dana Ruiz' });
    await live.start();
    await db.people.clear();
    await tick();
    expect(await names('dana')).toEqual([]);
    live.stop();
  });
});
