import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dueItems } from '../../../../shared/attention/engine';
import {
  countThisWeek,
  describeWhen,
  nextWeekItems,
  thisWeekItems,
  weekRange,
} from '../../../../shared/attention/week';
import type { DueItem } from '../../../../shared/attention/types';
import { input, interaction, partner, person, referral, reminder, type Records } from './records';

const dana = person('dana', 'Dana Ruiz');
const patels = person('patels', 'the Patels');
const lees = person('lees', 'the Lees');
const thankPatels = referral('r1', '2026-11-03', {
  referrerPersonId: 'dana',
  introducedPersonId: 'patels',
});
const decision = (id: string, itemKey: string, more = {}) =>
  reminder(id, { reason: 'thank', personId: 'dana', dueDate: '2026-11-05', itemKey, ...more });

describe('decisions: snooze and dismiss', () => {
  const base: Records = { people: [dana, patels, lees], referrals: [thankPatels] };
  const keys = (records: Records) =>
    dueItems(input(records), '2026-11-20').map((i) => `${i.key}@${i.dueDate}`);

  it('a snooze moves the item to its date; a dismissal hides it', () => {
    const snoozed = decision('d1', 'thank:referral:r1', { snoozedUntil: '2026-11-27' });
    expect(keys({ ...base, reminders: [snoozed] })).toEqual(['thank:referral:r1@2026-11-27']);
    const dismissed = decision('d1', 'thank:referral:r1', { dismissedDate: '2026-11-20' });
    expect(keys({ ...base, reminders: [dismissed] })).toEqual([]);
    expect(keys({ ...base, reminders: [{ ...dismissed, deletedAt: 1 }] })).toEqual([
      'thank:referral:r1@2026-11-05',
    ]);
  });

  it('the latest decision about an item wins', () => {
    const first = decision('d1', 'thank:referral:r1', { snoozedUntil: '2026-11-27' });
    const later = {
      ...decision('d2', 'thank:referral:r1', { snoozedUntil: '2026-11-21' }),
      updatedAt: first.updatedAt + 1,
    };
    expect(keys({ ...base, reminders: [later, first] })).toEqual(['thank:referral:r1@2026-11-21']);
  });

  it('dismissed, then a new referral from the same person: the new one is due', () => {
    const dismissed = decision('d1', 'thank:referral:r1', { dismissedDate: '2026-11-06' });
    const again = referral('r2', '2026-11-15', {
      referrerPersonId: 'dana',
      introducedPersonId: 'lees',
    });
    expect(keys({ ...base, referrals: [thankPatels, again], reminders: [dismissed] })).toEqual([
      'thank:referral:r2@2026-11-17',
    ]);
  });

  it('snoozed, then a new touch makes it due again later: the snooze no longer applies', () => {
    const lee = person('lee', 'Lee Chen', { cadenceDays: 7 });
    const first = interaction('i1', '2026-11-01', { personIds: ['lee'] });
    const snoozed = decision('d1', 'keep-in-touch:person:lee:2026-11-01', {
      reason: 'keep-in-touch',
      snoozedUntil: '2026-12-31',
    });
    expect(keys({ people: [lee], interactions: [first], reminders: [snoozed] })).toEqual([
      'keep-in-touch:person:lee:2026-11-01@2026-12-31',
    ]);
    const second = interaction('i2', '2026-11-10', { personIds: ['lee'] });
    expect(keys({ people: [lee], interactions: [first, second], reminders: [snoozed] })).toEqual([
      'keep-in-touch:person:lee:2026-11-10@2026-11-17',
    ]);
  });

  it('a custom reminder can be snoozed and dismissed like any item', () => {
    const own = reminder('m1', { personId: 'dana', dueDate: '2026-11-18' });
    const snoozed = decision('d1', 'custom:reminder:m1', {
      reason: 'custom',
      snoozedUntil: '2026-11-25',
    });
    expect(keys({ people: [dana], reminders: [own, snoozed] })).toEqual([
      'custom:reminder:m1@2026-11-25',
    ]);
  });
});

const item = (
  key: string,
  reason: DueItem['reason'],
  dueDate: string,
  name = 'Dana Ruiz',
): DueItem => ({
  key,
  reason,
  subject: { kind: 'person', id: key, name },
  dueDate,
  explanation: key,
  personIds: [key],
  partnerIds: [],
});

