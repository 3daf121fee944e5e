/**
 * Reads what can make something due by a given day: the This week view (a few dozen
 * records kept by ./attention-view.ts, shared/attention/view.ts), and the few records it
 * leaves out — never every interaction or every person (ENGINEERING.md §6: This week
 * ≤ 100 ms at 50,000 people and 200,000 interactions). What it returns satisfies the
 * contract of AttentionInput (shared/attention/context.ts), so the engine sees the same
 * items as it would over every record.
 */
import { addDays, differenceInCalendarDays, isLeapYear } from 'date-fns';
import type { AttentionInput } from '../../../shared/attention/engine';
import type { Partner, Person, Referral } from '../../../shared/attention/context';
import { META_KEY, VIEW_FORMAT, contentsOf, wantsLinks } from '../../../shared/attention/view';
import { parseLocalDate } from '../../../shared/dates';
import { windowStart } from '../../../shared/insights';
import type { CadenceDefaults } from '../../../shared/settings';
import { buildAttentionView } from './attention-view';
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
 * Given referrals still open: those whose partner has been in touch since are answered
 * whatever the client did (partners are all loaded), so only the rest need their client.
 * As in the engine, a partner in the Trash answers nothing.
 */
function openGivenReferrals<R extends Pick<Referral, 'partnerId' | 'date'>>(
  given: readonly R[],
  partners: readonly Partner[],
): R[] {
  const touched = new Map(live(partners).map((partner) => [partner.id, partner.lastTouch]));
  return given.filter((referral) => {
    const partnerTouch = referral.partnerId ? touched.get(referral.partnerId) : undefined;
    return !(partnerTouch !== undefined && partnerTouch > referral.date);
  });
}

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

/** Reads the view, and the few records it leaves out; undefined if the view is stale. */
async function readAttention(
  db: HandshakeDatabase,
  today: string,
  until: string,
  cadenceDefaults: CadenceDefaults,
): Promise<AttentionInput | undefined> {
  const [records, recent] = await Promise.all([
    db.attention.toArray(),
    championReferrals(db, today, cadenceDefaults).then(live),
  ]);
  const meta = records.find((record) => record.key === META_KEY);
  if (!meta || !('format' in meta) || meta.format !== VIEW_FORMAT) return undefined;
  const view = contentsOf(records);

  const awaiting = view.referrals.filter((referral) => referral.awaitingThanks === 1);
  const given = view.referrals.filter((referral) => referral.direction === 'given');
  const referrals = [...awaiting, ...openGivenReferrals(given, view.partners)];
  // A won referral waiting for its gift brings its links; other follow-ups come due by date.
  const withLinks = new Set(awaiting.filter(wantsLinks).map((referral) => referral.id));
  const interactions = view.interactions.filter(
    (interaction) =>
      (interaction.openFollowUp !== undefined && interaction.openFollowUp <= until) ||
      (interaction.referralId !== undefined && withLinks.has(interaction.referralId)),
  );

  // People due by their cadence or with a birthday by `until`, and everyone named.
  const birthdays = new Set(birthdayKeys(today, until).map(([month, day]) => `${month}/${day}`));
  const people = new Map<string, Person>();
  for (const card of view.people) {
    const due = card.keepInTouchDue !== undefined && card.keepInTouchDue <= until;
    const birthday = card.birthday && birthdays.has(`${card.birthday.month}/${card.birthday.day}`);
    if (due || birthday) people.set(card.id, card);
  }
  const cards = new Map(view.people.map((card) => [card.id, card]));
  const wanted = new Set<string | undefined>();
  for (const referral of referrals)
    wanted.add(referral.referrerPersonId).add(referral.introducedPersonId);
  // Champions are counted by who referred (and the partner they work for).
  for (const referral of recent) wanted.add(referral.referrerPersonId);
  for (const interaction of interactions)
    if (interaction.openFollowUp !== undefined)
      interaction.personIds.forEach((id) => wanted.add(id));
  for (const reminder of view.reminders) wanted.add(reminder.personId);
  const missing: string[] = [];
  for (const id of wanted) {
    if (id === undefined || people.has(id)) continue;
    const card = cards.get(id);
    if (card) people.set(id, card);
    else missing.push(id);
  }
  // A given referral's client, a champion: the view does not keep them.
  for (const person of await db.people.bulkGet(missing)) if (person) people.set(person.id, person);

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
