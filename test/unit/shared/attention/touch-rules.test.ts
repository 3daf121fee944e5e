import { describe, expect, it } from 'vitest';
import { dueItems } from '../../../../shared/attention/engine';
import { birthdayIn, nextBirthday } from '../../../../shared/attention/causes/birthday';
import {
  at,
  input,
  interaction,
  partner,
  person,
  referral,
  reminder,
  type Records,
} from './records';

const TODAY = '2026-11-20';
const itemsOf = (reason: string, records: Records, today = TODAY) =>
  dueItems(input(records), today).filter((item) => item.reason === reason);

const dana = person('dana', 'Dana Ruiz');
const sam = person('sam', 'Sam Okafor');
const ruiz = partner('ruiz', 'Ruiz Insurance', { status: 'active' });

describe('follow-up: the date set on an interaction', () => {
  const coffee = interaction('i1', '2026-11-01', {
    personIds: ['dana'],
    partnerIds: ['ruiz'],
    summary: 'Coffee at Luigi’s',
    followUpDate: '2026-11-10',
  });

  it('is due on that date, naming everyone in it', () => {
    expect(
      itemsOf('follow-up', { people: [dana], partners: [ruiz], interactions: [coffee] }),
    ).toEqual([
      {
        key: 'follow-up:interaction:i1:2026-11-10',
        reason: 'follow-up',
        subject: { kind: 'person', id: 'dana', name: 'Dana Ruiz' },
        dueDate: '2026-11-10',
        explanation: 'Follow up with Dana Ruiz and Ruiz Insurance on “Coffee at Luigi’s” (1 Nov)',
        interactionId: 'i1',
        personIds: ['dana'],
        partnerIds: ['ruiz'],
      },
    ]);
  });

  it.each([
    ['a later interaction with Dana', interaction('i2', '2026-11-05', { personIds: ['dana'] }), 0],
    ['a later one with the partner', interaction('i2', '2026-11-05', { partnerIds: ['ruiz'] }), 0],
    ['a later one with someone else', interaction('i2', '2026-11-05', { personIds: ['sam'] }), 1],
    ['an earlier one with Dana', interaction('i2', '2026-10-20', { personIds: ['dana'] }), 1],
    [
      'a later one with Dana in the Trash',
      interaction('i2', '2026-11-05', { personIds: ['dana'], deletedAt: 1 }),
      1,
    ],
  ] as const)('with %s: %i item', (_, other, count) => {
    const records = { people: [dana, sam], partners: [ruiz], interactions: [coffee, other] };
    expect(itemsOf('follow-up', records)).toHaveLength(count);
  });

  it('is gone when the interaction, or everyone in it, is in the Trash', () => {
    expect(
      itemsOf('follow-up', { people: [dana], interactions: [{ ...coffee, deletedAt: 1 }] }),
    ).toEqual([]);
    expect(
      itemsOf('follow-up', { people: [{ ...dana, deletedAt: 1 }], interactions: [coffee] }),
    ).toEqual([]);
  });
});

