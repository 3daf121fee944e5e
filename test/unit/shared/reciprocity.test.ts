import { describe, expect, it } from 'vitest';
import {
  reciprocityByPartner,
  reciprocityFor,
  reciprocityNudge,
  tilts,
} from '../../../shared/reciprocity';

const people = [
  { id: 'dana', partnerId: 'ruiz' },
  { id: 'sam', partnerId: 'ruiz' },
  { id: 'gone', partnerId: 'ruiz', deletedAt: 5 },
  { id: 'lee' },
];

describe('reciprocityByPartner', () => {
  it('counts referrals by the partner and by its people, each once', () => {
    const referrals = [
      { direction: 'received' as const, referrerPartnerId: 'ruiz', status: 'new' },
      { direction: 'received' as const, referrerPersonId: 'dana', status: 'won', value: 1000 },
      {
        direction: 'received' as const,
        referrerPersonId: 'sam',
        referrerPartnerId: 'ruiz',
        status: 'won',
        value: 250,
      },
      { direction: 'received' as const, referrerPersonId: 'lee', status: 'new' },
      { direction: 'given' as const, partnerId: 'ruiz', status: 'won', value: 70 },
      { direction: 'given' as const, partnerId: 'other', status: 'met', value: 9 },
    ];
    const result = reciprocityByPartner(referrals, people);
    expect(result.get('ruiz')).toEqual({
      given: 1,
      received: 3,
      givenWonValue: 70,
      receivedWonValue: 1250,
    });
    expect(result.get('other')).toEqual({
      given: 1,
      received: 0,
      givenWonValue: 0,
      receivedWonValue: 0,
    });
    expect(result.size).toBe(2);
  });

  it('leaves out trashed referrals and the referrals of trashed people', () => {
    const referrals = [
      { direction: 'received' as const, referrerPartnerId: 'ruiz', status: 'new', deletedAt: 1 },
      { direction: 'given' as const, partnerId: 'ruiz', status: 'new', deletedAt: 1 },
      { direction: 'received' as const, referrerPersonId: 'gone', status: 'new' },
    ];
    expect(reciprocityFor('ruiz', referrals, people)).toEqual({
      given: 0,
      received: 0,
      givenWonValue: 0,
      receivedWonValue: 0,
    });
  });
});

describe('reciprocityNudge', () => {
  const counts = (given: number, received: number) => ({
    given,
    received,
    givenWonValue: 0,
    receivedWonValue: 0,
  });

  it.each([
    [4, 1, true],
    [3, 3, false],
    [0, 0, false],
    [1, 0, true],
    [0, 1, true],
    [4, 2, true],
    [10, 9, false],
  ])('given %i and received %i: tilts is %s', (given, received, expected) => {
    expect(tilts(counts(given, received))).toBe(expected);
  });

  it('says it plainly when the balance tilts, and nothing when it does not', () => {
    expect(reciprocityNudge('Ruiz Insurance', counts(1, 4))).toBe(
      'Ruiz Insurance has sent you 4 referrals; you have sent 1 — send one their way.',
    );
    expect(reciprocityNudge('Ruiz Insurance', counts(0, 1))).toBe(
      'Ruiz Insurance has sent you 1 referral; you have sent none — send one their way.',
    );
    expect(reciprocityNudge('Ruiz Insurance', counts(5, 0))).toBe(
      "You've sent 5 and received none — time to ask for introductions.",
    );
    expect(reciprocityNudge('Ruiz Insurance', counts(2, 2))).toBeUndefined();
  });
});
