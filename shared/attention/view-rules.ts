/**
 * What the stored This week view (./view.ts) keeps, derived from the causes
 * (./causes/index.ts): a record is kept when any cause's `keeps` says so, and a person
 * when any kept record names them (`names`). Each entry holds only the fields the rules
 * read (`RULE_FIELDS`, ./context.ts) and the markers.
 */
import type {
  Interaction as InteractionRecord,
  Partner as PartnerRecord,
  Person as PersonRecord,
  Referral as ReferralRecord,
  Reminder,
} from '../records';
import { CAUSES } from './causes';
import type { Answering } from './causes/cause';
import { RULE_FIELDS, type Person } from './context';
import { bucketKey, personBuckets, type ViewBucket, type ViewEntries, type ViewKind } from './view';

/** The fields of `record` named in `fields` that are set. */
function pick<T extends object, K extends keyof T>(record: T, fields: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const field of fields) if (record[field] !== undefined) picked[field] = record[field];
  return picked;
}

/** The fields the rules read, but `id`: an entry is stored under it. */
const stored = <F extends string>(fields: readonly F[]) =>
  fields.filter((field): field is Exclude<F, 'id'> => field !== 'id');
const PERSON_FIELDS = stored(RULE_FIELDS.person);
const PARTNER_FIELDS = stored(RULE_FIELDS.partner);
const REFERRAL_FIELDS = [...stored(RULE_FIELDS.referral), 'awaitingThanks' as const];
const INTERACTION_FIELDS = [...stored(RULE_FIELDS.interaction), 'openFollowUp' as const];

export const personEntry = (person: PersonRecord): ViewEntries['person'] =>
  pick(person, PERSON_FIELDS);

export const partnerEntry = (partner: PartnerRecord): ViewEntries['partner'] =>
  pick(partner, PARTNER_FIELDS);

export const referralEntry = (referral: ReferralRecord): ViewEntries['referral'] =>
  pick(referral, REFERRAL_FIELDS);

export const interactionEntry = (interaction: InteractionRecord): ViewEntries['interaction'] =>
  pick(interaction, INTERACTION_FIELDS);

/** A reminder as stored: all of it but its id. */
export function reminderEntry(reminder: Reminder): ViewEntries['reminder'] {
  const { id: _id, ...entry } = reminder;
  return entry;
}

const keeping = <K extends keyof (typeof CAUSES)[number]['keeps']>(kind: K) =>
  CAUSES.flatMap((cause) => cause.keeps[kind] ?? []) as NonNullable<
    (typeof CAUSES)[number]['keeps'][K]
  >[];
const PERSON_KEEPS = keeping('person');
const REFERRAL_KEEPS = keeping('referral');
const INTERACTION_KEEPS = keeping('interaction');
const REMINDER_KEEPS = keeping('reminder');
const LINK_KEEPS = keeping('links');

/** A person the view keeps for their own sake (on a cadence, with a birthday, …). */
export const keepsPerson = (person: Pick<Person, 'cadenceDays' | 'birthday'>) =>
  PERSON_KEEPS.some((keeps) => keeps(person));

/** A referral some cause keeps (never one in the Trash), given its partner. */
export const keepsReferral = (referral: ViewEntries['referral'], partner: Answering | undefined) =>
  referral.deletedAt === undefined && REFERRAL_KEEPS.some((keeps) => keeps(referral, partner));

/** Whether a partner's change can change which of its referrals are kept. */
export const answersDiffer = (before: Answering | undefined, after: Answering | undefined) =>
  before?.lastTouch !== after?.lastTouch || before?.deletedAt !== after?.deletedAt;

/** A referral whose links the view keeps too (a won one waiting for its gift). */
export const wantsLinks = (referral: ViewEntries['referral']) =>
  referral.deletedAt === undefined && LINK_KEEPS.some((keeps) => keeps(referral));

/** `linked`: the interaction is linked to a referral that wants its links. */
export const keepsInteraction = (interaction: ViewEntries['interaction'], linked: boolean) =>
  interaction.deletedAt === undefined &&
  (linked || INTERACTION_KEEPS.some((keeps) => keeps(interaction)));

export const keepsReminder = (reminder: ViewEntries['reminder']) =>
  reminder.deletedAt === undefined && REMINDER_KEEPS.some((keeps) => keeps(reminder as Reminder));

type Naming = 'referral' | 'interaction' | 'reminder';
const NAMERS = CAUSES.flatMap((cause) => (cause.names ? [cause.names] : []));

/**
 * The people a kept entry names whom This week must be able to name in turn (who sent a
 * referral waiting for thanks and whom they sent, the client of a given referral, who
 * took part in an open follow-up, whom a reminder is about), each once.
 */
export function namedBy(kind: Naming, entry: object): string[] {
  const ids = new Set<string>();
  for (const names of NAMERS) {
    const name = names[kind] as ((value: object) => readonly (string | undefined)[]) | undefined;
    for (const id of name?.(entry) ?? []) if (id !== undefined) ids.add(id);
  }
  return [...ids];
}

export interface ViewSource {
  /** Any superset of the people the view keeps (everyone, in tests). */
  people: readonly PersonRecord[];
  partners: readonly PartnerRecord[];
  /** Any superset of the interactions the view keeps. */
  interactions: readonly InteractionRecord[];
  referrals: readonly ReferralRecord[];
  reminders: readonly Reminder[];
}

/** The view of these records, from scratch: its buckets, by key. */
export function viewOf(source: ViewSource): Map<string, ViewBucket> {
  const buckets = new Map<string, ViewBucket>();
  const put = <K extends ViewKind>(key: string, id: string, entry: ViewEntries[K]) => {
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = { key, entries: {} }));
    bucket.entries[id] = entry;
  };
  const named = new Map<string, number>();
  const count = (ids: readonly string[]) =>
    ids.forEach((id) => named.set(id, (named.get(id) ?? 0) + 1));

  const partners = new Map(source.partners.map((partner) => [partner.id, partner]));
  const links = new Set<string>();
  for (const record of source.referrals) {
    const entry = referralEntry(record);
    if (!keepsReferral(entry, partners.get(entry.partnerId ?? ''))) continue;
    put(bucketKey('referral', record.id), record.id, entry);
    count(namedBy('referral', entry));
    if (wantsLinks(entry)) links.add(record.id);
  }
  for (const record of source.interactions) {
    const entry = interactionEntry(record);
    const linked = entry.referralId !== undefined && links.has(entry.referralId);
    if (!keepsInteraction(entry, linked)) continue;
    put(bucketKey('interaction', record.id), record.id, entry);
    count(namedBy('interaction', entry));
  }
  for (const reminder of source.reminders) {
    if (!keepsReminder(reminder)) continue;
    const entry = reminderEntry(reminder);
    put(bucketKey('reminder', reminder.id), reminder.id, entry);
    count(namedBy('reminder', entry));
  }
  for (const [id, times] of named) put(bucketKey('named', id), id, times);
  for (const person of source.people) {
    const entry = personEntry(person);
    const keys = personBuckets(person.id, entry, named.has(person.id));
    if (keys.length === 0) continue;
    for (const key of keys) put(key, person.id, entry);
    put(bucketKey('locate', person.id), person.id, keys);
  }
  for (const partner of source.partners) {
    put(bucketKey('partner', partner.id), partner.id, partnerEntry(partner));
  }
  return buckets;
}
