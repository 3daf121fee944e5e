/**
 * The weekly digest (ARCHITECTURE.md → What can be due): once a week, at the day and time chosen in
 * Settings, the owner is told what is due — a desktop notification in the desktop app, a
 * notice on This week in the browser. Pure rules here; the renderer schedules and shows.
 *
 * A week is the one Settings define (first day of the week). The digest fires at its
 * moment, or at the first chance after it (the app was closed, the computer asleep), and
 * never twice for the same week: the week it was shown for is stored in Settings.
 * All arithmetic is in local calendar days and wall-clock time with date-fns, so a DST
 * change moves nothing: 09:00 stays 09:00.
 *
 * Settings keep the day the digest was last shown: the week holding that day has had its
 * digest. A day rather than a week start, so that changing the first day of the week
 * neither repeats this week's digest nor skips the next one.
 */
import { addDays, addWeeks, set, startOfWeek, type Day } from 'date-fns';
import type { DueItem, DueReason } from '../attention/types';
import { parseLocalDate, toLocalDateString } from '../dates';

export interface DigestSettings {
  /** First day of the week, 0 = Sunday … 6 = Saturday. */
  weekStartsOn: number;
  notifications: { enabled: boolean; day: number; time: string };
}

/** The first day (`yyyy-MM-dd`) of the week holding `now`. */
export function digestWeek(now: Date, weekStartsOn: number): string {
  return toLocalDateString(startOfWeek(now, { weekStartsOn: weekStartsOn as Day }));
}

/** When the digest of the week starting `weekStart` is due: its chosen day, at its time. */
export function digestMoment(weekStart: string, settings: DigestSettings): Date {
  const { day, time } = settings.notifications;
  const offset = (day - settings.weekStartsOn + 7) % 7;
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  // A time skipped by a DST change (02:30 on a spring-forward night) comes out as the
  // first moment after the gap, which is what an alarm clock would do too.
  return set(addDays(parseLocalDate(weekStart), offset), {
    hours,
    minutes,
    seconds: 0,
    milliseconds: 0,
  });
}

/** Whether the digest was shown on a day of the week starting `weekStart` (or later). */
export function shownThisWeek(weekStart: string, lastShownOn: string | undefined): boolean {
  return lastShownOn !== undefined && lastShownOn >= weekStart;
}

/**
 * Whether to show the digest now: notifications are on, this week's moment has come
 * (including on launch, long after it), and none was shown for this week yet.
 */
export function shouldShowDigest(
  now: Date,
  settings: DigestSettings,
  lastShownOn: string | undefined,
): boolean {
  if (!settings.notifications.enabled) return false;
  const week = digestWeek(now, settings.weekStartsOn);
  if (shownThisWeek(week, lastShownOn)) return false;
  return now.getTime() >= digestMoment(week, settings).getTime();
}

/**
 * When to look again: this week's moment if it is still ahead and not yet shown, else
 * next week's. Undefined while notifications are off.
 */
export function nextDigestCheck(
  now: Date,
  settings: DigestSettings,
  lastShownOn: string | undefined,
): Date | undefined {
  if (!settings.notifications.enabled) return undefined;
  const week = digestWeek(now, settings.weekStartsOn);
  const moment = digestMoment(week, settings);
  if (moment.getTime() > now.getTime() && !shownThisWeek(week, lastShownOn)) return moment;
  const nextWeek = toLocalDateString(addWeeks(parseLocalDate(week), 1));
  return digestMoment(nextWeek, settings);
}

// How each group is said, in the order groups of equal size are named.
const PHRASES: Record<DueReason, (count: number) => string> = {
  thank: (n) => (n === 1 ? '1 person to thank' : `${n} people to thank`),
  gift: (n) => (n === 1 ? '1 gift to send' : `${n} gifts to send`),
  'follow-up': (n) => (n === 1 ? '1 follow-up' : `${n} follow-ups`),
  'keep-in-touch': (n) => (n === 1 ? '1 person to check in with' : `${n} people to check in with`),
  birthday: (n) => (n === 1 ? '1 birthday' : `${n} birthdays`),
  custom: (n) => (n === 1 ? '1 reminder' : `${n} reminders`),
};
const ORDER = Object.keys(PHRASES) as DueReason[];

// Groups that count people: two referrals from Dana are one person to thank.
const COUNTS_PEOPLE = new Set<DueReason>(['thank', 'keep-in-touch']);

/** Named groups at most; the rest are summed up as "and 4 more". */
const NAMED = 2;

/**
 * The digest in plain words: "5 people to thank this week", "5 people to thank,
 * 2 birthdays and 3 more this week". The biggest groups are named. Undefined when nothing
 * is due: a notification that says nothing is worth no one's attention.
 */
export function digestText(items: readonly DueItem[]): string | undefined {
  const groups = ORDER.map((reason) => {
    const mine = items.filter((item) => item.reason === reason);
    const count = COUNTS_PEOPLE.has(reason)
      ? new Set(mine.map((item) => `${item.subject.kind}:${item.subject.id}`)).size
      : mine.length;
    return { reason, count, items: mine.length };
  }).filter((group) => group.count > 0);
  if (groups.length === 0) return undefined;
  // Biggest first; Array.prototype.sort is stable, so ties keep the This week order.
  groups.sort((a, b) => b.count - a.count);
  const named = groups.length === NAMED + 1 ? groups : groups.slice(0, NAMED);
  const rest = groups.slice(named.length).reduce((sum, group) => sum + group.items, 0);
  const phrases = named.map((group) => PHRASES[group.reason](group.count));
  if (rest > 0) phrases.push(`${rest} more`);
  const sentence =
    phrases.length === 1
      ? phrases[0]!
      : `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]!}`;
  return `${sentence} this week`;
}