describe('keep in touch', () => {
  const touched = (
    id: string,
    date: string,
    who: { personIds?: string[]; partnerIds?: string[] },
  ) => interaction(id, date, { personIds: [], partnerIds: [], ...who });

  it('is due a cadence after the last touch, and a new touch is a new item', () => {
    const lee = person('lee', 'Lee Chen', { cadenceDays: 30 });
    const first = touched('i1', '2026-10-01', { personIds: ['lee'] });
    expect(itemsOf('keep-in-touch', { people: [lee], interactions: [first] })).toEqual([
      {
        key: 'keep-in-touch:person:lee:2026-10-01',
        reason: 'keep-in-touch',
        subject: { kind: 'person', id: 'lee', name: 'Lee Chen' },
        dueDate: '2026-10-31',
        explanation: 'Last in touch with Lee Chen on 1 Oct — you keep in touch every 30 days',
        personIds: ['lee'],
        partnerIds: [],
      },
    ]);
    const again = touched('i2', '2026-11-15', { personIds: ['lee'] });
    expect(itemsOf('keep-in-touch', { people: [lee], interactions: [first, again] })).toEqual([
      expect.objectContaining({
        key: 'keep-in-touch:person:lee:2026-11-15',
        dueDate: '2026-12-15',
      }),
    ]);
  });

  it('counts from when they were added if never met', () => {
    const lee = person('lee', 'Lee Chen', { cadenceDays: 14, createdAt: at('2026-10-10') });
    expect(itemsOf('keep-in-touch', { people: [lee] })).toEqual([
      expect.objectContaining({
        key: 'keep-in-touch:person:lee:created',
        dueDate: '2026-10-24',
        explanation:
          'No contact with Lee Chen since you added them on 10 Oct — you keep in touch every 14 days',
      }),
    ]);
  });

  it.each([
    ['an active partner, by default', { status: 'active' }, { active: 30 }, '2026-10-11'],
    ['a paused partner without a default', { status: 'paused' }, { active: 30 }, undefined],
    ['a paused partner with a default', { status: 'paused' }, { paused: 90 }, '2026-12-10'],
    ['a prospect with its own cadence', { status: 'prospect', cadenceDays: 7 }, {}, '2026-09-18'],
    [
      'an active partner with its own cadence',
      { status: 'active', cadenceDays: 60 },
      { active: 30 },
      '2026-11-10',
    ],
  ] as const)('%s', (_, fields, cadenceDefaults, due) => {
    const firm = partner('p', 'Okafor Dental', fields);
    const records = {
      partners: [firm],
      interactions: [touched('i', '2026-09-11', { partnerIds: ['p'] })],
      cadenceDefaults,
    };
    expect(itemsOf('keep-in-touch', records).map((item) => item.dueDate)).toEqual(due ? [due] : []);
  });

  const twoReferrals = (
    from: { referrerPersonId?: string; referrerPartnerId?: string },
    dates = ['2026-03-01', '2026-09-01'],
  ) =>
    dates.map((date, index) => referral(`r${index}`, date, { ...from, introducedPersonId: 'x' }));

  it.each([
    ['two referrals this year', ['2026-03-01', '2026-09-01'], ['2026-10-11']],
    ['only one', ['2026-09-01'], []],
    ['one of them over a year ago', ['2025-11-19', '2026-09-01'], []],
    ['both exactly within a year', ['2025-11-20', '2026-09-01'], ['2026-10-11']],
  ] as const)('gives a champion person (%s) the champions cadence', (_, dates, due) => {
    const records = {
      people: [dana, person('x', 'Client')],
      referrals: twoReferrals({ referrerPersonId: 'dana' }, [...dates]),
      interactions: [touched('i', '2026-09-11', { personIds: ['dana'] })],
      cadenceDefaults: { champions: 30 },
    };
    expect(itemsOf('keep-in-touch', records).map((item) => item.dueDate)).toEqual(due);
  });

  it('gives a champion partner the shorter of its status default and the champions one', () => {
    const staff = person('dana', 'Dana Ruiz', { partnerId: 'ruiz' });
    const records = {
      people: [staff, person('x', 'Client')],
      partners: [ruiz],
      // Two referrals from Dana, who works there, count for the partner too.
      referrals: twoReferrals({ referrerPersonId: 'dana' }),
      interactions: [touched('i', '2026-11-01', { partnerIds: ['ruiz'] })],
      cadenceDefaults: { active: 30, champions: 14 },
    };
    const partnerItem = itemsOf('keep-in-touch', records).find(
      (item) => item.subject.id === 'ruiz',
    );
    expect(partnerItem?.dueDate).toBe('2026-11-15');
  });

  it('leaves out people and partners in the Trash', () => {
    const lee = person('lee', 'Lee Chen', { cadenceDays: 30, deletedAt: 1 });
    expect(
      itemsOf('keep-in-touch', { people: [lee], partners: [{ ...ruiz, deletedAt: 1 }] }),
    ).toEqual([]);
  });
});

