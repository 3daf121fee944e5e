/**
 * The This week view: the few thousand records that can make something due, kept in
 * IndexedDB as a few dozen records of their own (renderer/src/data/attention-view.ts),
 * so This week reads them in one request instead of one per record (ENGINEERING.md §6:
 * This week ≤ 100 ms at 50,000 people and 200,000 interactions). Reading a record costs
 * IndexedDB about as much whatever its size: 2,662 people took 44 ms one by one and 4 ms
 * as one record.
 *
 * This file holds the rules, pure: what the view keeps of each record and which records
 * it keeps. It keeps, whatever today is:
 * - referrals waiting for thanks or a gift (`awaitingThanks`), and given referrals still
 *   open; the interactions linked to a won referral waiting for its gift;
 * - interactions with an open follow-up (`openFollowUp`), and reminders not done;
 * - every partner; every person on a cadence or with a birthday;
 * - every person those referrals, follow-ups and reminders name, counted, so a person
 *   leaves the view when nothing names them any more.
 * It is derived data: it must always equal `viewOf` over the whole database.
 */
import { cadenceDueDate } from '../cadence';
import type {
  Interaction as InteractionRecord,
  Partner as PartnerRecord,
  Person as PersonRecord,
  Referral as ReferralRecord,
  Reminder,
} from '../records';
import type { Interaction, Partner, Person, Referral } from './context';

/** Bumped whenever what the view keeps changes: a view in another format is rebuilt. */
export const VIEW_FORMAT = 1;
export const META_KEY = 'meta';

export type ViewPerson = Person & { keepInTouchDue?: string };
export type ViewReferral = Referral & { awaitingThanks?: 1 };
export type ViewInteraction = Interaction & { openFollowUp?: string };

/** What each kind of entry is, by the prefix of its bucket's key. */
export interface ViewEntries {
  person: ViewPerson;
  partner: Partner;
  referral: ViewReferral;
  interaction: ViewInteraction;
  reminder: Reminder;
  /** How many referrals, follow-ups and reminders in the view name a person. */
  named: number;
}
export type ViewKind = keyof ViewEntries;

/**
 * Entries are spread over buckets by id, so a write rewrites one small bucket, not the
 * whole view; a bucket never changes for a given id, so no write needs the old record.
 */
const BUCKETS: Record<ViewKind, number> = {
  person: 32,
  partner: 4,
  referral: 8,
  interaction: 8,
  reminder: 2,
  named: 16,
};

export interface ViewBucket<K extends ViewKind = ViewKind> {
  key: string;
  entries: Record<string, ViewEntries[K]>;
}

export interface ViewMeta {
  key: typeof META_KEY;
  format: number;
}

/** FNV-1a: a stable, even spread of ids over buckets. */
function hash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function bucketKey(kind: ViewKind, id: string): string {
  return `${kind}:${hash(id) % BUCKETS[kind]}`;
}

export function kindOfBucket(key: string): ViewKind | undefined {
  const kind = key.slice(0, key.indexOf(':'));
  return kind in BUCKETS ? (kind as ViewKind) : undefined;
}

/** The fields of `record` named in `fields` that are set. */
function pick<T extends object, K extends keyof T>(record: T, fields: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const field of fields) if (record[field] !== undefined) picked[field] = record[field];
  return picked;
}

const PERSON_FIELDS = [
  'id',
  'name',
  'lastTouch',
  'createdAt',
  'cadenceDays',
  'partnerId',
  'birthday',
  'deletedAt',
] as const satisfies readonly (keyof Person)[];
const PARTNER_FIELDS = [
  'id',
  'name',
  'lastTouch',
  'createdAt',
  'cadenceDays',
  'status',
  'deletedAt',
] as const satisfies readonly (keyof Partner)[];
const REFERRAL_FIELDS = [
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
  'awaitingThanks',
] as const satisfies readonly (keyof ViewReferral)[];
const INTERACTION_FIELDS = [
  'id',
  'date',
  'kind',
  'summary',
  'personIds',
  'partnerIds',
  'referralId',
  'followUpDate',
  'deletedAt',
  'openFollowUp',
] as const satisfies readonly (keyof ViewInteraction)[];

export function personEntry(person: PersonRecord): ViewPerson {
  const entry: ViewPerson = pick(person, PERSON_FIELDS);
  const due = cadenceDueDate(person);
  if (due) entry.keepInTouchDue = due;
  return entry;
}

export const partnerEntry = (partner: PartnerRecord): Partner => pick(partner, PARTNER_FIELDS);

export const referralEntry = (referral: ReferralRecord): ViewReferral =>
  pick(referral, REFERRAL_FIELDS);

export const interactionEntry = (interaction: InteractionRecord): ViewInteraction =>
  pick(interaction, INTERACTION_FIELDS);

