/**
 * Thank whoever sent you business: a received referral is due two days after it came,
 * until a thank-you or a gift is linked to it.
 */
import { daysAfter, live } from '../context';
import { shortDate } from '../words';
import { defineCause, type LinkedInteraction } from './cause';
import { introducedName, namedByReceived, referrer } from './referrer';

export const THANK_AFTER_DAYS = 2;

/** Whether an interaction linked to a referral says thank you for it. */
export const saysThanks = (link: Pick<LinkedInteraction, 'kind'>) =>
  link.kind === 'thank-you' || link.kind === 'gift';

export const thank = defineCause({
  name: 'thank',
  reason: 'thank',
  reads: {
    referrals: ['direction', 'date', 'referrerPersonId', 'referrerPartnerId', 'introducedPersonId'],
    interactions: ['referralId', 'kind'],
  },
  resolvedBy: 'a thank-you or a gift linked to the referral',
  actions: ['mark-thanked', 'log-touch', 'snooze', 'dismiss'],
  marks: {
    referral: (referral, links) =>
      referral.direction === 'received' && !live(links).some(saysThanks),
  },
  keeps: { referral: (referral) => referral.awaitingThanks === 1 },
  names: {
    referral: (referral) => (referral.direction === 'received' ? namedByReceived(referral) : []),
  },
  indexed: [{ table: 'referrals', index: 'awaitingThanks', equals: [1] }],
  items(ctx, input) {
    return live(input.referrals).flatMap((referral) => {
      if (!thank.marks!.referral!(referral, ctx.linksOf(referral.id))) return [];
      const from = referrer(ctx, referral);
      if (!from) return [];
      const who = introducedName(ctx, referral);
      return {
        key: `thank:referral:${referral.id}`,
        reason: 'thank' as const,
        ...from,
        dueDate: daysAfter(referral.date, THANK_AFTER_DAYS),
        explanation: `${from.subject.name} sent you ${who} on ${shortDate(referral.date, ctx.today)} — say thank you`,
        referralId: referral.id,
      };
    });
  },
});
