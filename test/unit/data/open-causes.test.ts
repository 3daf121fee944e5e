/**
 * The fields This week reads through indexes — `awaitingThanks` on referrals,
 * `openFollowUp` on interactions, `keepInTouchDue` on people — and the This week view
 * built on them must always equal what is computed from the records, whatever the owner
 * does and in whatever order; and what the data API then finds due must be exactly what
 * the engine finds over every record.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueItems } from '../../../shared/attention/engine';
import { markOpenCauses } from '../../../shared/attention/open-causes';
import { withKeepInTouchDue } from '../../../shared/cadence';
import { defaultChoices } from '../../../shared/merge';
import { testApi } from './helpers';
import { expectedView, storedView } from './view-helpers';

// The fake clock starts on 14 March 2026; dates run from January to mid-March.
const TODAY = '2026-03-14';
const UNTIL = '2026-03-29';
const day = fc.integer({ min: 0, max: 72 }).map((n) => {
  const date = new Date(Date.UTC(2026, 0, 1 + n));
  return date.toISOString().slice(0, 10);
});
/** A day after TODAY, for reminders (which are never set in the past). */
const ahead = fc.integer({ min: 1, max: 30 }).map((n) => {
  const date = new Date(Date.UTC(2026, 2, 14 + n));
  return date.toISOString().slice(0, 10);
});
const who = fc.subarray([0, 1, 2], { minLength: 1 });
const KINDS = ['handshake', 'thank-you', 'gift', 'call'] as const;

