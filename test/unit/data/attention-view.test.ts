/**
 * The This week view (renderer/src/data/attention-view.ts) through the moments that move
 * it most: a referral that comes to wait for its gift, a person named only by a reminder,
 * writes that bypass the data API, and a cleared table. After each, the stored view must
 * equal the view computed from every record (the property in ./open-causes.test.ts covers
 * random histories).
 */
import { describe, expect, it } from 'vitest';
import { testApi } from './helpers';
import { expectedView, storedView } from './view-helpers';

const TODAY = '2026-03-14';

async function expectCurrent(db: ReturnType<typeof testApi>['db']) {
  const view = await storedView(db);
  expect(view, 'the view is stale').toBeDefined();
  expect(view).toEqual(await expectedView(db));
  return view!;
}

describe('the This week view', () => {
  it('starts current and empty in a new database', async () => {
    const { api, db } = testApi();
    await api.settings.get();
    expect(await expectCurrent(db)).toMatchObject({ people: [], referrals: [], named: [] });
  });

  it('brings in the thank-you of a won referral waiting for its gift, until the gift', async () => {
    const { api, db } = testApi();
    const dana = await api.people.create({ name: 'Dana Ruiz' });
    const { referral } = await api.referrals.record(
      { direction: 'received', date: '2026-03-10', referrerPersonId: dana.id },
      { newPersonName: 'The Patels' },
    );
    let view = await expectCurrent(db);
    expect(view.referrals.map((entry) => entry.id)).toEqual([referral.id]);
    // Named by a referral waiting for thanks: Dana and the Patels, neither on a cadence.
    expect(view.people.map((person) => person.name).sort()).toEqual(['Dana Ruiz', 'The Patels']);

    const thanks = await api.attention.markThanked({ referralId: referral.id, date: TODAY });
    view = await expectCurrent(db);
    expect(view.referrals).toEqual([]);
    expect(view.people).toEqual([]);

    await api.referrals.setStatus(referral.id, 'won', { closedDate: TODAY, value: 500 });
    view = await expectCurrent(db);
    expect(view.referrals.map((entry) => entry.id)).toEqual([referral.id]);
    expect(view.interactions.map((entry) => entry.id)).toEqual([thanks.id]);

    await api.attention.markThanked({ referralId: referral.id, date: TODAY, gift: true });
    view = await expectCurrent(db);
    expect(view.referrals).toEqual([]);
    expect(view.interactions).toEqual([]);
  });

  it('drops a given referral once its partner is in touch, and takes it back if the partner goes', async () => {
    const { api, db } = testApi();
    const agency = await api.partners.create({ name: 'Ruiz Agency', status: 'active' });
    const dana = await api.people.create({ name: 'Dana Ruiz' });
    const { referral } = await api.referrals.record({
      direction: 'given',
      date: '2026-02-01',
      introducedPersonId: dana.id,
      partnerId: agency.id,
    });
    const referralIds = async () => (await expectCurrent(db)).referrals.map((entry) => entry.id);
    expect(await referralIds()).toEqual([referral.id]);

    await api.interactions.log({
      date: '2026-03-01',
      summary: 'Catch-up',
      partnerIds: [agency.id],
    });
    expect(await referralIds()).toEqual([]);
    // A partner in the Trash answers nothing.
    await api.partners.trash(agency.id);
    expect(await referralIds()).toEqual([referral.id]);
    await api.partners.restore(agency.id);
    expect(await referralIds()).toEqual([]);
  });

  it('keeps a person a reminder names, through edits, until it is done', async () => {
    const { api, db } = testApi();
    const sam = await api.people.create({ name: 'Sam Okafor' });
    const reminder = await api.attention.addReminder({ personId: sam.id, dueDate: '2026-03-20' });
    expect((await expectCurrent(db)).people.map((person) => person.name)).toEqual(['Sam Okafor']);

    await api.people.update(sam.id, { name: 'Samuel Okafor' });
    expect((await expectCurrent(db)).people.map((person) => person.name)).toEqual([
      'Samuel Okafor',
    ]);

    await api.attention.completeReminder(reminder.id);
    expect(await expectCurrent(db)).toMatchObject({ people: [], reminders: [], named: [] });
    await api.attention.undoCompleteReminder(reminder.id);
    expect((await expectCurrent(db)).named).toEqual([[sam.id, 1]]);
  });

  it('follows writes made straight through Dexie, in bulk, and deletions', async () => {
    const { db } = testApi();
    const base = { emails: [], phones: [], relationship: 'other' as const, tags: [] };
    const person = (id: string, extra: object) => ({
      id,
      name: id,
      nameKey: id,
      ...base,
      createdAt: 0,
      updatedAt: 0,
      ...extra,
    });
    await db.people.bulkAdd([
      person('on-cadence', { cadenceDays: 30 }),
      person('birthday', { birthday: { month: 3, day: 20 } }),
      person('neither', {}),
    ]);
    expect((await expectCurrent(db)).people.map((entry) => entry.id).sort()).toEqual([
      'birthday',
      'on-cadence',
    ]);
    await db.people.bulkDelete(['on-cadence']);
    expect((await expectCurrent(db)).people.map((entry) => entry.id)).toEqual(['birthday']);
  });

  it('goes stale when a table is cleared, and the next read rebuilds it', async () => {
    const { api, db } = testApi();
    const dana = await api.people.create({ name: 'Dana Ruiz', cadenceDays: 7 });
    await api.interactions.log({
      date: '2026-03-01',
      summary: 'Coffee',
      personIds: [dana.id],
      followUpDate: '2026-03-10',
    });
    await db.reminders.clear();
    expect(await storedView(db)).toBeUndefined();

    const due = await api.attention.dueItems(TODAY, '2026-03-22');
    expect(due.map((item) => item.reason).sort()).toEqual(['follow-up', 'keep-in-touch']);
    expect((await expectCurrent(db)).interactions).toHaveLength(1);
  });
});
