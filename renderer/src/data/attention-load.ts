/**
 * Reads only the records that can make something due by a given day, through indexes and
 * the This week markers (shared/attention/open-causes.ts) — never every interaction or
 * every person (ENGINEERING.md §6: This week ≤ 100 ms at 50,000 people and 200,000
 * interactions). What it returns satisfies the contract of AttentionInput
 * (shared/attention/context.ts), so the engine sees the same items as it would over
 * every record.
 */
import { addDays, differenceInCalendarDays, isLeapYear } from 'date-fns';
import type { AttentionInput } from '../../../shared/attention/engine';
import { parseLocalDate } from '../../../shared/dates';
import { windowStart } from '../../../shared/insights';
import type { Interaction, Referral } from '../../../shared/records';
import type { CadenceDefaults } from '../../../shared/settings';
import type { HandshakeDatabase, StoredPartner } from './database';

/** Above every `yyyy-MM-dd`: the open end of a date range. */
const LAST_DATE = '\uffff';
const OPEN_GIVEN = ['new', 'contacted', 'met'].map((status) => ['given', status]);

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

/** The people the referrals, follow-ups and reminders name (partners are all loaded). */
function namedPeople(
  referrals: readonly Referral[],
  interactions: readonly Interaction[],
  reminders: readonly { personId?: string | undefined }[],
) {
  const ids = new Set<string>();
  for (const referral of referrals) {
    if (referral.referrerPersonId) ids.add(referral.referrerPersonId);
    if (referral.introducedPersonId) ids.add(referral.introducedPersonId);
  }
  for (const interaction of interactions) interaction.personIds.forEach((id) => ids.add(id));
  for (const reminder of reminders) if (reminder.personId) ids.add(reminder.personId);
  return ids;
}

const live = <T extends { deletedAt?: number | undefined }>(list: readonly T[]) =>
  list.filter((record) => record.deletedAt === undefined);

/**
 * Given referrals still open: those whose partner has been in touch since are answered
 * whatever the client did (partners are all loaded), so only the rest need their client.
 * As in the engine, a partner in the Trash answers nothing.
 */
function openGivenReferrals(given: readonly Referral[], partners: readonly StoredPartner[]) {
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

/** Everything the engine needs to say what is due by `until`, read in one transaction. */
export function loadAttention(
  db: HandshakeDatabase,
  today: string,
  until: string,
  cadenceDefaults: CadenceDefaults,
): Promise<AttentionInput> {
  const tables = [db.people, db.partners, db.interactions, db.referrals, db.reminders];
  return db.transaction('r', tables, () => readAttention(db, today, until, cadenceDefaults));
}

async function readAttention(
  db: HandshakeDatabase,
  today: string,
  until: string,
  cadenceDefaults: CadenceDefaults,
): Promise<AttentionInput> {
  const [awaiting, recent, given, followUps, reminders, partners, byCadence, byBirthday] =
    await Promise.all([
      // Received referrals nothing thanks yet, or won with no gift since (a marker kept
      // with every change: shared/attention/open-causes.ts).
      db.referrals.where('awaitingThanks').equals(1).toArray(),
      championReferrals(db, today, cadenceDefaults),
      Promise.all(
        OPEN_GIVEN.map((key) => db.referrals.where('[direction+status]').equals(key).toArray()),
      ).then((lists) => lists.flat()),
      // Follow-ups no one has been in touch about since (the same kind of marker).
      db.interactions.where('openFollowUp').belowOrEqual(until).toArray(),
      db.reminders.toArray(),
      // 2,000 at most; each has a default cadence by status, and champions need them all.
      db.partners.toArray(),
      // People due by their own cadence (a due date kept on every write: ./keep-in-touch-due.ts).
      db.people.where('keepInTouchDue').belowOrEqual(until).toArray(),
      db.people.where('[birthday.month+birthday.day]').anyOf(birthdayKeys(today, until)).toArray(),
    ]);
  const liveAwaiting = live(awaiting);
  const referrals = [...liveAwaiting, ...openGivenReferrals(live(given), partners)];
  // A won referral may be thanked and still wait for its gift: its links say which. The
  // others wait for thanks, so nothing linked to them thanks (the marker's rule). One
  // query per referral: each is a single index read, where anyOf would walk a cursor.
  const linked = await Promise.all(
    liveAwaiting
      .filter((referral) => referral.status === 'won')
      .map((referral) => db.interactions.where('referralId').equals(referral.id).toArray()),
  );
  const openReminders = live(reminders).filter((reminder) => !reminder.doneDate);
  const people = new Map([...byCadence, ...byBirthday].map((person) => [person.id, person]));
  const wanted = namedPeople(referrals, followUps, openReminders);
  // Champions are counted by who referred (and the partner they work for).
  for (const referral of recent)
    if (referral.referrerPersonId) wanted.add(referral.referrerPersonId);
  const more = await db.people.bulkGet([...wanted].filter((id) => !people.has(id)));
  for (const person of more) if (person) people.set(person.id, person);
  return {
    // Those in the Trash too: their last touch still answers a follow-up.
    people: [...people.values()],
    partners,
    // A thank-you can carry a follow-up date too: each interaction once.
    interactions: [
      ...new Map([...live(linked.flat()), ...live(followUps)].map((i) => [i.id, i])).values(),
    ],
    referrals,
    championReferrals: live(recent),
    reminders: openReminders,
    cadenceDefaults,
  };
}
