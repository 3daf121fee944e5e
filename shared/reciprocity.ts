/**
 * Reciprocity per partner: what each partner sent the owner and what the
 * owner sent them, in count and in won value. Referrals made by a partner's people count
 * for the partner. Trashed referrals and trashed people count for nothing.
 */

interface ReferralLike {
  direction: 'received' | 'given';
  referrerPersonId?: string | undefined;
  referrerPartnerId?: string | undefined;
  partnerId?: string | undefined;
  status: string;
  value?: number | undefined;
  deletedAt?: number | undefined;
}

interface PersonLike {
  id: string;
  partnerId?: string | undefined;
  deletedAt?: number | undefined;
}

export interface Reciprocity {
  /** Referrals the owner sent to the partner. */
  given: number;
  /** Referrals the partner (or one of its people) sent the owner. */
  received: number;
  /** Won value, in minor units, of the referrals given and received. */
  givenWonValue: number;
  receivedWonValue: number;
}

export const NO_RECIPROCITY: Reciprocity = {
  given: 0,
  received: 0,
  givenWonValue: 0,
  receivedWonValue: 0,
};

/** The partner a received referral counts for: the named partner, else the referrer's. */
function receivedFrom(
  referral: ReferralLike,
  partnerOf: ReadonlyMap<string, string | undefined>,
): string | undefined {
  if (referral.referrerPartnerId) return referral.referrerPartnerId;
  return referral.referrerPersonId ? partnerOf.get(referral.referrerPersonId) : undefined;
}

/** Given and received per partner id; partners with no referral are absent. */
export function reciprocityByPartner(
  referrals: readonly ReferralLike[],
  people: readonly PersonLike[],
): Map<string, Reciprocity> {
  const partnerOf = new Map(
    people.filter((person) => person.deletedAt === undefined).map((p) => [p.id, p.partnerId]),
  );
  const result = new Map<string, Reciprocity>();
  for (const referral of referrals) {
    if (referral.deletedAt !== undefined) continue;
    const given = referral.direction === 'given';
    const partnerId = given ? referral.partnerId : receivedFrom(referral, partnerOf);
    if (!partnerId) continue;
    const totals = result.get(partnerId) ?? { ...NO_RECIPROCITY };
    const won = referral.status === 'won' ? (referral.value ?? 0) : 0;
    if (given) {
      totals.given += 1;
      totals.givenWonValue += won;
    } else {
      totals.received += 1;
      totals.receivedWonValue += won;
    }
    result.set(partnerId, totals);
  }
  return result;
}

/** One partner's reciprocity (zeros when there is none). */
export function reciprocityFor(
  partnerId: string,
  referrals: readonly ReferralLike[],
  people: readonly PersonLike[],
): Reciprocity {
  return reciprocityByPartner(referrals, people).get(partnerId) ?? { ...NO_RECIPROCITY };
}

const referralsWord = (count: number) => (count === 1 ? '1 referral' : `${count} referrals`);
const countOrNone = (count: number) => (count === 0 ? 'none' : String(count));

/**
 * Whether the balance tilts enough to say so: one side has nothing while the other has
 * something, or they differ by two or more.
 */
export function tilts({ given, received }: Reciprocity): boolean {
  if (given === received) return false;
  return Math.min(given, received) === 0 || Math.abs(given - received) >= 2;
}

/**
 * The plain-words nudge when the balance tilts, else undefined:
 * "Ruiz Insurance has sent you 4 referrals; you have sent 1 — send one their way." or
 * "You've sent 5 and received none — time to ask for introductions."
 */
export function reciprocityNudge(partnerName: string, counts: Reciprocity): string | undefined {
  if (!tilts(counts)) return undefined;
  const { given, received } = counts;
  if (received > given) {
    return `${partnerName} has sent you ${referralsWord(received)}; you have sent ${countOrNone(given)} — send one their way.`;
  }
  return `You've sent ${given} and received ${countOrNone(received)} — time to ask for introductions.`;
}

/** Both directions in one line: "Sent you 4 · You sent 1". */
export function reciprocitySummary({ given, received }: Reciprocity): string {
  return `Sent you ${received} · You sent ${given}`;
}
