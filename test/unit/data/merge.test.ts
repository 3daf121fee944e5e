import { describe, expect, it } from 'vitest';
import { createDataApi } from '../../../renderer/src/data/data-api';
import { NotFoundError, ValidationError } from '../../../renderer/src/data/errors';
import { defaultChoices } from '../../../shared/merge';
import { fakeClock, testDatabase } from './helpers';

/**
 * A data API whose database can be told to fail every write to one table, to prove that a
 * merge failing part-way changes nothing (a Dexie middleware, registered before opening).
 */
function setup() {
  const clock = fakeClock();
  const test = testDatabase();
  const failing = { table: '' };
  test.db.use({
    stack: 'dbcore',
    name: 'fail-writes',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) =>
            name === failing.table
              ? Promise.reject(new Error(`The disk failed writing ${name}.`))
              : table.mutate(request),
        };
      },
    }),
  });
  const api = createDataApi(test.db, { locale: 'en-US', now: clock.now });
  return { ...test, api, clock, failing };
}

async function seed() {
  const ctx = setup();
  const { api, db } = ctx;
  const kept = await api.people.create({
    name: 'Dana Ruiz',
    company: 'Acme Insurance',
    emails: ['dana@acme.example'],
    tags: ['champion'],
  });
  const merged = await api.people.create({
    name: 'Dana R.',
    title: 'Agent',
    emails: ['dana.ruiz@home.example', 'DANA@acme.example'],
    phones: ['555 0142'],
    tags: ['Champion', 'golf'],
    cadenceDays: 30,
  });
  const other = await api.people.create({ name: 'Sam Lee' });
  // Denormalised last touch, as the interactions code keeps it.
  await db.people.update(kept.id, { lastTouch: '2026-01-10' });
  await db.people.update(merged.id, { lastTouch: '2026-03-01' });

  const both = await api.interactions.create({
    date: '2026-03-01',
    summary: 'Coffee with both of them',
    personIds: [merged.id, kept.id, other.id],
  });
  const onlyMerged = await api.interactions.create({
    date: '2026-02-01',
    summary: 'Call',
    personIds: [merged.id],
  });
  const trashedInteraction = await api.interactions.create({
    date: '2026-01-01',
    summary: 'Old note',
    personIds: [merged.id],
  });
  await api.interactions.trash(trashedInteraction.id);
  const received = await api.referrals.create({
    direction: 'received',
    date: '2026-02-02',
    referrerPersonId: merged.id,
    introducedPersonId: other.id,
  });
  const agency = await api.partners.create({ name: 'Ruiz Insurance' });
  const given = await api.referrals.create({
    direction: 'given',
    date: '2026-02-03',
    introducedPersonId: merged.id,
    partnerId: agency.id,
  });
  const reminder = await api.reminders.create({
    reason: 'custom',
    dueDate: '2026-04-01',
    personId: merged.id,
  });
  const unrelated = await api.reminders.create({
    reason: 'custom',
    dueDate: '2026-04-01',
    personId: other.id,
  });
  const ids = { both, onlyMerged, trashedInteraction, received, given, reminder, unrelated };
  return { ...ctx, kept, merged, other, ids };
}

async function snapshot(db: ReturnType<typeof setup>['db']) {
  return {
    people: await db.people.toArray(),
    interactions: await db.interactions.toArray(),
    referrals: await db.referrals.toArray(),
    reminders: await db.reminders.toArray(),
  };
}

describe('merging two people', () => {
  it('moves every reference to the kept person, in every table', async () => {
    const { api, db, clock, kept, merged, other, ids } = await seed();
    clock.advance(60_000);
    await api.mergePeople({
      keepId: kept.id,
      mergeId: merged.id,
      choices: defaultChoices(kept, merged),
    });

    expect((await db.interactions.get(ids.both.id))?.personIds).toEqual([kept.id, other.id]);
    expect((await db.interactions.get(ids.onlyMerged.id))?.personIds).toEqual([kept.id]);
    // Trashed records too, so restoring one later points to the right person.
    expect((await db.interactions.get(ids.trashedInteraction.id))?.personIds).toEqual([kept.id]);
    expect(await db.referrals.get(ids.received.id)).toMatchObject({
      referrerPersonId: kept.id,
      introducedPersonId: other.id,
      updatedAt: clock.now(),
    });
    expect((await db.referrals.get(ids.given.id))?.introducedPersonId).toBe(kept.id);
    expect((await db.reminders.get(ids.reminder.id))?.personId).toBe(kept.id);
    expect((await db.reminders.get(ids.unrelated.id))?.updatedAt).toBe(ids.unrelated.updatedAt);
    expect(await db.interactions.where('personIds').equals(merged.id).count()).toBe(0);
  });

  it('combines the fields, keeps the later last touch and trashes the merged person', async () => {
    const { api, clock, kept, merged } = await seed();
    clock.advance(60_000);
    const choices = { ...defaultChoices(kept, merged), company: 'merged' as const };
    const result = await api.mergePeople({ keepId: kept.id, mergeId: merged.id, choices });

    const stored = await api.people.get(kept.id);
    expect(stored).toEqual(result);
    expect(stored).toMatchObject({
      id: kept.id,
      name: 'Dana Ruiz',
      nameKey: 'dana ruiz',
      title: 'Agent',
      emails: ['dana@acme.example', 'dana.ruiz@home.example'],
      phones: ['555 0142'],
      tags: ['champion', 'golf'],
      cadenceDays: 30,
      lastTouch: '2026-03-01',
      createdAt: kept.createdAt,
      updatedAt: clock.now(),
    });
    expect(stored).not.toHaveProperty('company');
    expect(await api.people.get(merged.id)).toBeUndefined();
    expect(await api.trash.list()).toEqual([
      { kind: 'person', id: merged.id, name: 'Dana R.', deletedAt: clock.now() },
    ]);
  });

  it('changes nothing at all when a write fails part-way', async () => {
    const { api, db, clock, failing, kept, merged } = await seed();
    const before = await snapshot(db);
    clock.advance(60_000);
    // People and interactions are written before reminders: they must be rolled back.
    failing.table = 'reminders';
    await expect(
      api.mergePeople({
        keepId: kept.id,
        mergeId: merged.id,
        choices: defaultChoices(kept, merged),
      }),
    ).rejects.toThrow('The disk failed writing reminders.');
    failing.table = '';
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses combined fields that break a rule, and writes nothing', async () => {
    const { api, db, kept } = await seed();
    const crowded = await api.people.create({
      name: 'Dana again',
      emails: Array.from({ length: 20 }, (_, i) => `dana${i}@example.com`),
    });
    const before = await snapshot(db);
    const error = await api
      .mergePeople({ keepId: kept.id, mergeId: crowded.id, choices: defaultChoices(kept, crowded) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toBe(
      'A person can have at most 20 email addresses.',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses to merge a person with themselves, or with someone gone', async () => {
    const { api, kept, merged } = await seed();
    const choices = defaultChoices(kept, merged);
    await expect(api.mergePeople({ keepId: kept.id, mergeId: kept.id, choices })).rejects.toThrow(
      ValidationError,
    );
    await api.people.trash(merged.id);
    await expect(api.mergePeople({ keepId: kept.id, mergeId: merged.id, choices })).rejects.toThrow(
      NotFoundError,
    );
    await expect(
      api.mergePeople({ keepId: 'no-such-id', mergeId: kept.id, choices }),
    ).rejects.toThrow(NotFoundError);
  });
});