const OPEN_GIVEN = new Set(['new', 'contacted', 'met']);

/** A person the view keeps for their own sake: on a cadence, or with a birthday. */
export const keepsPerson = (person: Pick<Person, 'cadenceDays' | 'birthday'>) =>
  person.cadenceDays !== undefined || person.birthday !== undefined;

export const keepsReferral = (referral: ViewReferral) =>
  referral.deletedAt === undefined &&
  (referral.awaitingThanks === 1 ||
    (referral.direction === 'given' && OPEN_GIVEN.has(referral.status)));

/** A won referral waiting for its gift: its links say whether a thank-you came first. */
export const wantsLinks = (referral: ViewReferral) =>
  referral.deletedAt === undefined && referral.awaitingThanks === 1 && referral.status === 'won';

/** `linked`: the interaction is linked to a referral that wants its links. */
export const keepsInteraction = (interaction: ViewInteraction, linked: boolean) =>
  interaction.deletedAt === undefined && (interaction.openFollowUp !== undefined || linked);

export const keepsReminder = (reminder: Reminder) =>
  reminder.deletedAt === undefined && !reminder.doneDate;

/**
 * The people an entry names whom This week must be able to name in turn: who sent a
 * referral waiting for thanks and whom they sent, who took part in an open follow-up,
 * whom a reminder is about. (A given referral's client is looked up when it is due.)
 */
export function namedBy(kind: 'referral' | 'interaction' | 'reminder', entry: object): string[] {
  const ids: (string | undefined)[] = [];
  if (kind === 'referral') {
    const referral = entry as ViewReferral;
    if (referral.awaitingThanks === 1)
      ids.push(referral.referrerPersonId, referral.introducedPersonId);
  } else if (kind === 'interaction') {
    const interaction = entry as ViewInteraction;
    if (interaction.openFollowUp !== undefined) ids.push(...interaction.personIds);
  } else {
    ids.push((entry as Reminder).personId);
  }
  return ids.filter((id): id is string => id !== undefined);
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
  const put = <K extends ViewKind>(kind: K, id: string, entry: ViewEntries[K]) => {
    const key = bucketKey(kind, id);
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = { key, entries: {} }));
    bucket.entries[id] = entry;
  };
  const named = new Map<string, number>();
  const count = (ids: readonly string[]) =>
    ids.forEach((id) => named.set(id, (named.get(id) ?? 0) + 1));

  const links = new Set<string>();
  for (const record of source.referrals) {
    const entry = referralEntry(record);
    if (!keepsReferral(entry)) continue;
    put('referral', entry.id, entry);
    count(namedBy('referral', entry));
    if (wantsLinks(entry)) links.add(entry.id);
  }
  for (const record of source.interactions) {
    const entry = interactionEntry(record);
    const linked = entry.referralId !== undefined && links.has(entry.referralId);
    if (!keepsInteraction(entry, linked)) continue;
    put('interaction', entry.id, entry);
    count(namedBy('interaction', entry));
  }
  for (const reminder of source.reminders) {
    if (!keepsReminder(reminder)) continue;
    put('reminder', reminder.id, reminder);
    count(namedBy('reminder', reminder));
  }
  for (const [id, times] of named) put('named', id, times);
  for (const person of source.people) {
    if (keepsPerson(person) || named.has(person.id)) put('person', person.id, personEntry(person));
  }
  for (const partner of source.partners) put('partner', partner.id, partnerEntry(partner));
  return buckets;
}

export interface ViewContents {
  people: ViewPerson[];
  partners: Partner[];
  referrals: ViewReferral[];
  interactions: ViewInteraction[];
  reminders: Reminder[];
  named: Map<string, number>;
}

/** The entries of a view's buckets, by kind (the meta record and empty buckets ignored). */
export function contentsOf(buckets: Iterable<ViewBucket | ViewMeta>): ViewContents {
  const contents: ViewContents = {
    people: [],
    partners: [],
    referrals: [],
    interactions: [],
    reminders: [],
    named: new Map(),
  };
  for (const bucket of buckets) {
    if (!('entries' in bucket)) continue;
    const kind = kindOfBucket(bucket.key);
    const entries = Object.values(bucket.entries);
    if (kind === 'person') contents.people.push(...(entries as ViewPerson[]));
    else if (kind === 'partner') contents.partners.push(...(entries as Partner[]));
    else if (kind === 'referral') contents.referrals.push(...(entries as ViewReferral[]));
    else if (kind === 'interaction') contents.interactions.push(...(entries as ViewInteraction[]));
    else if (kind === 'reminder') contents.reminders.push(...(entries as Reminder[]));
    else if (kind === 'named')
      for (const [id, times] of Object.entries(bucket.entries)) contents.named.set(id, times);
  }
  return contents;
}