describe('birthdays', () => {
  const born = (month: number, day: number, year?: number) =>
    person('dana', 'Dana Ruiz', { birthday: year ? { month, day, year } : { month, day } });

  it.each([
    ['later this week', born(11, 22), TODAY, '2026-11-22', 'Dana Ruiz has a birthday on 22 Nov'],
    ['today', born(11, 20, 1986), TODAY, '2026-11-20', 'Dana Ruiz turns 40 on 20 Nov'],
    [
      'yesterday: next year, never overdue',
      born(11, 19),
      TODAY,
      '2027-11-19',
      'Dana Ruiz has a birthday on 19 Nov 2027',
    ],
    [
      'across the year end',
      born(1, 2),
      '2026-12-30',
      '2027-01-02',
      'Dana Ruiz has a birthday on 2 Jan 2027',
    ],
    [
      '29 Feb in a common year',
      born(2, 29),
      '2027-02-01',
      '2027-02-28',
      'Dana Ruiz has a birthday on 28 Feb',
    ],
    [
      '29 Feb in a leap year',
      born(2, 29),
      '2028-02-01',
      '2028-02-29',
      'Dana Ruiz has a birthday on 29 Feb',
    ],
  ])('%s', (_, dana, today, due, explanation) => {
    expect(itemsOf('birthday', { people: [dana] }, today)).toEqual([
      {
        key: `birthday:person:dana:${due.slice(0, 4)}`,
        reason: 'birthday',
        subject: { kind: 'person', id: 'dana', name: 'Dana Ruiz' },
        dueDate: due,
        explanation,
        personIds: ['dana'],
        partnerIds: [],
      },
    ]);
  });

  it('finds the date with the leap-day rule', () => {
    expect(birthdayIn(2100, { month: 2, day: 29 })).toBe('2100-02-28'); // not a leap year
    expect(birthdayIn(2000, { month: 2, day: 29 })).toBe('2000-02-29');
    expect(nextBirthday({ month: 2, day: 28 }, '2027-02-28')).toBe('2027-02-28');
    expect(nextBirthday({ month: 2, day: 29 }, '2027-03-01')).toBe('2028-02-29');
  });
});

describe('custom reminders', () => {
  const call = reminder('m1', {
    personId: 'dana',
    dueDate: '2026-11-18',
    note: 'Ask about the conference',
  });

  it('are due until done', () => {
    const records = { people: [dana], reminders: [call] };
    expect(itemsOf('custom', records)).toEqual([
      {
        key: 'custom:reminder:m1',
        reason: 'custom',
        subject: { kind: 'person', id: 'dana', name: 'Dana Ruiz' },
        dueDate: '2026-11-18',
        explanation: 'Ask about the conference',
        reminderId: 'm1',
        personIds: ['dana'],
        partnerIds: [],
      },
    ]);
    const done = { ...call, doneDate: '2026-11-19' };
    expect(itemsOf('custom', { people: [dana], reminders: [done] })).toEqual([]);
  });

  it('say whom they are about without a note, and go with their subject or to the Trash', () => {
    const aboutRuiz = reminder('m2', { partnerId: 'ruiz' });
    expect(itemsOf('custom', { partners: [ruiz], reminders: [aboutRuiz] })[0]?.explanation).toBe(
      'Your reminder about Ruiz Insurance',
    );
    expect(
      itemsOf('custom', { partners: [{ ...ruiz, deletedAt: 1 }], reminders: [aboutRuiz] }),
    ).toEqual([]);
    expect(itemsOf('custom', { people: [dana], reminders: [{ ...call, deletedAt: 1 }] })).toEqual(
      [],
    );
  });
});