const operation = fc.oneof(
  fc.record({
    op: fc.constant('log' as const),
    date: day,
    people: who,
    partner: fc.boolean(),
    kind: fc.constantFrom(...KINDS),
    followUp: fc.option(day, { nil: undefined }),
    referral: fc.option(fc.nat(), { nil: undefined }),
  }),
  fc.record({
    op: fc.constant('edit' as const),
    pick: fc.nat(),
    date: day,
    people: who,
    followUp: fc.option(day, { nil: undefined }),
  }),
  fc.record({ op: fc.constant('trash' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('restore' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('refer' as const),
    direction: fc.constantFrom('received' as const, 'given' as const),
    date: day,
    person: fc.nat(2),
  }),
  fc.record({ op: fc.constant('win' as const), pick: fc.nat(), date: day }),
  fc.record({ op: fc.constant('cadence' as const), person: fc.nat(2), days: fc.nat(60) }),
  fc.record({ op: fc.constant('merge' as const) }),
  fc.record({ op: fc.constant('trash-partner' as const), back: fc.boolean() }),
  fc.record({ op: fc.constant('forget' as const), person: fc.nat(2) }),
  fc.record({ op: fc.constant('remind' as const), person: fc.nat(2), date: ahead }),
  fc.record({
    op: fc.constant('reminder-done' as const),
    pick: fc.nat(),
    undo: fc.boolean(),
    forget: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('profile' as const),
    person: fc.nat(2),
    name: fc.constantFrom('Dana Ruiz', 'Dana R.', 'Sam'),
    birthday: fc.boolean(),
  }),
);

describe('property: the This week fields always equal what they are computed from', () => {
  it('after any sequence of interactions, referrals, cadences, merges and deletions', async () => {
    let steps = 0;
    let generated = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 20 }), async (ops) => {
        const { db, api } = testApi();
        const agency = await api.partners.create({ name: 'Ruiz Agency', status: 'active' });
        const people: string[] = [];
        for (const name of ['Dana Ruiz', 'Sam Okafor', 'Lee Chen']) {
          people.push((await api.people.create({ name, partnerId: agency.id })).id);
        }
        const interactions: string[] = [];
        let done = 0;
        const referrals: string[] = [];
        const reminders: string[] = [];
        const pick = (list: string[], n: number) => list[n % list.length]!;
        const alive = async (id: string) => (await db.people.get(id))?.deletedAt === undefined;
        for (const step of ops) {
          // A refusal (someone gone, a rule broken) writes nothing: that is fine here.
          if (
            await run(step).then(
              () => true,
              () => false,
            )
          )
            done += 1;
        }

        async function run(step: (typeof ops)[number]) {
          if (step.op === 'log') {
            const { interaction } = await api.interactions.log({
              kind: step.kind,
              date: step.date,
              summary: 'Coffee',
              personIds: step.people.map((index) => people[index]!),
              partnerIds: step.partner ? [agency.id] : [],
              followUpDate: step.followUp,
              referralId: step.referral === undefined ? undefined : referrals[step.referral % 4],
            });
            interactions.push(interaction.id);
          } else if (step.op === 'refer') {
            const person = people[step.person]!;
            const { referral } = await api.referrals.record(
              step.direction === 'received'
                ? { direction: 'received', date: step.date, referrerPersonId: person }
                : {
                    direction: 'given',
                    date: step.date,
                    introducedPersonId: person,
                    partnerId: agency.id,
                  },
            );
            referrals.push(referral.id);
          } else if (step.op === 'win' && referrals.length > 0) {
            const id = pick(referrals, step.pick);
            await api.referrals.setStatus(id, 'won', { closedDate: step.date, value: 100 });
          } else if (step.op === 'cadence') {
            const id = people[step.person]!;
            await api.people.update(id, { cadenceDays: step.days || undefined });
          } else if (step.op === 'merge') {
            const [kept, merged] = await db.people.bulkGet([people[0]!, people[1]!]);
            if (kept && merged && (await alive(kept.id)) && (await alive(merged.id))) {
              const choices = defaultChoices(kept, merged);
              await api.mergePeople({ keepId: kept.id, mergeId: merged.id, choices });
            }
          } else if (step.op === 'trash-partner') {
            if (step.back) await api.partners.restore(agency.id);
            else await api.partners.trash(agency.id);
          } else if (step.op === 'forget') {
            const id = people[step.person]!;
            if (await db.people.get(id)) {
              await api.people.trash(id);
              await api.trash.deleteForever('person', id);
            }
          } else if (step.op === 'remind') {
            const personId = people[step.person]!;
            reminders.push((await api.attention.addReminder({ personId, dueDate: step.date })).id);
          } else if (step.op === 'reminder-done') {
            if (reminders.length === 0) return;
            const id = pick(reminders, step.pick);
            if (step.forget) await api.attention.undoAddReminder({ id });
            else if (step.undo) await api.attention.undoCompleteReminder(id);
            else await api.attention.completeReminder(id);
          } else if (step.op === 'profile') {
            const id = people[step.person]!;
            const birthday = step.birthday ? { month: 3, day: 20 } : undefined;
            await api.people.update(id, { name: step.name, birthday });
          } else if (interactions.length > 0 && step.op !== 'win') {
            const id = pick(interactions, step.pick);
            if (step.op === 'edit') {
              const personIds = step.people.map((index) => people[index]!);
              await api.interactions.update(id, {
                date: step.date,
                personIds,
                followUpDate: step.followUp,
              });
            } else if (step.op === 'trash') await api.interactions.trash(id);
            else if (step.op === 'restore') await api.interactions.restore(id);
            else await api.interactions.deleteForever(id);
          }
        }

        steps += done;
        generated += ops.length;
        const tables = {
          people: await db.people.toArray(),
          partners: await db.partners.toArray(),
          interactions: await db.interactions.toArray(),
          referrals: await db.referrals.toArray(),
          reminders: await db.reminders.toArray(),
        };
        const marked = markOpenCauses(tables);
        expect(tables.referrals).toEqual(marked.referrals);
        expect(tables.interactions).toEqual(marked.interactions);
        expect(tables.people).toEqual(tables.people.map(withKeepInTouchDue));
        // The This week view was kept with every write, never left stale to rebuild.
        const view = await storedView(db);
        expect(view).toBeDefined();
        expect(view).toEqual(await expectedView(db));

        const settings = await api.settings.get();
        const everything = dueItems(
          { ...tables, cadenceDefaults: settings.cadenceDefaults },
          TODAY,
        );
        const expected = everything.filter((item) => item.dueDate <= UNTIL);
        expect(await api.attention.dueItems(TODAY, UNTIL)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
    // Most generated steps were carried out, not refused: the property saw real histories.
    expect(steps / generated).toBeGreaterThan(0.3);
  });
});

describe('a follow-up answered only by someone deleted for good', () => {
  it('is open again, marker and all, once they are gone', async () => {
    const { db, api } = testApi();
    const dana = await api.people.create({ name: 'Dana Ruiz' });
    const sam = await api.people.create({ name: 'Sam Okafor' });
    const { interaction } = await api.interactions.log({
      date: '2026-03-01',
      summary: 'Lunch',
      personIds: [dana.id, sam.id],
      followUpDate: '2026-03-08',
    });
    await api.interactions.log({ date: '2026-03-05', summary: 'Call', personIds: [sam.id] });
    expect((await db.interactions.get(interaction.id))?.openFollowUp).toBeUndefined();
    expect(await api.attention.dueItems(TODAY, UNTIL)).toEqual([]);

    await api.people.trash(sam.id);
    await api.trash.deleteForever('person', sam.id);
    expect((await db.interactions.get(interaction.id))?.openFollowUp).toBe('2026-03-08');
    const due = await api.attention.dueItems(TODAY, UNTIL);
    expect(due.map((item) => item.interactionId)).toEqual([interaction.id]);
  });
});

describe('a client sent to a partner since put in the Trash', () => {
  it('is due for a follow-up even though that partner was in touch since', async () => {
    const { api } = testApi();
    const agency = await api.partners.create({ name: 'Ruiz Agency', status: 'active' });
    const client = await api.people.create({ name: 'The Patels' });
    const { referral } = await api.referrals.record({
      direction: 'given',
      date: '2026-03-01',
      introducedPersonId: client.id,
      partnerId: agency.id,
    });
    await api.interactions.log({ date: '2026-03-05', summary: 'Call', partnerIds: [agency.id] });
    expect(await api.attention.dueItems(TODAY, UNTIL)).toEqual([]);

    // As in the engine, a partner in the Trash answers nothing: the client is asked after.
    await api.partners.trash(agency.id);
    const due = await api.attention.dueItems(TODAY, UNTIL);
    expect(due.map((item) => [item.referralId, item.subject.id])).toEqual([
      [referral.id, client.id],
    ]);
  });
});

describe('a follow-up date taken off an interaction', () => {
  it('takes its marker with it', async () => {
    const { db, api } = testApi();
    const dana = await api.people.create({ name: 'Dana Ruiz' });
    const { interaction } = await api.interactions.log({
      date: '2026-03-01',
      summary: 'Lunch',
      personIds: [dana.id],
      followUpDate: '2026-03-08',
    });
    expect((await db.interactions.get(interaction.id))?.openFollowUp).toBe('2026-03-08');
    await api.interactions.update(interaction.id, { followUpDate: undefined });
    expect(await db.interactions.get(interaction.id)).not.toHaveProperty('openFollowUp');
  });
});
