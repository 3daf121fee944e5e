import { describe, expect, it } from 'vitest';
import { REMINDER_MESSAGES } from '../../../renderer/src/data/attention-api';
import { ValidationError } from '../../../renderer/src/data/errors';
import { dueItems } from '../../../shared/attention/engine';
import { weekRange } from '../../../shared/attention/week';
import { QUICK_SIZE, generateReferenceDataset } from '../../fixtures/dataset-reference';
import { testApi } from './helpers';

// The fake clock starts on Saturday 14 March 2026.
const TODAY = '2026-03-14';
const END = '2026-03-15';

async function setUp() {
  const test = testApi();
  const { api } = test;
  const ruiz = await api.partners.create({ name: 'Ruiz Insurance', status: 'active' });
  const dana = await api.people.create({ name: 'Dana Ruiz', partnerId: ruiz.id });
  const { referral, createdPerson } = await api.referrals.record(
    { direction: 'received', date: '2026-03-10', referrerPersonId: dana.id },
    { newPersonName: 'The Patels' },
  );
  return { ...test, ruiz, dana, referral, patels: createdPerson! };
}

async function refusal(work: Promise<unknown>): Promise<ValidationError> {
  const error: unknown = await work.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

const keysOf = (items: { key: string }[]) => items.map((item) => item.key);

describe('attention API', () => {
  it('lists a thank-you due, and Mark thanked links one that resolves it', async () => {
    const { api, dana, referral } = await setUp();
    const before = await api.attention.dueItems(TODAY, END);
    expect(before.find((item) => item.reason === 'thank')).toMatchObject({
      key: `thank:referral:${referral.id}`,
      dueDate: '2026-03-12',
      explanation: 'Dana Ruiz sent you The Patels on 10 Mar — say thank you',
    });

    const thanks = await api.attention.markThanked({
      referralId: referral.id,
      date: TODAY,
      note: 'Card and chocolates',
    });
    expect(thanks).toMatchObject({
      kind: 'thank-you',
      referralId: referral.id,
      personIds: [dana.id],
      partnerIds: [],
      summary: 'Thank-you for referring The Patels',
      notes: 'Card and chocolates',
    });
    expect((await api.people.get(dana.id))?.lastTouch).toBe(TODAY);
    expect(keysOf(await api.attention.dueItems(TODAY, END))).not.toContain(
      `thank:referral:${referral.id}`,
    );

    await api.attention.undoMarkThanked(thanks.id);
    expect(keysOf(await api.attention.dueItems(TODAY, END))).toContain(
      `thank:referral:${referral.id}`,
    );
    expect((await api.people.get(dana.id))?.lastTouch).toBeUndefined();
  });

  it('asks for a gift once won, and a gift with its cost answers both', async () => {
    const { api, referral } = await setUp();
    await api.referrals.setStatus(referral.id, 'won', { closedDate: '2026-03-12', value: 50_000 });
    const reasons = (await api.attention.dueItems(TODAY, '2026-03-22')).map((item) => item.reason);
    expect(reasons).toEqual(expect.arrayContaining(['thank', 'gift']));
    const gift = await api.attention.markThanked({
      referralId: referral.id,
      date: TODAY,
      gift: true,
      cost: 4_500,
    });
    expect(gift).toMatchObject({
      kind: 'gift',
      cost: 4_500,
      summary: 'Gift for referring The Patels',
    });
    const after = await api.attention.dueItems(TODAY, '2026-03-22');
    expect(after.filter((item) => item.referralId === referral.id)).toEqual([]);
  });

  it('refuses to thank for a given referral or one that is gone, writing nothing', async () => {
    const { api, ruiz, patels, referral } = await setUp();
    const given = await api.referrals.create({
      direction: 'given',
      date: '2026-03-01',
      introducedPersonId: patels.id,
      partnerId: ruiz.id,
    });
    const error = await refusal(api.attention.markThanked({ referralId: given.id, date: TODAY }));
    expect(error.message).toBe(REMINDER_MESSAGES.notReceived);
    await api.referrals.trash(referral.id);
    await expect(
      api.attention.markThanked({ referralId: referral.id, date: TODAY }),
    ).rejects.toThrow('That referral no longer exists');
    expect(await api.interactions.list()).toEqual([]);
  });

  it('snoozes and dismisses by decision, each with Undo', async () => {
    const { api, referral } = await setUp();
    const [item] = (await api.attention.dueItems(TODAY, END)).filter((i) => i.reason === 'thank');
    const snooze = await api.attention.snooze(item!, '2026-03-21');
    expect(snooze).toMatchObject({
      itemKey: item!.key,
      snoozedUntil: '2026-03-21',
      reason: 'thank',
    });
    expect(keysOf(await api.attention.dueItems(TODAY, END))).not.toContain(item!.key);
    const later = await api.attention.dueItems(TODAY, '2026-03-22');
    expect(later.find((i) => i.key === item!.key)?.dueDate).toBe('2026-03-21');
    await api.attention.undoSnooze(snooze);
    expect(keysOf(await api.attention.dueItems(TODAY, END))).toContain(item!.key);

    const dismissal = await api.attention.dismiss(item!);
    expect(dismissal.dismissedDate).toBe(TODAY);
    expect(keysOf(await api.attention.dueItems(TODAY, '2027-01-01'))).not.toContain(item!.key);
    await api.attention.undoDismiss(dismissal);
    expect(keysOf(await api.attention.dueItems(TODAY, END))).toContain(
      `thank:referral:${referral.id}`,
    );
  });

  it('refuses a snooze to today or earlier', async () => {
    const { api } = await setUp();
    const [item] = await api.attention.dueItems(TODAY, END);
    for (const until of [TODAY, '2026-03-01', 'next week']) {
      const error = await refusal(api.attention.snooze(item!, until));
      expect(error.fields).toEqual({ snoozedUntil: REMINDER_MESSAGES.snoozeDate });
    }
    expect(await api.reminders.list()).toEqual([]);
  });

  it('adds custom reminders for one person or partner, done with Undo', async () => {
    const { api, dana, ruiz } = await setUp();
    await refusal(api.attention.addReminder({ dueDate: TODAY }));
    await refusal(
      api.attention.addReminder({ personId: dana.id, partnerId: ruiz.id, dueDate: TODAY }),
    );
    const bad = await refusal(
      api.attention.addReminder({ personId: dana.id, dueDate: '2026-02-30' }),
    );
    expect(bad.fields.dueDate).toBe('Enter a real date (year-month-day).');
    await api.people.trash(dana.id);
    const gone = await refusal(api.attention.addReminder({ personId: dana.id, dueDate: TODAY }));
    expect(gone.message).toBe(REMINDER_MESSAGES.gone);
    expect(await api.reminders.list()).toEqual([]);

    const reminder = await api.attention.addReminder({
      partnerId: ruiz.id,
      dueDate: '2026-03-13',
      note: 'Send the new brochure',
    });
    const custom = (await api.attention.dueItems(TODAY, END)).filter((i) => i.reason === 'custom');
    expect(custom).toEqual([
      expect.objectContaining({ explanation: 'Send the new brochure', reminderId: reminder.id }),
    ]);
    await api.attention.completeReminder(reminder.id);
    expect((await api.attention.dueItems(TODAY, END)).some((i) => i.reason === 'custom')).toBe(
      false,
    );
    await api.attention.undoCompleteReminder(reminder.id);
    expect((await api.attention.dueItems(TODAY, END)).some((i) => i.reason === 'custom')).toBe(
      true,
    );
  });

  it('finds keep-in-touch and birthdays through their indexes', async () => {
    const { api, clock } = await setUp();
    const lee = await api.people.create({ name: 'Lee Chen', cadenceDays: 30 });
    const sam = await api.people.create({ name: 'Sam Okafor', cadenceDays: 30 });
    const ana = await api.people.create({ name: 'Ana Lima', cadenceDays: 7 });
    await api.people.create({ name: 'Leap Day', birthday: { month: 2, day: 29 } });
    await api.people.create({ name: 'Ides', birthday: { month: 3, day: 15 } });
    await api.people.create({ name: 'Missed', birthday: { month: 3, day: 13 } });
    await api.interactions.create({ date: '2026-02-01', personIds: [lee.id], summary: 'Coffee' });
    await api.interactions.create({ date: '2026-03-10', personIds: [sam.id], summary: 'Lunch' });
    clock.advance(10 * 24 * 60 * 60 * 1000); // 24 March: Ana, never met, is due
    const items = await api.attention.dueItems('2026-03-24', '2026-03-29');
    const names = (reason: string) =>
      items.filter((i) => i.reason === reason).map((i) => i.subject.name);
    // Ruiz Insurance, active and added on the 14th, is due 30 days later: not yet.
    expect(names('keep-in-touch')).toEqual(['Lee Chen', 'Ana Lima']);
    expect(names('birthday')).toEqual([]);
    const march = await api.attention.dueItems('2026-03-14', '2026-03-15');
    expect(march.filter((i) => i.reason === 'birthday').map((i) => i.subject.name)).toEqual([
      'Ides',
    ]);
    const february = await api.attention.dueItems('2027-02-25', '2027-03-01');
    expect(february.find((i) => i.reason === 'birthday')).toMatchObject({
      subject: { name: 'Leap Day' },
      dueDate: '2027-02-28',
    });
    expect(ana.id).toBeTruthy();
  });

  it('counts what was done in a week, and suggests who could use a call', async () => {
    const { api, dana, ruiz, referral } = await setUp();
    await api.attention.markThanked({ referralId: referral.id, date: '2026-03-13' });
    await api.interactions.create({ date: '2026-03-09', partnerIds: [ruiz.id], summary: 'Lunch' });
    await api.interactions.create({ date: '2026-03-02', personIds: [dana.id], summary: 'Old' });
    const { start, end } = weekRange('2026-03-13', 1);
    const done = await api.attention.doneThisWeek(start, end);
    expect(done).toEqual({
      thanks: [
        {
          id: expect.any(String),
          date: '2026-03-13',
          text: 'Thank-you for referring The Patels · Dana Ruiz',
        },
      ],
      touches: [{ id: expect.any(String), date: '2026-03-09', text: 'Lunch · Ruiz Insurance' }],
      received: [{ id: referral.id, date: '2026-03-10', text: 'Dana Ruiz sent you The Patels' }],
      given: [],
    });
    const quiet = await api.partners.create({ name: 'Quiet Dental', status: 'active' });
    const suggestions = await api.attention.suggestions(TODAY);
    expect(suggestions.map((s) => s.subject.name)).toEqual([quiet.name, ruiz.name]);
  });

  // Filling fake-indexeddb with the quick reference dataset takes a few seconds.
  it('finds exactly what the engine finds over every record', { timeout: 60_000 }, async () => {
    const today = '2026-01-15';
    const data = generateReferenceDataset({ size: QUICK_SIZE, today });
    const { api, db } = testApi();
    await db.transaction('rw', db.tables, async () => {
      await db.people.bulkAdd(data.people);
      await db.partners.bulkAdd(data.partners);
      await db.interactions.bulkAdd(data.interactions);
      await db.referrals.bulkAdd(data.referrals);
      await db.reminders.bulkAdd(data.reminders);
      await db.settings.put(data.settings);
    });
    // Then with a champions cadence too, which brings in people the view does not keep.
    const withChampions = { ...data.settings.cadenceDefaults, champions: 21 };
    for (const cadenceDefaults of [data.settings.cadenceDefaults, withChampions]) {
      await db.settings.put({ ...data.settings, cadenceDefaults });
      for (const until of ['2026-01-18', '2026-02-12']) {
        const everything = dueItems({ ...data, cadenceDefaults }, today);
        const expected = everything.filter((item) => item.dueDate <= until);
        const found = await api.attention.dueItems(today, until);
        expect(found.length).toBeGreaterThan(10);
        expect(found).toEqual(expected);
      }
    }
  });
});
