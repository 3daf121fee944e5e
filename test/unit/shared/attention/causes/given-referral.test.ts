import { describe, expect, it } from 'vitest';
import { givenReferral } from '../../../../../shared/attention/causes/given-referral';
import { interaction, partner, person, referral } from '../records';
import { keysOf, snoozed } from './table';

const people = [person('pat', 'Pat Lee'), person('sam', 'Sam Okafor')];
const partners = [partner('agency', 'Ruiz Agency')];
const given = referral('r1', '2026-10-20', {
  direction: 'given',
  introducedPersonId: 'pat',
  partnerId: 'agency',
});
const touch = (more: object) => interaction('i1', '2026-10-25', more);

describe('cause: follow-up on a given referral', () => {
  it.each([
    ['a given referral still open', [given], [], ['follow-up:referral:r1']],
    ['a received one', [{ ...given, direction: 'received' as const }], [], []],
    ['one already won', [{ ...given, status: 'won' as const, closedDate: '2026-10-30' }], [], []],
    ['the partner in touch since', [given], [touch({ partnerIds: ['agency'] })], []],
    ['the client in touch since', [given], [touch({ personIds: ['pat'] })], []],
    ['someone else in touch', [given], [touch({ personIds: ['sam'] })], ['follow-up:referral:r1']],
  ])('%s', (_, referrals, interactions, expected) => {
    expect(keysOf(givenReferral, { people, partners, referrals, interactions })).toEqual(expected);
  });

  it('stays snoozed, and another referral is a new item', () => {
    const reminders = [snoozed('follow-up:referral:r1')];
    const referrals = [given, { ...given, id: 'r2' }];
    expect(keysOf(givenReferral, { people, partners, referrals, reminders })).toEqual([
      'follow-up:referral:r2',
    ]);
  });
});
