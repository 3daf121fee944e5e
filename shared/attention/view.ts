/**
 * The This week view: the few thousand records that can make something due, kept in
 * IndexedDB as a few hundred records of their own (renderer/src/data/attention-view.ts),
 * so This week reads them in a few requests instead of one per record (ENGINEERING.md §6:
 * This week ≤ 100 ms at 50,000 people and 200,000 interactions). IndexedDB charges per
 * record read, and then per byte: 2,662 people took 44 ms one by one and 4 ms as one
 * record, so the view keeps only the fields the rules read.
 *
 * This file holds the rules, pure: what the view keeps of each record and which records
 * it keeps. It keeps, whatever today is:
 * - referrals waiting for thanks or a gift (`awaitingThanks`), and given referrals still
 *   open that their partner has not answered; the links of a won referral waiting for
 *   its gift;
 * - interactions with an open follow-up (`openFollowUp`), and reminders not done;
 * - every partner; every person on a cadence or with a birthday;
 * - every person those referrals, follow-ups and reminders name, counted, so a person
 *   leaves the view when nothing names them any more.
 * People are filed by why they are kept — named by something, due in a given week, born
 * on a given day — so This week reads only the weeks up to the end of next week and the
 * birthdays in those days; a locator says where each person is filed.
 * The view is derived data: it must always equal `viewOf` over the whole database.
 */
import { startOfISOWeek } from 'date-fns';
import { cadenceDueDate } from '../cadence';
import { parseLocalDate, toLocalDateString } from '../dates';
import type {
  Interaction as InteractionRecord,
  Partner as PartnerRecord,
  Person as PersonRecord,
  Referral as ReferralRecord,
  Reminder,
} from '../records';
import { RULE_FIELDS, type Interaction, type Partner, type Person, type Referral } from './context';

/** Bumped whenever what the view keeps changes: a view in another format is rebuilt. */
export const VIEW_FORMAT = 2;
export const META_KEY = 'meta';

type ViewReferral = Referral & { awaitingThanks?: 1 };
type ViewInteraction = Interaction & { openFollowUp?: string };

/** Stored under its id, an entry does not repeat it: every byte is read on every start. */
export type Stored<T> = Omit<T, 'id'>;

/** What each kind of entry is, by the prefix of its bucket's key. */
export interface ViewEntries {
  person: Stored<Person>;
  partner: Stored<Partner>;
  referral: Stored<ViewReferral>;
  interaction: Stored<ViewInteraction>;
  reminder: Stored<Reminder>;
  /** How many referrals, follow-ups and reminders in the view name a person. */
  named: number;
  /** The keys of the buckets that hold a person's entry. */
  locate: string[];
}
export type ViewKind = keyof ViewEntries;

/**
 * Entries other than people are spread over buckets by id, so a write rewrites one small
 * bucket, not the whole view, and never needs the old record to find it.
 */
const BUCKETS: Record<Exclude<ViewKind, 'person'>, number> = {
  partner: 4,
  referral: 8,
  interaction: 8,
  reminder: 2,
  named: 16,
  locate: 16,
};
const NAMED_PEOPLE_BUCKETS = 8;

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

export function bucketKey(kind: Exclude<ViewKind, 'person'>, id: string): string {
  return `${kind}:${hash(id) % BUCKETS[kind]}`;
}

export const DUE_PEOPLE_PREFIX = 'person:due:';
const weeks = new Map<string, string>();

/**
 * Where people due by their cadence on `date` are filed: under the Monday of that week.
 * One record per day cost IndexedDB more per record than it saved in bytes; a week's end
 * is where This week's "next week" ends, when weeks start on Monday.
 */
export function dueBucket(date: string): string {
  let monday = weeks.get(date);
  if (monday === undefined) {
    monday = toLocalDateString(startOfISOWeek(parseLocalDate(date)));
    weeks.set(date, monday);
  }
  return `${DUE_PEOPLE_PREFIX}${monday}`;
}

