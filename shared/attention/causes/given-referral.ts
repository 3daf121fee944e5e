/**
 * Check on a client the owner sent to a partner: a given referral still open is due two
 * weeks after it was given, unless the client or the partner has been in touch since
 * (their last touch is later than the referral).
 */
import { daysAfter, live, partnerSubject, personSubject } from '../context';
import { shortDate } from '../words';
import { defineCause, type Answering, type MarkedReferral } from './cause';

export const GIVEN_FOLLOW_UP_AFTER_DAYS = 14;

/** The statuses of a referral that has not yet been met, won or lost. */
export const OPEN_STATUSES: readonly string[] = ['new', 'contacted', 'met'];

const isOpenGiven = (referral: Pick<MarkedReferral, 'direction' | 'status'>) =>
  referral.direction === 'given' && OPEN_STATUSES.includes(referral.status);

/** Whether someone's last touch comes after the referral: they answered it. */
const answered = (referral: Pick<MarkedReferral, 'date'>, lastTouch: string | undefined) =>
  lastTouch !== undefined && lastTouch > referral.date;

export const givenReferral = defineCause({
  name: 'follow-up:referral',
  reason: 'follow-up',
  reads: {
    referrals: ['direction', 'status', 'date', 'introducedPersonId', 'partnerId'],
    people: ['lastTouch'],
    partners: ['lastTouch'],
  },
  resolvedBy: 'a touch with the client or the partner after it was given, or its progress',
  actions: ['log-touch', 'snooze', 'dismiss'],
  keeps: {
    // As in the rule, a partner in the Trash answers nothing.
    referral: (referral, partner: Answering | undefined) =>
      isOpenGiven(referral) &&
      !answered(referral, partner?.deletedAt === undefined ? partner?.lastTouch : undefined),
  },
  names: {
    referral: (referral) => (referral.direction === 'given' ? [referral.introducedPersonId] : []),
  },
  indexed: [
    {
      table: 'referrals',
      index: '[direction+status]',
      equals: OPEN_STATUSES.map((status) => ['given', status]),
    },
  ],
  items(ctx, input) {
    return live(input.referrals).flatMap((referral) => {
      if (!isOpenGiven(referral)) return [];
      const client = ctx.person(referral.introducedPersonId);
      const partner = ctx.partner(referral.partnerId);
      if (answered(referral, client?.lastTouch) || answered(referral, partner?.lastTouch))
        return [];
      const subject = partner ? partnerSubject(partner) : client && personSubject(client);
      if (!subject) return [];
      const clientName = client?.name ?? 'a client';
      const partnerName = partner?.name ?? 'a partner';
      return {
        key: `follow-up:referral:${referral.id}`,
        reason: 'follow-up' as const,
        subject,
        dueDate: daysAfter(referral.date, GIVEN_FOLLOW_UP_AFTER_DAYS),
        explanation: `You sent ${clientName} to ${partnerName} on ${shortDate(referral.date, ctx.today)} — check it went well`,
        referralId: referral.id,
        personIds: client ? [client.id] : [],
        partnerIds: partner ? [partner.id] : [],
      };
    });
  },
});
