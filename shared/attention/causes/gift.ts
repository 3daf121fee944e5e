/**
 * A gift when a referral becomes business: a received referral won on a closing date is
 * due a week later, until a gift dated on or after that day is linked to it.
 */
import { daysAfter, live } from '../context';
import { shortDate } from '../words';
import { defineCause, type MarkedReferral } from './cause';
import { introducedName, namedByReceived, referrer } from './referrer';

export const GIFT_AFTER_DAYS = 7;

/** The day a referral became business, if it did. */
const closedOn = (referral: Pick<MarkedReferral, 'status' | 'closedDate'>) =>
  referral.status === 'won' ? referral.closedDate : undefined;

export const gift = defineCause({
  name: 'gift',
  reason: 'gift',
  reads: {
    referrals: [
      'direction',
      'status',
      'closedDate',
      'referrerPersonId',
      'referrerPartnerId',
      'introducedPersonId',
    ],
    interactions: ['referralId', 'kind', 'date'],
  },
  resolvedBy: 'a gift linked to the referral, dated on or after it closed',
  actions: ['mark-thanked', 'log-touch', 'snooze', 'dismiss'],
  marks: {
    referral(referral, links) {
      const closed = closedOn(referral);
      if (referral.direction !== 'received' || closed === undefined) return false;
      return !live(links).some((link) => link.kind === 'gift' && link.date >= closed);
    },
  },
  keeps: {
    referral: (referral) => referral.awaitingThanks === 1,
    // Whether a gift came since it closed is read from its links.
    links: (referral) => referral.awaitingThanks === 1 && referral.status === 'won',
  },
  names: {
    referral: (referral) => (referral.direction === 'received' ? namedByReceived(referral) : []),
  },
  indexed: [{ table: 'referrals', index: 'awaitingThanks', equals: [1] }],
  items(ctx, input) {
    return live(input.referrals).flatMap((referral) => {
      if (!gift.marks!.referral!(referral, ctx.linksOf(referral.id))) return [];
      const from = referrer(ctx, referral);
      if (!from) return [];
      const closed = closedOn(referral)!;
      return {
        key: `gift:referral:${referral.id}:${closed}`,
        reason: 'gift' as const,
        ...from,
        dueDate: daysAfter(closed, GIFT_AFTER_DAYS),
        explanation: `${introducedName(ctx, referral)}, sent by ${from.subject.name}, became business on ${shortDate(closed, ctx.today)} — a gift says thank you`,
        referralId: referral.id,
      };
    });
  },
});
