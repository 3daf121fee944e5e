/**
 * Reads what can make something due by a given day: the This week view (a few dozen
 * records kept by ./attention-view.ts, shared/attention/view.ts), and the few records it
 * leaves out — never every interaction or every person (README.md → Performance: This week
 * ≤ 100 ms at 50,000 people and 200,000 interactions). What it returns satisfies the
 * contract of AttentionInput (shared/attention/context.ts), so the engine sees the same
 * items as it would over every record.
 */
import { addDays, differenceInCalendarDays, isLeapYear } from 'date-fns';
import type { AttentionInput } from '../../../shared/attention/engine';
import type { Person } from '../../../shared/attention/context';
import {
  DUE_PEOPLE_PREFIX,
  META_KEY,
  NAMED_PEOPLE_PREFIX,
  VIEW_FORMAT,
  birthdayBucket,
  contentsOf,
  dueBucket,
} from '../../../shared/attention/view';
import { wantsLinks } from '../../../shared/attention/view-rules';
import { parseLocalDate } from '../../../shared/dates';
import { windowStart } from '../../../shared/insights';
import type { CadenceDefaults } from '../../../shared/settings';
import { buildAttentionView } from './attention-view-build';
import type { HandshakeDatabase } from './database';

/** Above every `yyyy-MM-dd`: the open end of a date range. */
const LAST_DATE = '\uffff';

/** [month, day] of every day from today to until; 29 Feb counts on 28 Feb in common years. */
export function birthdayKeys(today: string, until: string): [number, number][] {
  const first = parseLocalDate(today);
  const span = differenceInCalendarDays(parseLocalDate(until), first);
  const keys: [number, number][] = [];
  for (let offset = 0; offset <= Math.min(span, 366); offset++) {
    const day = addDays(first, offset);
    keys.push([day.getMonth() + 1, day.getDate()]);
    if (day.getMonth() === 1 && day.getDate() === 28 && !isLeapYear(day)) keys.push([2, 29]);
  }
  return keys;
}

const live = <T extends { deletedAt?: number | undefined }>(list: readonly T[]) =>
  list.filter((record) => record.deletedAt === undefined);

/**
 * The received referrals of the last 12 months, which make champions — read only when
 * Settings gives champions a keep-in-touch cadence, the one thing champions change here.
 */
function championReferrals(db: HandshakeDatabase, today: string, defaults: CadenceDefaults) {
  if (defaults.champions === undefined) return Promise.resolve([]);
  return db.referrals
    .where('[direction+date]')
    .between(['received', windowStart(today)], ['received', LAST_DATE])
    .toArray();
}

/** Everything the engine needs to say what is due by `until`. */
export async function loadAttention(
  db: HandshakeDatabase,
  today: string,
  until: string,
  cadenceDefaults: CadenceDefaults,
): Promise<AttentionInput> {
  const read = () =>
    db.transaction('r', [db.attention, db.people, db.referrals], () =>
      readAttention(db, today, until, cadenceDefaults),
    );
  const input = await read();
  if (input) return input;
  // The view is stale (records were written past Dexie): rebuild it, once.
  const sources = [db.people, db.partners, db.interactions, db.referrals, db.reminders];
  await db.transaction('rw', [...sources, db.attention], () => buildAttentionView(db));
  const rebuilt = await read();
  if (!rebuilt) throw new Error('The This week view could not be built.');
  return rebuilt;
}

/** The view's records This week needs by `until`: all but people due or born later. */
function readView(db: HandshakeDatabase, today: string, until: string) {
  const range = (from: string, to: string) =>
    db.attention.where(':id').between(from, to, true, true);
  const birthdays = birthdayKeys(today, until).map(([month, day]) => birthdayBucket(month, day));
  return Promise.all([
    db.attention.get(META_KEY),
    range('interaction:', 'interaction:\uffff').toArray(),
    range('partner:', 'partner:\uffff').toArray(),
    range('referral:', 'reminder:\uffff').toArray(),
    range(NAMED_PEOPLE_PREFIX, `${NAMED_PEOPLE_PREFIX}\uffff`).toArray(),
    // People due by `until`: its week's bucket and every one before.
    range(DUE_PEOPLE_PREFIX, dueBucket(until)).toArray(),
    db.attention.bulkGet(birthdays),
  ]).then(([meta, ...lists]) => ({
    meta,
    records: lists.flat().filter((record) => record !== undefined),
  }));
}

/** Reads the view, and the few records it leaves out; undefined if the view is stale. */
async function readAttention(
  db: HandshakeDatabase,
  today: string,
  until: string,
  cadenceDefaults: CadenceDefaults,
): Promise<AttentionInput | undefined> {
  const [{ meta, records }, recent] = await Promise.all([
    readView(db, today, until),
    championReferrals(db, today, cadenceDefaults).then((list) => live(list)),
  ]);
  if (!meta || !('format' in meta) || meta.format !== VIEW_FORMAT) return undefined;
  const view = contentsOf(records);

  // Given referrals their partner has answered are not in the view.
  const { referrals } = view;
  // A won referral waiting for its gift brings its links; other follow-ups come due by date.
  const withLinks = new Set(referrals.filter(wantsLinks).map((referral) => referral.id));
  const interactions = view.interactions.filter(
    (interaction) =>
      (interaction.openFollowUp !== undefined && interaction.openFollowUp <= until) ||
      (interaction.referralId !== undefined && withLinks.has(interaction.referralId)),
  );

  // People due by their cadence or born by `until`, and everyone the causes name.
  const people = new Map<string, Person>(view.people.map((card) => [card.id, card]));
  // Champions are counted by who referred (and the partner they work for): the view
  // keeps only those something else names.
  const missing = new Set<string>();
  for (const { referrerPersonId: id } of recent) if (id && !people.has(id)) missing.add(id);
  for (const person of await db.people.bulkGet([...missing])) {
    if (person) people.set(person.id, person);
  }

  return {
    // Those in the Trash too: their last touch still answers a follow-up.
    people: [...people.values()],
    partners: view.partners,
    interactions,
    referrals,
    championReferrals: recent,
    reminders: view.reminders,
    cadenceDefaults,
  };
}
