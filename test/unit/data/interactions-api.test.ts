import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDataApi } from '../../../renderer/src/data/data-api';
import { ValidationError } from '../../../renderer/src/data/errors';
import { NOBODY_MESSAGE, createInteractionsApi } from '../../../renderer/src/data/interactions-api';
import { latestTouch } from '../../../shared/last-touch';
import { fakeClock, testDatabase } from './helpers';

async function setup() {
  const clock = fakeClock();
  const { db } = testDatabase();
  const api = createDataApi(db, { locale: 'en-US', now: clock.now });
  const interactions = createInteractionsApi({ db, now: clock.now });
  const dana = await api.people.create({ name: 'Dana Ruiz' });
  const sam = await api.people.create({ name: 'Sam Okafor' });
  const agency = await api.partners.create({ name: 'Ruiz Insurance' });
  return { db, api, interactions, dana, sam, agency };
}

const meeting = (date: string, personIds: string[], partnerIds: string[] = []) => ({
  kind: 'handshake' as const,
  date,
  personIds,
  partnerIds,
  summary: 'Coffee',
});

describe('last touch follows every change to interactions', () => {
  it('is set on create, follows a date change, and falls back when trashed', async () => {
    const { db, interactions, dana, sam, agency } = await setup();
    const { interaction: early } = await interactions.log(
      meeting('2026-10-01', [dana.id], [agency.id]),
    );
    const { interaction: late } = await interactions.log(meeting('2026-11-02', [dana.id, sam.id]));
    expect((await db.people.get(dana.id))?.lastTouch).toBe('2026-11-02');
    expect((await db.partners.get(agency.id))?.lastTouch).toBe('2026-10-01');

    await interactions.update(late.id, { date: '2026-09-01' });
    expect((await db.people.get(dana.id))?.lastTouch).toBe('2026-10-01');
    expect((await db.people.get(sam.id))?.lastTouch).toBe('2026-09-01');

    await interactions.trash(early.id);
    expect((await db.people.get(dana.id))?.lastTouch).toBe('2026-09-01');
    expect((await db.partners.get(agency.id))?.lastTouch).toBeUndefined();

    await interactions.restore(early.id);
    expect((await db.partners.get(agency.id))?.lastTouch).toBe('2026-10-01');
  });

  it('recomputes someone removed from an interaction', async () => {
    const { db, interactions, dana, sam } = await setup();
    const { interaction } = await interactions.log(meeting('2026-11-02', [dana.id, sam.id]));
    await interactions.update(interaction.id, { personIds: [dana.id] });
    expect((await db.people.get(sam.id))?.lastTouch).toBeUndefined();
    expect((await db.people.get(dana.id))?.lastTouch).toBe('2026-11-02');
  });

  it('creates named newcomers in the same transaction, as people with a last touch', async () => {
    const { api, interactions, dana } = await setup();
    const { interaction, createdPeople } = await interactions.log(
      meeting('2026-11-20', [dana.id]),
      ['Lee Chen'],
    );
    expect(createdPeople.map((person) => person.name)).toEqual(['Lee Chen']);
    const lee = await api.people.get(createdPeople[0]!.id);
    expect(lee?.lastTouch).toBe('2026-11-20');
    expect(lee?.nameKey).toBe('lee chen');
    expect(interaction.personIds).toEqual([dana.id, lee!.id]);
  });
});

describe('bad interactions are refused and write nothing', () => {
  it('refuses an interaction with nobody', async () => {
    const { db, interactions } = await setup();
    const error = await interactions.create(meeting('2026-11-02', [])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toBe(NOBODY_MESSAGE);
    expect(await db.interactions.count()).toBe(0);
  });

  it('creates no newcomer when the interaction itself is invalid', async () => {
    const { db, interactions, dana } = await setup();
    const tooLong = { ...meeting('2026-11-02', [dana.id]), summary: 'x'.repeat(201) };
    await expect(interactions.log(tooLong, ['Lee Chen'])).rejects.toBeInstanceOf(ValidationError);
    expect(await db.people.count()).toBe(2);
    expect(await db.interactions.count()).toBe(0);
  });

  it('refuses someone who does not exist, and an edit that leaves nobody', async () => {
    const { db, interactions, dana } = await setup();
    await expect(interactions.create(meeting('2026-11-02', ['ghost']))).rejects.toBeInstanceOf(
      ValidationError,
    );
    const { interaction } = await interactions.log(meeting('2026-11-02', [dana.id]));
    await expect(interactions.update(interaction.id, { personIds: [] })).rejects.toThrow(
      NOBODY_MESSAGE,
    );
    expect((await db.interactions.get(interaction.id))?.personIds).toEqual([dana.id]);
    expect((await db.people.get(dana.id))?.lastTouch).toBe('2026-11-02');
  });

  it('takes notes of 20,000 characters', async () => {
    const { interactions, dana } = await setup();
    const long = { ...meeting('2026-11-02', [dana.id]), notes: 'n'.repeat(20_000) };
    await expect(interactions.create(long)).resolves.toBeDefined();
  });
});

describe('property: stored last touch always equals the recomputed one', () => {
  const day = fc.integer({ min: 0, max: 60 }).map((n) => {
    const date = new Date(Date.UTC(2026, 0, 1 + n));
    return date.toISOString().slice(0, 10);
  });
  const who = fc.subarray([0, 1, 2], { minLength: 1 });
  const operation = fc.oneof(
    fc.record({
      op: fc.constant('create' as const),
      date: day,
      people: who,
      partner: fc.boolean(),
    }),
    fc.record({ op: fc.constant('edit' as const), pick: fc.nat(), date: day, people: who }),
    fc.record({ op: fc.constant('trash' as const), pick: fc.nat() }),
    fc.record({ op: fc.constant('restore' as const), pick: fc.nat() }),
    fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  );

  it('after any sequence of add, edit, trash, restore and delete forever', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 25 }), async (ops) => {
        const { db, api, interactions, dana, sam, agency } = await setup();
        const lee = await api.people.create({ name: 'Lee Chen' });
        const people = [dana.id, sam.id, lee.id];
        const ids: string[] = [];
        const pick = (n: number) => ids[n % ids.length];
        for (const step of ops) {
          if (step.op === 'create') {
            const personIds = step.people.map((index) => people[index]!);
            const partnerIds = step.partner ? [agency.id] : [];
            const { interaction } = await interactions.log(
              meeting(step.date, personIds, partnerIds),
            );
            ids.push(interaction.id);
          } else if (ids.length > 0) {
            const id = pick(step.pick)!;
            const exists = await db.interactions.get(id);
            if (!exists) continue;
            if (step.op === 'edit') {
              const personIds = step.people.map((index) => people[index]!);
              await interactions.update(id, { date: step.date, personIds });
            } else if (step.op === 'trash') await interactions.trash(id);
            else if (step.op === 'restore') await interactions.restore(id);
            else await interactions.deleteForever(id);
          }
        }
        const all = await db.interactions.toArray();
        for (const person of await db.people.toArray()) {
          expect(person.lastTouch).toBe(
            latestTouch(all.filter((i) => i.personIds.includes(person.id))),
          );
        }
        const partner = await db.partners.get(agency.id);
        expect(partner?.lastTouch).toBe(
          latestTouch(all.filter((i) => i.partnerIds.includes(agency.id))),
        );
      }),
      { numRuns: 60 },
    );
  });
});
