import { describe, expect, it } from 'vitest';
import { keepInTouch } from '../../../../../shared/attention/causes/keep-in-touch';
import { withKeepInTouchDue } from '../../../../../shared/cadence';
import { interaction, person } from '../records';
import { keysOf, snoozed } from './table';

const dana = withKeepInTouchDue(person('dana', 'Dana Ruiz', { cadenceDays: 30 }));
const touch = (date: string, personIds = ['dana']) => interaction(`i-${date}`, date, { personIds });
const stored = (lastTouch: string) => withKeepInTouchDue({ ...dana, lastTouch });

describe('cause: keep in touch', () => {
  it.each([
    ['on a cadence, untouched since added', [dana], [], ['keep-in-touch:person:dana:created']],
    ['no cadence', [person('dana', 'Dana Ruiz')], [], []],
    ['touched within the cadence', [stored('2026-11-01')], [touch('2026-11-01')], []],
    [
      'touched long ago',
      [stored('2026-09-01')],
      [touch('2026-09-01')],
      ['keep-in-touch:person:dana:2026-09-01'],
    ],
    [
      'touched only with someone else',
      [dana],
      [touch('2026-11-01', ['sam'])],
      ['keep-in-touch:person:dana:created'],
    ],
  ])('%s', (_, people, interactions, expected) => {
    expect(keysOf(keepInTouch, { people, interactions })).toEqual(expected);
  });

  it('stays snoozed, and a new touch is a new item', () => {
    const reminders = [snoozed('keep-in-touch:person:dana:2026-09-01')];
    const before = {
      people: [stored('2026-09-01')],
      interactions: [touch('2026-09-01')],
      reminders,
    };
    expect(keysOf(keepInTouch, before)).toEqual([]);
    const after = {
      people: [stored('2026-09-10')],
      interactions: [touch('2026-09-10')],
      reminders,
    };
    expect(keysOf(keepInTouch, after)).toEqual(['keep-in-touch:person:dana:2026-09-10']);
  });
});
