import { describe, expect, it } from 'vitest';
import { gift } from '../../../../../shared/attention/causes/gift';
import { interaction, person, referral } from '../records';
import { keysOf, snoozed } from './table';

const people = [person('dana', 'Dana Ruiz'), person('pat', 'Pat Lee')];
const won = referral('r1', '2026-10-01', {
  referrerPersonId: 'dana',
  introducedPersonId: 'pat',
  status: 'won',
  closedDate: '2026-11-05',
});
const link = (kind: 'thank-you' | 'gift', date: string) =>
  interaction(`i-${kind}-${date}`, date, { kind, referralId: 'r1', personIds: ['dana'] });

describe('cause: gift', () => {
  it.each([
    ['a won referral', [won], [], ['gift:referral:r1:2026-11-05']],
    ['one still open', [{ ...won, status: 'met' as const }], [], []],
    ['a given one', [{ ...won, direction: 'given' as const }], [], []],
    ['a gift after it closed', [won], [link('gift', '2026-11-06')], []],
    [
      'a gift before it closed',
      [won],
      [link('gift', '2026-10-02')],
      ['gift:referral:r1:2026-11-05'],
    ],
    ['only a thank-you', [won], [link('thank-you', '2026-11-06')], ['gift:referral:r1:2026-11-05']],
  ])('%s', (_, referrals, interactions, expected) => {
    expect(keysOf(gift, { people, referrals, interactions })).toEqual(expected);
  });

  it('stays snoozed, and closing again on another day is a new item', () => {
    const reminders = [snoozed('gift:referral:r1:2026-11-05')];
    expect(keysOf(gift, { people, referrals: [won], reminders }, '2026-11-20')).toEqual([]);
    const again = { ...won, closedDate: '2026-11-08' };
    expect(keysOf(gift, { people, referrals: [again], reminders })).toEqual([
      'gift:referral:r1:2026-11-08',
    ]);
  });
});
