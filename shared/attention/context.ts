/**
 * What the rules share: today, and the people and partners they may name, with records in
 * the Trash left out so nothing trashed is ever due or named.
 */
import type {
  Interaction as InteractionRecord,
  Partner as PartnerRecord,
  Person as PersonRecord,
  Referral as ReferralRecord,
  Reminder,
} from '../records';
import type { CadenceDefaults } from '../settings';
import { localDateAfter } from '../dates';
import { findChampions, type Champions } from './champions';
import type { DueSubject } from './types';

// The fields of each record the rules read: the engine accepts whole records, or just
// these (the stored This week view keeps no more: ./view.ts).
export const RULE_FIELDS = {
  person: [
    'id',
    'name',
    'lastTouch',
    'createdAt',
    'cadenceDays',
    'keepInTouchDue',
    'partnerId',
    'birthday',
    'deletedAt',
  ],
  partner: ['id', 'name', 'lastTouch', 'createdAt', 'cadenceDays', 'status', 'deletedAt'],
  referral: [
    'id',
    'direction',
    'status',
    'date',
    'closedDate',
    'referrerPersonId',
    'referrerPartnerId',
    'introducedPersonId',
    'partnerId',
    'deletedAt',
  ],
  interaction: [
    'id',
    'date',
    'kind',
    'summary',
    'personIds',
    'partnerIds',
    'referralId',
    'followUpDate',
    'deletedAt',
  ],
} as const satisfies {
  person: readonly (keyof PersonRecord)[];
  partner: readonly (keyof PartnerRecord)[];
  referral: readonly (keyof ReferralRecord)[];
  interaction: readonly (keyof InteractionRecord)[];
};
type Fields<K extends keyof typeof RULE_FIELDS> = (typeof RULE_FIELDS)[K][number];

export type Person = Pick<PersonRecord, Fields<'person'>>;
export type Partner = Pick<PartnerRecord, Fields<'partner'>>;
export type Referral = Pick<ReferralRecord, Fields<'referral'>>;
export type Interaction = Pick<InteractionRecord, Fields<'interaction'>>;

/**
 * The records the engine reads. The caller may pass a subset, as long as it holds:
 * - every person and partner the other records name (else their items are skipped) and
 *   everyone who may be due to keep in touch or have a birthday;
 * - people's and partners' `lastTouch`, the date of their latest interaction (kept by
 *   the interactions API), which resolves follow-ups and keep-in-touch;
 * - the interactions linked to the referrals passed, and those with follow-up dates;
 * - the received referrals of the last 12 months, which decide who is a champion, in
 *   `championReferrals` (or among `referrals` when that is left out).
 * People and partners in the Trash may be passed: they are never named or due, but their
 * last touch still resolves a follow-up.
 */
export interface AttentionInput {
  people: readonly Person[];
  partners: readonly Partner[];
  interactions: readonly Interaction[];
  /** Referrals that may make something due (it may also hold every referral). */
  referrals: readonly Referral[];
  /** Received referrals of the last 12 months, for champions; defaults to `referrals`. */
  championReferrals?: readonly Referral[] | undefined;
  reminders: readonly Reminder[];
  cadenceDefaults: CadenceDefaults;
}

export interface Context {
  today: string;
  person: (id: string | undefined) => Person | undefined;
  partner: (id: string | undefined) => Partner | undefined;
  /** Anyone's stored last touch, those in the Trash too (a later touch still happened). */
  lastTouchOf: (id: string) => string | undefined;
  /** The interactions not in the Trash linked to a referral. */
  linksOf: (referralId: string) => readonly Interaction[];
  champions: Champions;
  cadenceDefaults: CadenceDefaults;
  /**
   * Whether an item falls after the last day asked for, with no decision of the owner's
   * that could move it: the rules then skip it before writing its words.
   */
  beyond: (key: string, dueDate: string) => boolean;
}

const live = <T extends { deletedAt?: number | undefined }>(records: readonly T[]) =>
  records.filter((record) => record.deletedAt === undefined);

export function createContext(input: AttentionInput, today: string, until?: string): Context {
  const people = new Map(live(input.people).map((person) => [person.id, person]));
  const partners = new Map(live(input.partners).map((partner) => [partner.id, partner]));
  const person = (id: string | undefined) => (id === undefined ? undefined : people.get(id));
  const partner = (id: string | undefined) => (id === undefined ? undefined : partners.get(id));
  const touches = new Map<string, string>();
  for (const record of [...input.people, ...input.partners]) {
    if (record.lastTouch) touches.set(record.id, record.lastTouch);
  }
  const decided = new Set(live(input.reminders).map((reminder) => reminder.itemKey));
  let links: Map<string, Interaction[]> | undefined;
  const linksOf = (referralId: string) => {
    links ??= linkedByReferral(input.interactions);
    return links.get(referralId) ?? [];
  };
  return {
    today,
    person,
    partner,
    lastTouchOf: (id) => touches.get(id),
    linksOf,
    champions: findChampions(
      input.championReferrals ?? input.referrals,
      (id) => person(id)?.partnerId,
      today,
    ),
    cadenceDefaults: input.cadenceDefaults,
    beyond: (key, dueDate) => until !== undefined && dueDate > until && !decided.has(key),
  };
}

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

export const personSubject = (person: Person): DueSubject => ({
  kind: 'person',
  id: person.id,
  name: person.name,
});

export const partnerSubject = (partner: Partner): DueSubject => ({
  kind: 'partner',
  id: partner.id,
  name: partner.name,
});

/** The local date `days` after `date`, by calendar arithmetic. */
export const daysAfter = localDateAfter;

export { live };
export type { Reminder };
