/**
 * Champions: the people and partners who already send the
 * owner business. They get the champions keep-in-touch cadence from Settings, and the
 * empty This week suggests them for a call.
 */
import { windowStart } from '../insights';

/** Received referrals in the last 12 months that make someone a champion. */
export const CHAMPION_MIN_REFERRALS = 2;

interface ReferralLike {
  direction: 'received' | 'given';
  date: string;
  referrerPersonId?: string | undefined;
  referrerPartnerId?: string | undefined;
  deletedAt?: number | undefined;
}

export interface Champions {
  personIds: ReadonlySet<string>;
  partnerIds: ReadonlySet<string>;
}

/**
 * Who sent the owner at least CHAMPION_MIN_REFERRALS referrals in the 12 months up to
 * today (the window Insights uses). As in Insights, a referral made by someone who works
 * for a partner counts for that partner too, unless it names a partner of its own.
 */
export function findChampions(
  referrals: Iterable<ReferralLike>,
  partnerOfPerson: (personId: string) => string | undefined,
  today: string,
): Champions {
  const since = windowStart(today);
  const people = new Map<string, number>();
  const partners = new Map<string, number>();
  const count = (map: Map<string, number>, id: string) => map.set(id, (map.get(id) ?? 0) + 1);
  for (const referral of referrals) {
    if (referral.deletedAt !== undefined || referral.direction !== 'received') continue;
    if (referral.date < since || referral.date > today) continue;
    const personId = referral.referrerPersonId;
    if (personId) count(people, personId);
    const partnerId = referral.referrerPartnerId ?? (personId && partnerOfPerson(personId));
    if (partnerId) count(partners, partnerId);
  }
  const atLeast = (map: Map<string, number>) =>
    new Set([...map].filter(([, n]) => n >= CHAMPION_MIN_REFERRALS).map(([id]) => id));
  return { personIds: atLeast(people), partnerIds: atLeast(partners) };
}
