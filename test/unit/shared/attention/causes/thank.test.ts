import { describe, expect, it } from 'vitest';
import { thank } from '../../../../../shared/attention/causes/thank';
import { interaction, person, referral } from '../records';
import { keysOf, snoozed } from './table';

const people = [person('dana', 'Dana Ruiz'), person('pat', 'Pat Lee')];
const sent = referral('r1', '2026-11-10', { referrerPersonId: 'dana', introducedPersonId: 'pat' });
const link = (kind: 'thank-you' | 'gift' | 'call', more = {}) =>
  interaction(`i-${kind}`, '2026-11-12', { kind, referralId: 'r1', personIds: ['dana'], ...more });

describe('cause: thank', () => {
  it.each([
    ['a received referral', [sent], [], ['thank:referral:r1']],
    ['a given referral', [{ ...sent, direction: 'given' as const }], [], []],
    ['a referral in the Trash', [{ ...sent, deletedAt: 1 }], [], []],
    ['thanked with a thank-you', [sent], [link('thank-you')], []],
    ['thanked with a gift', [sent], [link('gift')], []],
    ['only a call linked (not a thank-you)', [sent], [link('call')], ['thank:referral:r1']],
    [
      'its thank-you in the Trash',
      [sent],
      [link('thank-you', { deletedAt: 1 })],
      ['thank:referral:r1'],
    ],
  ])('%s', (_, referrals, interactions, expected) => {
    expect(keysOf(thank, { people, referrals, interactions })).toEqual(expected);
  });

  it('stays snoozed, and a new referral is a new item', () => {
    const second = { ...sent, id: 'r2' };
    const reminders = [snoozed('thank:referral:r1')];
    const items = keysOf(thank, { people, referrals: [sent, second], reminders }, '2026-11-20');
    expect(items).toEqual(['thank:referral:r2']);
  });
});