describe('due by a given day', () => {
  const today = '2026-11-20';
  const until = '2026-11-29';
  const lee = person('lee', 'Lee Chen', { cadenceDays: 30 });
  const sam = person('sam', 'Sam Okafor', { birthday: { month: 12, day: 24 } });
  const ana = person('ana', 'Ana Lopez', { cadenceDays: 7 });
  const records: Records = {
    people: [dana, patels, lee, sam, ana],
    referrals: [thankPatels],
    interactions: [
      interaction('i1', '2026-11-10', { personIds: ['lee'] }),
      interaction('i2', '2026-11-15', { personIds: ['ana'] }),
    ],
  };
  const byDay = (items: DueItem[]) => items.filter((item) => item.dueDate <= until);

  it('leaves out what falls later, and gives the rest exactly as in full', () => {
    const full = dueItems(input(records), today);
    expect(full.some((item) => item.dueDate > until)).toBe(true);
    expect(dueItems(input(records), today, until)).toEqual(byDay(full));
  });

  it('still finds a later item the owner has snoozed to an earlier day', () => {
    // Lee is due on 10 Dec; a snooze to 25 Nov brings the item into the days asked for.
    const snoozed = reminder('d1', {
      reason: 'keep-in-touch',
      personId: 'lee',
      dueDate: '2026-12-10',
      itemKey: 'keep-in-touch:person:lee:2026-11-10',
      snoozedUntil: '2026-11-25',
    });
    const withDecision = input({ ...records, reminders: [snoozed] });
    const limited = dueItems(withDecision, today, until);
    expect(limited.map((item) => item.key)).toContain('keep-in-touch:person:lee:2026-11-10');
    expect(byDay(limited)).toEqual(byDay(dueItems(withDecision, today)));
  });
});

describe('the week', () => {
  it.each([
    // today (Thursday 19 Nov 2026), week starts on
    ['2026-11-19', 0, '2026-11-15', '2026-11-21'],
    ['2026-11-19', 1, '2026-11-16', '2026-11-22'],
    ['2026-11-15', 0, '2026-11-15', '2026-11-21'], // Sunday, week starting Sunday
    ['2026-11-15', 1, '2026-11-09', '2026-11-15'], // Sunday, week starting Monday
    ['2026-12-31', 1, '2026-12-28', '2027-01-03'], // across the year end
    ['2028-02-29', 1, '2028-02-28', '2028-03-05'], // leap day
    ['2026-11-19', 6, '2026-11-14', '2026-11-20'], // week starting Saturday
  ])('around %s starting on day %i runs %s to %s', (today, startsOn, start, end) => {
    expect(weekRange(today, startsOn)).toEqual({ start, end });
  });

  const items = [
    item('sun', 'thank', '2026-11-22'),
    item('old', 'keep-in-touch', '2026-10-01'),
    item('thu', 'thank', '2026-11-19'),
    item('late', 'thank', '2026-11-02', 'Abe Lincoln'),
    item('next', 'birthday', '2026-11-25'),
    item('far', 'custom', '2026-12-25'),
  ];

  it('lists everything due by the end of the week, overdue first, grouped by reason', () => {
    const monday = thisWeekItems(items, '2026-11-19', 1);
    expect(monday.map((g) => [g.title, g.items.map((i) => i.key)])).toEqual([
      ['Thank', ['late', 'thu', 'sun']],
      ['Keep in touch', ['old']],
    ]);
    // With weeks starting on Sunday, Sunday the 22nd is next week.
    const sunday = thisWeekItems(items, '2026-11-19', 0);
    expect(sunday[0]!.items.map((i) => i.key)).toEqual(['late', 'thu']);
    expect(nextWeekItems(items, '2026-11-19', 0).map((g) => g.items.map((i) => i.key))).toEqual([
      ['sun'],
      ['next'],
    ]);
    expect(countThisWeek(items, '2026-11-19', 1)).toBe(4);
  });

  it('orders groups as the screen shows them', () => {
    const all = [
      item('c', 'custom', '2026-11-19'),
      item('b', 'birthday', '2026-11-19'),
      item('k', 'keep-in-touch', '2026-11-19'),
      item('f', 'follow-up', '2026-11-19'),
      item('g', 'gift', '2026-11-19'),
      item('t', 'thank', '2026-11-19'),
    ];
    expect(thisWeekItems(all, '2026-11-19', 1).map((g) => g.title)).toEqual([
      'Thank',
      'Gifts for closed business',
      'Follow up',
      'Keep in touch',
      'Birthdays',
      'Reminders',
    ]);
  });

  it.each([
    ['2026-11-16', '2026-11-19', 'overdue by 3 days'],
    ['2026-11-18', '2026-11-19', 'overdue by 1 day'],
    ['2026-11-19', '2026-11-19', 'today'],
    ['2026-11-20', '2026-11-19', 'tomorrow'],
    ['2026-11-25', '2026-11-19', 'Wednesday'],
    ['2026-11-26', '2026-11-19', '26 Nov'],
    ['2027-01-02', '2026-12-30', 'Saturday'],
    ['2027-02-10', '2026-12-30', '10 Feb 2027'],
    ['2024-02-28', '2024-03-01', 'overdue by 2 days'], // across a leap day
  ])('due %s seen on %s is “%s”', (due, today, words) => {
    expect(describeWhen(due, today)).toBe(words);
  });
});

