import { describe, expect, it } from 'vitest';
import { custom } from '../../../../../shared/attention/causes/custom';
import { person, reminder } from '../records';
import { keysOf } from './table';

const people = [person('dana', 'Dana Ruiz')];
const mine = reminder('m1', { personId: 'dana', note: 'Send the brochure' });

describe('cause: custom reminder', () => {
  it.each([
    ['a reminder about someone', [mine], ['custom:reminder:m1']],
    ['done', [{ ...mine, doneDate: '2026-11-16' }], []],
    ['dismissed', [{ ...mine, dismissedDate: '2026-11-16' }], []],
    ['about no one', [{ ...mine, personId: undefined }], []],
    [
      'a decision about another item (not a reminder of its own)',
      [{ ...mine, itemKey: 'thank:referral:r1' }],
      [],
    ],
  ])('%s', (_, reminders, expected) => {
    expect(keysOf(custom, { people, reminders })).toEqual(expected);
  });

  it('moves to the day it is snoozed to, and a new reminder is a new item', () => {
    const later = { ...mine, snoozedUntil: '2026-12-01' };
    const another = reminder('m2', { personId: 'dana' });
    expect(keysOf(custom, { people, reminders: [later, another] })).toEqual(['custom:reminder:m2']);
    expect(keysOf(custom, { people, reminders: [later] }, '2026-11-16', '2026-12-01')).toEqual([
      'custom:reminder:m1',
    ]);
  });
});
