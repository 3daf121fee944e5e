/**
 * Calendar dates are local dates stored as `yyyy-MM-dd` strings. These
 * helpers convert between them and Date with date-fns, never by hand.
 */
import { addDays, isMatch, isValid, lightFormat, parse, parseISO } from 'date-fns';

export const LOCAL_DATE_FORMAT = 'yyyy-MM-dd';

/**
 * Whether `value` is a real calendar date in `yyyy-MM-dd` form. date-fns checks the day
 * against the month (leap years included) while parsing, so this does not depend on the
 * time zone. It used to also round-trip through a local Date, which rejected real dates
 * whose local midnight does not exist (Samoa skipped 2011-12-30): a backup holding such a
 * date could not be restored on a machine in that zone.
 */
export function isValidLocalDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isMatch(value, LOCAL_DATE_FORMAT);
}

const LOCAL_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Local midnight of a `yyyy-MM-dd` date (Invalid Date if it is not a real one). That
 * shape goes through date-fns' parseISO, which reads a date without a time as local and
 * costs a fraction of the pattern parser: This week parses thousands of dates.
 */
export function parseLocalDate(value: string): Date {
  if (LOCAL_DATE_SHAPE.test(value)) return parseISO(value);
  return parse(value, LOCAL_DATE_FORMAT, new Date(2000, 0, 1));
}

export function toLocalDateString(date: Date): string {
  if (!isValid(date)) throw new RangeError('Invalid date');
  // lightFormat: the same digits as format() without its locale machinery.
  return lightFormat(date, LOCAL_DATE_FORMAT);
}

// This week adds days to the same few hundred dates thousands of times at the reference
// size: each (date, days) pair is computed once.
const later = new Map<string, string>();

/** The local date `days` after `date` (before, if negative), by calendar arithmetic. */
export function localDateAfter(date: string, days: number): string {
  const key = `${date}+${days}`;
  let result = later.get(key);
  if (result === undefined) {
    result = toLocalDateString(addDays(parseLocalDate(date), days));
    later.set(key, result);
  }
  return result;
}

export function todayLocalDate(now: Date = new Date()): string {
  return toLocalDateString(now);
}
