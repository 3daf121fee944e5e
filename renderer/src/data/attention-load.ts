/**
 * Reads only the records that can make something due by a given day, through indexes —
 * never every interaction or every person (ENGINEERING.md §6: This week ≤ 100 ms at
 * 50,000 people and 200,000 interactions). What it returns satisfies the contract of
 * AttentionInput (shared/attention/context.ts), so the engine sees the same items as it
 * would over every record.
 */
import { addDays, differenceInCalendarDays, isLeapYear } from 'date-fns';
import type { AttentionInput } from '../../../shared/attention/engine';
import { parseLocalDate, toLocalDateString } from '../../../shared/dates';
import { windowStart } from '../../../shared/insights';
import type { Interaction, Referral } from '../../../shared/records';
import type { CadenceDefaults } from '../../../shared/settings';
import type { HandshakeDatabase, StoredPerson } from './database';

/** Above every `yyyy-MM-dd`: the open end of a date range. */
const LAST_DATE = '\uffff';
const OPEN_GIVEN = ['new', 'contacted', 'met'].map((status) => ['given', status]);

/**
 * People whose own cadence makes them due by `until`: those last touched on or before
 * `until` minus their cadence (one index range per cadence in use), and those never
 * touched (few; found by key sets, without reading anyone else).
 */
async function cadencePeople(db: HandshakeDatabase, until: string): Promise<StoredPerson[]> {
  const cadences = (await db.people.orderBy('cadenceDays').uniqueKeys()) as number[];
  const due = await Promise.all(
    cadences.map((days) =>
      db.people
        .where('[cadenceDays+lastTouch]')
        .between(
          [days, ''],
          [days, toLocalDateString(addDays(parseLocalDate(until), -days))],
          true,
          true,
        )
        .toArray(),
    ),
  );
  const [withCadence, touched] = await Promise.all([
    db.people.where('cadenceDays').above(0).primaryKeys(),
    db.people.orderBy('[cadenceDays+lastTouch]').primaryKeys(),
  ]);
  const touchedIds = new Set(touched);
  const never = await db.people.bulkGet(withCadence.filter((id) => !touchedIds.has(id)));
  return [...due.flat(), ...never.filter((person) => person !== undefined)];
}

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

/**
 * Received referrals that can still be due or count for champions: those of the last 12
 * months, and older ones nothing thanks (or, once won, nothing gifts). A superset of what
 * the engine finds due; the engine decides.
 */
function relevantReceived(
  received: readonly Referral[],
  linked: readonly Interaction[],
  today: string,
) {
  const since = windowStart(today);
  const kinds = new Map<string, Set<string>>();
  for (const link of linked) {
    if (!link.referralId) continue;
    const set = kinds.get(link.referralId) ?? new Set();
    set.add(link.kind);
    kinds.set(link.referralId, set);
  }
  return received.filter((referral) => {
    const got = kinds.get(referral.id);
    return referral.date >= since || !got || (referral.status === 'won' && !got.has('gift'));
  });
}

const live = <T extends { deletedAt?: number | undefined }>(list: readonly T[]) =>
  list.filter((record) => record.deletedAt === undefined);

export async function loadAttention(
  db: HandshakeDatabase,
  today: string,
  until: string,
  cadenceDefaults: CadenceDefaults,
): Promise<AttentionInput> {
  const [received, openGiven, thanks, followUps, reminders, partners, byCadence, byBirthday] =
    await Promise.all([
      db.referrals
        .where('[direction+date]')
        .between(['received', ''], ['received', LAST_DATE])
        .toArray(),
      db.referrals.where('[direction+status]').anyOf(OPEN_GIVEN).toArray(),
      db.interactions.where('kind').anyOf(['thank-you', 'gift']).toArray(),
      db.interactions.where('followUpDate').belowOrEqual(until).toArray(),
      db.reminders.toArray(),
      // 2,000 at most; each has a default cadence by status, and champions need them all.
      db.partners.toArray(),
      cadencePeople(db, until),
      db.people.where('[birthday.month+birthday.day]').anyOf(birthdayKeys(today, until)).toArray(),
    ]);
  const liveThanks = live(thanks);
  const referrals = [...relevantReceived(live(received), liveThanks, today), ...live(openGiven)];
  const referralIds = new Set(referrals.map((referral) => referral.id));
  const linked = liveThanks.filter((link) => link.referralId && referralIds.has(link.referralId));
  const openReminders = live(reminders).filter((reminder) => !reminder.doneDate);
  const people = new Map([...byCadence, ...byBirthday].map((person) => [person.id, person]));
  const wanted = namedPeople(referrals, live(followUps), openReminders);
  const more = await db.people.bulkGet([...wanted].filter((id) => !people.has(id)));
  for (const person of more) if (person) people.set(person.id, person);
  return {
    people: live([...people.values()]),
    partners: live(partners),
    // A thank-you can carry a follow-up date too: each interaction once.
    interactions: [...new Map([...linked, ...live(followUps)].map((i) => [i.id, i])).values()],
    referrals,
    reminders: openReminders,
    cadenceDefaults,
  };
}
