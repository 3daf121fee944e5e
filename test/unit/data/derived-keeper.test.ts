/**
 * Property: whatever writes the records — the data API, an import, a merge, a restore, or a
 * raw Dexie bulkPut past the API — every derived field equals its recomputation from the
 * records: nameKey, keep-in-touch due, last touch, the This week markers and the stored
 * This week view (renderer/src/data/derived/keeper.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markOpenCauses } from '../../../shared/attention/open-causes';
import { withKeepInTouchDue } from '../../../shared/cadence';
import { latestTouch } from '../../../shared/last-touch';
import { defaultChoices } from '../../../shared/merge';
import type { Interaction } from '../../../shared/records';
import { foldText } from '../../../shared/text';
import { testApi } from './helpers';
import { expectedView, storedView } from './view-helpers';

const date = fc.constantFrom('2026-10-01', '2026-10-10', '2026-11-01', '2026-11-12');
const who = fc.uniqueArray(fc.nat(3), { minLength: 1, maxLength: 2 });
const operation = fc.oneof(
  fc.record({ op: fc.constant('log' as const), date, who, followUp: fc.option(date) }),
  fc.record({ op: fc.constant('refer' as const), date, person: fc.nat(3), given: fc.boolean() }),
  fc.record({ op: fc.constant('thank' as const), date, pick: fc.nat(9) }),
  fc.record({ op: fc.constant('cadence' as const), person: fc.nat(3), days: fc.nat(40) }),
  fc.record({ op: fc.constant('import' as const), name: fc.constantFrom('Ana', 'Ben Ng') }),
  fc.record({ op: fc.constant('merge' as const) }),
  fc.record({ op: fc.constant('restore' as const) }),
  fc.record({
    op: fc.constant('raw-people' as const),
    person: fc.nat(3),
    name: fc.constantFrom('Zoë Ruiz', 'Al'),
    days: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
  }),
  fc.record({ op: fc.constant('raw-interaction' as const), pick: fc.nat(9), date, who }),
  fc.record({ op: fc.constant('raw-trash' as const), pick: fc.nat(9) }),
);

describe('property: every derived field equals its recomputation, whoever writes', () => {
  it('after any sequence of API calls, imports, merges, restores and raw writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 12 }), async (ops) => {
        const { db, api } = testApi();
        const agency = await api.partners.create({ name: 'Ruiz Agency', status: 'active' });
        const people: string[] = [];
        for (const name of ['Dana Ruiz', 'Sam Okafor', 'Lee Chen', 'Kim Park']) {
          people.push((await api.people.create({ name })).id);
        }
        const interactions: string[] = [];
        const referrals: string[] = [];
        const pick = (list: string[], n: number) => list[n % list.length];
        for (const step of ops) await run(step).catch(() => undefined);

        async function run(step: (typeof ops)[number]) {
          if (step.op === 'log') {
            const { interaction } = await api.interactions.log({
              kind: 'handshake',
              date: step.date,
              summary: 'Coffee',
              personIds: step.who.map((at) => people[at]!),
              partnerIds: [agency.id],
              followUpDate: step.followUp ?? undefined,
            });
            interactions.push(interaction.id);
          } else if (step.op === 'refer') {
            const person = people[step.person]!;
            const { referral } = await api.referrals.record(
              step.given
                ? {
                    direction: 'given',
                    date: step.date,
                    introducedPersonId: person,
                    partnerId: agency.id,
                  }
                : { direction: 'received', date: step.date, referrerPersonId: person },
            );
            referrals.push(referral.id);
          } else if (step.op === 'thank') {
            const referralId = pick(referrals, step.pick);
            if (!referralId) return;
            const { interaction } = await api.interactions.log({
              kind: 'thank-you',
              date: step.date,
              summary: 'Thanks',
              personIds: [people[0]!],
              referralId,
            });
            interactions.push(interaction.id);
          } else if (step.op === 'cadence') {
            await api.people.update(people[step.person]!, { cadenceDays: step.days || undefined });
          } else if (step.op === 'import') {
            const written = await api.imports.apply({
              tag: 'import',
              people: [{ lines: [2], fields: { name: step.name, cadenceDays: 10 } as never }],
              partners: [],
              personMerges: [
                {
                  id: people[2]!,
                  name: 'Lee Chen',
                  lines: [3],
                  incoming: [{ name: 'Lee Chen', company: 'Acme' } as never],
                },
              ],
              partnerMerges: [],
            });
            people.push(...written.peopleIds);
          } else if (step.op === 'merge') {
            const [kept, merged] = await db.people.bulkGet([people[0]!, people[1]!]);
            if (!kept || !merged || kept.deletedAt || merged.deletedAt) return;
            const choices = defaultChoices(kept, merged);
            await api.mergePeople({ keepId: kept.id, mergeId: merged.id, choices });
          } else if (step.op === 'restore') {
            const backup = await api.backup.create();
            const prepared = await api.backup.read(backup, 'backup.json');
            await api.backup.restore(prepared, { saveSafetyBackup: async () => undefined });
          } else if (step.op === 'raw-people') {
            // Past the API, with stale derived fields: the keeper must set them right.
            const person = await db.people.get(people[step.person]!);
            if (!person) return;
            const next = { ...person, name: step.name, cadenceDays: step.days, nameKey: 'stale' };
            await db.people.bulkPut([{ ...next, keepInTouchDue: '1999-01-01' }]);
          } else if (step.op === 'raw-interaction') {
            const id = pick(interactions, step.pick);
            const interaction = id && (await db.interactions.get(id));
            if (!interaction) return;
            const personIds = step.who.map((at) => people[at]!);
            await db.interactions.bulkPut([{ ...interaction, date: step.date, personIds }]);
          } else if (step.op === 'raw-trash') {
            const id = pick(interactions, step.pick);
            const interaction = id && (await db.interactions.get(id));
            if (!interaction) return;
            await db.interactions.bulkPut([{ ...interaction, deletedAt: 1 }]);
          }
        }

        const tables = {
          people: await db.people.toArray(),
          partners: await db.partners.toArray(),
          interactions: await db.interactions.toArray(),
          referrals: await db.referrals.toArray(),
        };
        const touchOf = (key: 'personIds' | 'partnerIds', id: string) =>
          latestTouch(tables.interactions.filter((one: Interaction) => one[key].includes(id)));
        for (const person of tables.people) {
          expect(person.nameKey).toBe(foldText(person.name));
          expect(person).toEqual(withKeepInTouchDue(person));
          expect(person.lastTouch).toBe(touchOf('personIds', person.id));
        }
        for (const partner of tables.partners) {
          expect(partner.nameKey).toBe(foldText(partner.name));
          expect(partner.lastTouch).toBe(touchOf('partnerIds', partner.id));
        }
        const marked = markOpenCauses(tables);
        expect(tables.referrals).toEqual(marked.referrals);
        expect(tables.interactions).toEqual(marked.interactions);
        const view = await storedView(db);
        expect(view).toBeDefined();
        expect(view).toEqual(await expectedView(db));
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