/** Where people born on this day (`MM-dd`) are filed, unless something names them. */
export const birthdayBucket = (month: number, day: number) =>
  `person:birthday:${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

export const NAMED_PEOPLE_PREFIX = 'person:named:';

/**
 * The buckets of a person the view keeps: those something names together (This week reads
 * them whenever it reads what names them); the others under the day they come due and
 * under their birthday, so This week finds them by either. None if the view drops them.
 */
export function personBuckets(id: string, person: ViewEntries['person'], named: boolean): string[] {
  if (named) return [`${NAMED_PEOPLE_PREFIX}${hash(id) % NAMED_PEOPLE_BUCKETS}`];
  const keys: string[] = [];
  const due = cadenceDueDate(person);
  if (due) keys.push(dueBucket(due));
  if (person.birthday) keys.push(birthdayBucket(person.birthday.month, person.birthday.day));
  return keys;
}

function kindOfBucket(key: string): ViewKind | undefined {
  const kind = key.slice(0, key.indexOf(':'));
  return kind === 'person' || kind in BUCKETS ? (kind as ViewKind) : undefined;
}

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

const OPEN_GIVEN = new Set(['new', 'contacted', 'met']);

/** A person the view keeps for their own sake: on a cadence, or with a birthday. */
export const keepsPerson = (person: Pick<Person, 'cadenceDays' | 'birthday'>) =>
  person.cadenceDays !== undefined || person.birthday !== undefined;

/**
 * A referral waiting for thanks, or a given one still open that its partner has not been
 * in touch about since (as in the engine, a partner in the Trash answers nothing).
 */
export function keepsReferral(
  referral: ViewEntries['referral'],
  partner: Pick<Partner, 'lastTouch' | 'deletedAt'> | undefined,
): boolean {
  if (referral.deletedAt !== undefined) return false;
  if (referral.awaitingThanks === 1) return true;
  if (referral.direction !== 'given' || !OPEN_GIVEN.has(referral.status)) return false;
  const touch = partner?.deletedAt === undefined ? partner?.lastTouch : undefined;
  return !(touch !== undefined && touch > referral.date);
}

/** Whether a partner's change can change which of its given referrals are kept. */
export const answersDiffer = (
  before: Pick<Partner, 'lastTouch' | 'deletedAt'> | undefined,
  after: Pick<Partner, 'lastTouch' | 'deletedAt'> | undefined,
) => before?.lastTouch !== after?.lastTouch || before?.deletedAt !== after?.deletedAt;

/** A won referral waiting for its gift: its links say whether a thank-you came first. */
export const wantsLinks = (referral: ViewEntries['referral']) =>
  referral.deletedAt === undefined && referral.awaitingThanks === 1 && referral.status === 'won';

/** `linked`: the interaction is linked to a referral that wants its links. */
export const keepsInteraction = (interaction: ViewEntries['interaction'], linked: boolean) =>
  interaction.deletedAt === undefined && (interaction.openFollowUp !== undefined || linked);

export const keepsReminder = (reminder: ViewEntries['reminder']) =>
  reminder.deletedAt === undefined && !reminder.doneDate;

/**
 * The people an entry names whom This week must be able to name in turn: who sent a
 * referral waiting for thanks and whom they sent, the client of a given referral, who
 * took part in an open follow-up, whom a reminder is about.
 */
export function namedBy(kind: 'referral' | 'interaction' | 'reminder', entry: object): string[] {
  const ids: (string | undefined)[] = [];
  if (kind === 'referral') {
    const referral = entry as ViewReferral;
    if (referral.awaitingThanks === 1) ids.push(referral.referrerPersonId);
    ids.push(referral.introducedPersonId);
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

export interface ViewContents {
  people: Person[];
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
  // A person filed under both their due day and their birthday is one person.
  const people = new Map<string, Person>();
  for (const bucket of buckets) {
    if (!('entries' in bucket)) continue;
    const kind = kindOfBucket(bucket.key);
    if (kind === 'named') {
      for (const [id, times] of Object.entries(bucket.entries))
        contents.named.set(id, times as number);
      continue;
    }
    if (kind === 'locate') continue;
    // Each entry gets back the id it is stored under (it is a fresh copy: no one else has it).
    const entries = Object.entries(bucket.entries).map(([id, entry]) =>
      Object.assign(entry as object, { id }),
    );
    switch (kind) {
      case 'person':
        for (const person of entries) people.set(person.id, person as Person);
        break;
      case 'partner':
        contents.partners.push(...(entries as Partner[]));
        break;
      case 'referral':
        contents.referrals.push(...(entries as ViewReferral[]));
        break;
      case 'interaction':
        contents.interactions.push(...(entries as ViewInteraction[]));
        break;
      case 'reminder':
        contents.reminders.push(...(entries as Reminder[]));
        break;
    }
  }
  contents.people = [...people.values()];
  return contents;
}
