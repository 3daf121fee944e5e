import { describe, expect, it } from 'vitest';
import {
  REFERRAL_MESSAGES,
  howWeMetText,
  nextStatus,
  referralProblems,
  settleReferral,
  type ReferralFields,
} from '../../../shared/referral-rules';

const received: ReferralFields = {
  direction: 'received',
  date: '2026-11-03',
  referrerPersonId: 'dana',
  introducedPersonId: 'patel',
  warmth: 'introduction',
  status: 'new',
};
const given: ReferralFields = {
  direction: 'given',
  date: '2026-11-03',
  introducedPersonId: 'lee',
  partnerId: 'ruiz',
  warmth: 'name only',
  status: 'new',
};

describe('referralProblems', () => {
  it('accepts a complete received and a complete given referral', () => {
    expect(referralProblems(received)).toEqual({});
    expect(referralProblems(given)).toEqual({});
    expect(
      referralProblems({ ...received, referrerPersonId: undefined, referrerPartnerId: 'ruiz' }),
    ).toEqual({});
  });

  it.each<[string, ReferralFields, Record<string, string>]>([
    [
      'the same person as referrer and introduced',
      { ...received, introducedPersonId: 'dana' },
      { introducedPersonId: REFERRAL_MESSAGES.samePerson },
    ],
    [
      'a received referral without a referrer',
      { ...received, referrerPersonId: undefined },
      { referrerPersonId: REFERRAL_MESSAGES.noReferrer },
    ],
    [
      'a received referral without the person introduced',
      { ...received, introducedPersonId: undefined },
      { introducedPersonId: REFERRAL_MESSAGES.noIntroduced },
    ],
    [
      'a given referral without a partner',
      { ...given, partnerId: undefined },
      { partnerId: REFERRAL_MESSAGES.noPartner },
    ],
    [
      'a given referral without the person sent',
      { ...given, introducedPersonId: undefined },
      { introducedPersonId: REFERRAL_MESSAGES.noClient },
    ],
    [
      'won without a value',
      { ...received, status: 'won', closedDate: '2026-11-10' },
      { value: REFERRAL_MESSAGES.wonNoValue },
    ],
    [
      'won without a closed date',
      { ...received, status: 'won', value: 100 },
      { closedDate: REFERRAL_MESSAGES.wonNoDate },
    ],
    [
      'closed the day before the referral',
      { ...received, status: 'lost', closedDate: '2026-11-02' },
      { closedDate: REFERRAL_MESSAGES.closedBeforeDate },
    ],
  ])('refuses %s', (_case, referral, problems) => {
    expect(referralProblems(referral)).toEqual(problems);
  });

  it('accepts closing on the day of the referral, and won with a value of zero', () => {
    expect(
      referralProblems({ ...received, status: 'won', closedDate: '2026-11-03', value: 0 }),
    ).toEqual({});
  });
});

describe('settleReferral', () => {
  it('drops the referrer of a given referral and the partner of a received one', () => {
    expect(settleReferral({ ...given, referrerPersonId: 'x', referrerPartnerId: 'y' })).toEqual(
      given,
    );
    expect(settleReferral({ ...received, partnerId: 'ruiz' })).toEqual(received);
  });

  it('clears closing details when a referral is open again, and the value when lost', () => {
    const won = { ...received, status: 'won' as const, closedDate: '2026-11-09', value: 5 };
    expect(settleReferral({ ...won, status: 'met' })).toEqual({ ...received, status: 'met' });
    expect(settleReferral({ ...won, status: 'lost' })).toEqual({
      ...received,
      status: 'lost',
      closedDate: '2026-11-09',
    });
  });
});

describe('words', () => {
  it('writes how we met from the referrer and the date', () => {
    expect(howWeMetText('Dana Ruiz', '2026-11-03')).toBe('Introduced by Dana Ruiz, 3 Nov 2026');
  });

  it('moves new → contacted → met → won, and stops once closed', () => {
    expect(nextStatus('new')).toBe('contacted');
    expect(nextStatus('contacted')).toBe('met');
    expect(nextStatus('met')).toBe('won');
    expect(nextStatus('won')).toBeUndefined();
    expect(nextStatus('lost')).toBeUndefined();
  });
});