describe.each(['America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Pacific/Apia'])(
  'in %s, across daylight saving changes',
  (zone) => {
    let saved: string | undefined;
    beforeEach(() => {
      saved = process.env.TZ;
      process.env.TZ = zone;
    });
    afterEach(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });

    it.each([
      ['2026-03-10', 0, '2026-03-08', '2026-03-14'], // US spring forward, 8 Mar
      ['2026-11-03', 0, '2026-11-01', '2026-11-07'], // US fall back, 1 Nov
      ['2026-03-30', 1, '2026-03-30', '2026-04-05'], // EU spring forward, 29 Mar
      ['2026-10-26', 1, '2026-10-26', '2026-11-01'], // EU fall back, 25 Oct
      ['2026-04-06', 1, '2026-04-06', '2026-04-12'], // Sydney fall back, 5 Apr
    ])('the week of %s (start %i) is %s to %s', (today, startsOn, start, end) => {
      expect(weekRange(today, startsOn)).toEqual({ start, end });
    });

    it('counts whole days over the change', () => {
      expect(describeWhen('2026-03-07', '2026-03-09')).toBe('overdue by 2 days');
      expect(describeWhen('2026-10-26', '2026-10-24')).toBe('Monday');
      const lee = person('lee', 'Lee Chen', { cadenceDays: 7 });
      const touch = interaction('i1', '2026-03-05', { personIds: ['lee'] });
      expect(
        dueItems(input({ people: [lee], interactions: [touch] }), '2026-03-10')[0]?.dueDate,
      ).toBe('2026-03-12');
    });
  },
);

describe('keys', () => {
  const date = fc
    .date({ min: new Date(2024, 0, 1), max: new Date(2027, 11, 31), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const ids = ['a', 'b', 'c', 'd'];
  const id = fc.constantFrom(...ids);
  const records = fc.record({
    referrals: fc.array(
      fc.record({
        id: fc.uuid(),
        date,
        direction: fc.constantFrom('received' as const, 'given' as const),
        status: fc.constantFrom('new' as const, 'met' as const, 'won' as const),
        who: id,
        other: id,
      }),
      { maxLength: 8 },
    ),
    interactions: fc.array(
      fc.record({ id: fc.uuid(), date, who: id, followUp: fc.option(date, { nil: undefined }) }),
      { maxLength: 8 },
    ),
    cadences: fc.array(fc.option(fc.integer({ min: 1, max: 90 }), { nil: undefined }), {
      minLength: 4,
      maxLength: 4,
    }),
  });

  it('are unique, and the same on every run and in any order', () => {
    fc.assert(
      fc.property(records, date, ({ referrals, interactions, cadences }, today) => {
        const built = input({
          people: ids.map((key, index) =>
            person(key, `Person ${key}`, {
              partnerId: 'p',
              cadenceDays: cadences[index],
              birthday: { month: 2, day: 29 },
            }),
          ),
          partners: [partner('p', 'Partner', { status: 'active' })],
          referrals: referrals.map((r) =>
            referral(r.id, r.date, {
              direction: r.direction,
              status: r.status,
              ...(r.status === 'won' ? { closedDate: r.date, value: 1 } : {}),
              ...(r.direction === 'received'
                ? { referrerPersonId: r.who, introducedPersonId: r.other }
                : { introducedPersonId: r.who, partnerId: 'p' }),
            }),
          ),
          interactions: interactions.map((i) =>
            interaction(i.id, i.date, { personIds: [i.who], followUpDate: i.followUp }),
          ),
        });
        const first = dueItems(built, today).map((i) => i.key);
        expect(new Set(first).size).toBe(first.length);
        expect(dueItems(built, today).map((i) => i.key)).toEqual(first);
        const reversed = {
          ...built,
          people: [...built.people].reverse(),
          referrals: [...built.referrals].reverse(),
          interactions: [...built.interactions].reverse(),
        };
        expect(
          dueItems(reversed, today)
            .map((i) => i.key)
            .sort(),
        ).toEqual([...first].sort());
      }),
    );
  });
});
