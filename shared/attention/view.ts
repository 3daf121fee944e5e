/**
 * The This week view: the few thousand records that can make something due, kept in
 * IndexedDB as a few hundred records of their own (renderer/src/data/derived/), so This
 * week reads them in a few requests instead of one per record (This week within 100 ms at
 * the reference size, README.md). IndexedDB charges per record read, and then per byte:
 * 2,662 people took 44 ms one by one and 4 ms as one record, so the view keeps only the
 * fields the rules read.
 *
 * This file holds its shape, pure: its buckets and how entries are filed. What it keeps
 * is declared by the causes (./causes/index.ts) and gathered in ./view-rules.ts:
 * - referrals and interactions some cause keeps (waiting for thanks or a gift, given and
 *   not answered, an open follow-up) and the links of a referral waiting for its gift;
 * - reminders not done; every partner; every person some cause keeps (on a cadence,
 *   with a birthday);
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
import type { Reminder } from '../records';
import type { MarkedInteraction, MarkedReferral } from './causes/cause';
import type { Partner, Person } from './context';

/** Bumped whenever what the view keeps changes: a view in another format is rebuilt. */
export const VIEW_FORMAT = 2;
export const META_KEY = 'meta';

type ViewReferral = MarkedReferral & { id: string };
type ViewInteraction = MarkedInteraction & { id: string };

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

export function kindOfBucket(key: string): ViewKind | undefined {
  const kind = key.slice(0, key.indexOf(':'));
  return kind === 'person' || kind in BUCKETS ? (kind as ViewKind) : undefined;
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
