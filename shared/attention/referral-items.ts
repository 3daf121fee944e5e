/**
 * The rules that come from referrals (PRODUCT.md §4): thank whoever sent business, send
 * a gift when it closes, and check on clients the owner sent to a partner.
 */
import type { DueItem } from './types';
import {
  daysAfter,
  live,
  partnerSubject,
  personSubject,
  type Context,
  type Interaction,
  type Referral,
} from './context';
import { shortDate } from './words';

export const THANK_AFTER_DAYS = 2;
export const GIFT_AFTER_DAYS = 7;
export const GIVEN_FOLLOW_UP_AFTER_DAYS = 14;

const OPEN_STATUSES = new Set(['new', 'contacted', 'met']);

/** Live interactions by the referral they are linked to. */
function linkedByReferral(interactions: readonly Interaction[]) {
  const linked = new Map<string, Interaction[]>();
  for (const interaction of live(interactions)) {
    if (!interaction.referralId) continue;
    const list = linked.get(interaction.referralId) ?? [];
    list.push(interaction);
    linked.set(interaction.referralId, list);
  }
  return linked;
}

/** Who sent a received referral: the person if known, else the partner. */
function referrer(ctx: Context, referral: Referral) {
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

function introducedName(ctx: Context, referral: Referral) {
  return ctx.person(referral.introducedPersonId)?.name ?? 'someone';
}

export function referralItems(
  ctx: Context,
  referrals: readonly Referral[],
  interactions: readonly Interaction[],
): DueItem[] {
  const linked = linkedByReferral(interactions);
  const items: DueItem[] = [];
  for (const referral of live(referrals)) {
    const links = linked.get(referral.id) ?? [];
    if (referral.direction === 'received') {
      const from = referrer(ctx, referral);
      if (!from) continue;
      const who = introducedName(ctx, referral);
      const thanked = links.some((link) => link.kind === 'thank-you' || link.kind === 'gift');
      if (!thanked) {
        items.push({
          key: `thank:referral:${referral.id}`,
          reason: 'thank',
          ...from,
          dueDate: daysAfter(referral.date, THANK_AFTER_DAYS),
          explanation: `${from.subject.name} sent you ${who} on ${shortDate(referral.date, ctx.today)} — say thank you`,
          referralId: referral.id,
        });
      }
      const closed = referral.status === 'won' ? referral.closedDate : undefined;
      const gifted = links.some((link) => link.kind === 'gift' && link.date >= (closed ?? ''));
      if (closed && !gifted) {
        items.push({
          key: `gift:referral:${referral.id}:${closed}`,
          reason: 'gift',
          ...from,
          dueDate: daysAfter(closed, GIFT_AFTER_DAYS),
          explanation: `${who}, sent by ${from.subject.name}, became business on ${shortDate(closed, ctx.today)} — a gift says thank you`,
          referralId: referral.id,
        });
      }
    } else if (OPEN_STATUSES.has(referral.status)) {
      const item = givenFollowUp(ctx, referral);
      if (item) items.push(item);
    }
  }
  return items;
}

/**
 * A client the owner sent to a partner: check it went well, unless either of them has
 * been in touch since (their last touch is later than the referral).
 */
function givenFollowUp(ctx: Context, referral: Referral): DueItem | undefined {
  const client = ctx.person(referral.introducedPersonId);
  const partner = ctx.partner(referral.partnerId);
  const since = (lastTouch: string | undefined) =>
    lastTouch !== undefined && lastTouch > referral.date;
  if (since(client?.lastTouch) || since(partner?.lastTouch)) return undefined;
  const subject = partner ? partnerSubject(partner) : client && personSubject(client);
  if (!subject) return undefined;
  const clientName = client?.name ?? 'a client';
  const partnerName = partner?.name ?? 'a partner';
  return {
    key: `follow-up:referral:${referral.id}`,
    reason: 'follow-up',
    subject,
    dueDate: daysAfter(referral.date, GIVEN_FOLLOW_UP_AFTER_DAYS),
    explanation: `You sent ${clientName} to ${partnerName} on ${shortDate(referral.date, ctx.today)} — check it went well`,
    referralId: referral.id,
    personIds: client ? [client.id] : [],
    partnerIds: partner ? [partner.id] : [],
  };
}
