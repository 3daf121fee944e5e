import { describe, expect, it } from 'vitest';
import { followUpDate } from '../../../../../shared/attention/causes/follow-up-date';
import { interaction, person } from '../records';
import { keysOf, snoozed } from './table';

const people = [person('dana', 'Dana Ruiz'), person('sam', 'Sam Okafor')];
const meeting = interaction('i1', '2026-11-01', {
  personIds: ['dana'],
  followUpDate: '2026-11-10',
});
const later = (personIds: string[], more = {}) =>
  interaction('i2', '2026-11-05', { personIds, ...more });
const KEY = 'follow-up:interaction:i1:2026-11-10';

describe('cause: follow-up date', () => {
  it.each([
    ['a follow-up date', [meeting], [KEY]],
    ['no follow-up date', [{ ...meeting, followUpDate: undefined }], []],
    ['a later touch with them', [meeting, later(['dana'])], []],
    ['a later touch with someone else', [meeting, later(['sam'])], [KEY]],
    ['a later touch put in the Trash', [meeting, later(['dana'], { deletedAt: 1 })], [KEY]],
  ])('%s', (_, interactions, expected) => {
    expect(keysOf(followUpDate, { people, interactions })).toEqual(expected);
  });

  it('stays snoozed, and a new date is a new item', () => {
    const reminders = [snoozed(KEY)];
    expect(keysOf(followUpDate, { people, interactions: [meeting], reminders })).toEqual([]);
    const moved = { ...meeting, followUpDate: '2026-11-12' };
    expect(keysOf(followUpDate, { people, interactions: [moved], reminders })).toEqual([
      'follow-up:interaction:i1:2026-11-12',
    ]);
  });
});
