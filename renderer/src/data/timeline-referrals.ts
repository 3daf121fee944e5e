/**
 * Referrals on timelines: a person's (as referrer or the one introduced), a partner's (as
 * referrer or receiver, and its people's), and the Timeline screen's, with its filters.
 * Referrals number in the tens of thousands at most, so a filtered read is cheap.
 */
import Dexie from 'dexie';
import type { Referral } from '../../../shared/records';
import type { SubjectRef } from '../../../shared/timeline-entries';
import {
  activityOrder,
  type ActivityFilters,
  type Involving,
} from '../../../shared/timeline-filters';
import type { HandshakeDatabase } from './database';

const PERSON_FIELDS = ['referrerPersonId', 'introducedPersonId'] as const;
const PARTNER_FIELDS = ['referrerPartnerId', 'partnerId'] as const;

function live(referrals: readonly Referral[]): Referral[] {
  const unique = new Map(referrals.map((referral) => [referral.id, referral]));
  return [...unique.values()].filter((referral) => referral.deletedAt === undefined);
}

/** Whether the referral names anyone in `involving`. */
export function referralInvolves(referral: Referral, involving: Involving): boolean {
  return (
    PERSON_FIELDS.some((field) => involving.personIds.has(referral[field] ?? '')) ||
    PARTNER_FIELDS.some((field) => involving.partnerIds.has(referral[field] ?? ''))
  );
}

export function createTimelineReferrals(db: HandshakeDatabase) {
  const where = (field: string, id: string) => db.referrals.where(field).equals(id).toArray();

  /** A person's referrals in both roles; a partner's, with those naming its people. Unsorted. */
  async function forSubject(subject: SubjectRef): Promise<Referral[]> {
    if (subject.kind === 'person') {
      return live((await Promise.all(PERSON_FIELDS.map((f) => where(f, subject.id)))).flat());
    }
    const people = await db.people.where('partnerId').equals(subject.id).toArray();
    const personIds = people.filter((p) => p.deletedAt === undefined).map((p) => p.id);
    const lists = await Promise.all([
      ...PARTNER_FIELDS.map((field) => where(field, subject.id)),
      ...personIds.flatMap((id) => PERSON_FIELDS.map((field) => where(field, id))),
    ]);
    return live(lists.flat());
  }

  /**
   * Referrals matching the Timeline screen's filters, newest first. An interaction kind
   * matches none; `involving` stands for the tag's people and partners.
   */
  async function matching(
    filters: Omit<ActivityFilters, 'kind'>,
    involving: Involving | undefined,
  ): Promise<Referral[]> {
    const { from, to, subject } = filters;
    const candidates = subject
      ? await forSubject(subject)
      : await db.referrals
          .where('date')
          .between(from ?? Dexie.minKey, to ?? Dexie.maxKey, true, true)
          .toArray();
    return live(candidates)
      .filter(
        (referral) =>
          (!from || referral.date >= from) &&
          (!to || referral.date <= to) &&
          (!involving || referralInvolves(referral, involving)),
      )
      .sort(activityOrder);
  }

  return { forSubject, matching };
}
