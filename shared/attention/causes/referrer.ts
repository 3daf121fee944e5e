/** Whom a received referral names: who sent it, and whom they sent. */
import { partnerSubject, personSubject, type Context, type Referral } from '../context';
import type { MarkedReferral } from './cause';

/** Who sent a received referral: the person if known, else the partner. */
export function referrer(ctx: Context, referral: Referral) {
  const person = ctx.person(referral.referrerPersonId);
  const partner = ctx.partner(referral.referrerPartnerId);
  const subject = person ? personSubject(person) : partner && partnerSubject(partner);
  return (
    subject && {
      subject,
      personIds: person ? [person.id] : [],
      partnerIds: partner ? [partner.id] : [],
    }
  );
}

export function introducedName(ctx: Context, referral: Referral) {
  return ctx.person(referral.introducedPersonId)?.name ?? 'someone';
}

/** The people a kept received referral names: who sent it and whom they sent. */
export const namedByReceived = (referral: MarkedReferral) => [
  referral.awaitingThanks === 1 ? referral.referrerPersonId : undefined,
  referral.introducedPersonId,
];
