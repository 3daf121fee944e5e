/**
 * Insights → Appreciation: how quickly thank-yous follow the
 * referrals the owner receives, and which referrals are still waiting for one.
 *
 * A referral is thanked by a `thank-you` or `gift` interaction linked to it (the same rule
 * the attention engine resolves "thank" items with). The median covers received referrals
 * dated in the last 12 months (the Insights window); the waiting list covers every live
 * received referral, however old, since an old one still unthanked matters most.
 */
import { differenceInCalendarDays } from 'date-fns';
import { parseLocalDate } from './dates';
import { windowStart } from './insights';

interface ReferralLike {
  id: string;
  direction: 'received' | 'given';
  date: string;
  referrerPersonId?: string | undefined;
  referrerPartnerId?: string | undefined;
  introducedPersonId?: string | undefined;
  deletedAt?: number | undefined;
}

interface NamedLike {
  id: string;
  name: string;
  deletedAt?: number | undefined;
}

interface InteractionLike {
  kind: string;
  date: string;
  referralId?: string | undefined;
  deletedAt?: number | undefined;
}

export interface AppreciationInput {
  referrals: readonly ReferralLike[];
  people: readonly NamedLike[];
  partners: readonly NamedLike[];
  /** Thank-yous and gifts are enough; other kinds are ignored. */
  interactions: readonly InteractionLike[];
  /** Today, `yyyy-MM-dd`. */
  today: string;
}

export interface WaitingReferral {
  referralId: string;
  date: string;
  daysWaiting: number;
  /** Whom to thank: the referring person, else the referring partner. */
  referrer: { kind: 'person' | 'partner'; id: string; name: string };
  /** The referrer's partner, when a person referred on a partner's behalf. */
  partnerName: string | undefined;
  /** Whom they introduced, if recorded. */
  introducedName: string | undefined;
}

export interface Appreciation {
  /** The first day of the 12-month window, `yyyy-MM-dd`. */
  since: string;
  /** Received referrals dated in the window. */
  received: number;
  /** Of those, how many have been thanked. */
  thanked: number;
  /** Median days from a referral to its first thank-you or gift; undefined if none. */
  medianDays: number | undefined;
  /** Every received referral not thanked yet, oldest first. */
  waiting: WaitingReferral[];
}

const THANKS = new Set(['thank-you', 'gift']);

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function computeAppreciation(input: AppreciationInput): Appreciation {
  const { today } = input;
  const since = windowStart(today);
  const live = <T extends { deletedAt?: number | undefined }>(list: readonly T[]) =>
    list.filter((record) => record.deletedAt === undefined);
  const people = new Map(live(input.people).map((person) => [person.id, person]));
  const partners = new Map(live(input.partners).map((partner) => [partner.id, partner]));

  // The first thank-you or gift linked to each referral.
  const firstThanks = new Map<string, string>();
  for (const interaction of live(input.interactions)) {
    if (!interaction.referralId || !THANKS.has(interaction.kind)) continue;
    const known = firstThanks.get(interaction.referralId);
    if (known === undefined || interaction.date < known) {
      firstThanks.set(interaction.referralId, interaction.date);
    }
  }

  let received = 0;
  const days: number[] = [];
  const waiting: WaitingReferral[] = [];
  for (const referral of live(input.referrals)) {
    if (referral.direction !== 'received' || referral.date > today) continue;
    const thankedOn = firstThanks.get(referral.id);
    if (referral.date >= since) {
      received += 1;
      // A thank-you dated before the referral (a typo, usually) counts as the same day.
      if (thankedOn !== undefined) days.push(Math.max(0, daysBetween(referral.date, thankedOn)));
    }
    if (thankedOn !== undefined) continue;
    const person = referral.referrerPersonId ? people.get(referral.referrerPersonId) : undefined;
    const partner = referral.referrerPartnerId
      ? partners.get(referral.referrerPartnerId)
      : undefined;
    // No one left to thank (the referrer is in the Trash): nothing to wait for.
    const referrer = person
      ? { kind: 'person' as const, id: person.id, name: person.name }
      : partner && { kind: 'partner' as const, id: partner.id, name: partner.name };
    if (!referrer) continue;
    waiting.push({
      referralId: referral.id,
      date: referral.date,
      daysWaiting: daysBetween(referral.date, today),
      referrer,
      partnerName: person ? partner?.name : undefined,
      introducedName: referral.introducedPersonId
        ? people.get(referral.introducedPersonId)?.name
        : undefined,
    });
  }
  waiting.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.referrer.name.localeCompare(b.referrer.name) ||
      a.referralId.localeCompare(b.referralId),
  );
  return { since, received, thanked: days.length, medianDays: median(days), waiting };
}

function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseLocalDate(to), parseLocalDate(from));
}

/** "Same day", "1 day", "2.5 days". */
export function daysText(days: number): string {
  if (days === 0) return 'Same day';
  const shown = Number.isInteger(days) ? String(days) : days.toFixed(1);
  return days === 1 ? '1 day' : `${shown} days`;
}
