/**
 * Calendar dates are local dates stored as `yyyy-MM-dd` strings (PRODUCT.md §3). These
 * helpers convert between them and Date with date-fns, never by hand.
 */
import { format, isMatch, isValid, parse } from 'date-fns';

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

export function parseLocalDate(value: string): Date {
  return parse(value, LOCAL_DATE_FORMAT, new Date(2000, 0, 1));
}

export function toLocalDateString(date: Date): string {
  if (!isValid(date)) throw new RangeError('Invalid date');
  return format(date, LOCAL_DATE_FORMAT);
}

export function todayLocalDate(now: Date = new Date()): string {
  return toLocalDateString(now);
}
