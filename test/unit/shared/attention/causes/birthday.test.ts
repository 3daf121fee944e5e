import { describe, expect, it } from 'vitest';
import { birthday } from '../../../../../shared/attention/causes/birthday';
import { person } from '../records';
import { keysOf, snoozed } from './table';

const born = (month: number, day: number, more = {}) =>
  person('dana', 'Dana Ruiz', { birthday: { month, day }, ...more });

describe('cause: birthday', () => {
  it.each([
    ['a birthday later this year', [born(11, 20)], '2026-11-16', ['birthday:person:dana:2026']],
    ['no birthday', [person('dana', 'Dana Ruiz')], '2026-11-16', []],
    ['in the Trash', [born(11, 20, { deletedAt: 1 })], '2026-11-16', []],
    ['the day passed: not before next year', [born(11, 20)], '2026-11-21', []],
  ])('%s', (_, people, today, expected) => {
    expect(keysOf(birthday, { people }, today)).toEqual(expected);
  });

  it('stays dismissed this year, and next year is a new item', () => {
    const dismissed = { ...snoozed('birthday:person:dana:2026'), dismissedDate: '2026-11-16' };
    expect(keysOf(birthday, { people: [born(11, 20)], reminders: [dismissed] })).toEqual([]);
    expect(
      keysOf(
        birthday,
        { people: [born(11, 20)], reminders: [dismissed] },
        '2026-11-21',
        '2027-12-31',
      ),
    ).toEqual(['birthday:person:dana:2027']);
  });
});
