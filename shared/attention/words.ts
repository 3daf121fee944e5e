/**
 * The plain words of the attention engine: dates as the owner reads them in a sentence,
 * and "overdue by 3 days", "today", "Thursday" for when an item falls due.
 */
import { differenceInCalendarDays, format, type Month } from 'date-fns';
import { enUS } from 'date-fns/locale';
import { parseLocalDate } from '../dates';

// This week words thousands of items at the reference size: a date already in yyyy-MM-dd
// form is written from its digits, with date-fns' own month names, not parsed and
// formatted again each time.
const MONTHS = Array.from({ length: 12 }, (_, month) =>
  enUS.localize.month(month as Month, { width: 'abbreviated' }),
);

/** "3 Nov" within today's year, "3 Nov 2025" otherwise. */
export function shortDate(date: string, today: string): string {
  const day = Number(date.slice(8, 10));
  const month = MONTHS[Number(date.slice(5, 7)) - 1];
  const year = date.slice(0, 4);
  return year === today.slice(0, 4) ? `${day} ${month}` : `${day} ${month} ${year}`;
}

/** Names in the reader's alphabetical order (one collator, not one per comparison). */
export const compareNames = new Intl.Collator().compare;

/** Dates (`yyyy-MM-dd`) and keys, by their characters: fast, and the same everywhere. */
export const compareCodes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const days = (count: number) => (count === 1 ? '1 day' : `${count} days`);

/**
 * When an item is due, relative to today: "overdue by 3 days", "today", "tomorrow",
 * the weekday within the coming six days ("Thursday"), else the date ("14 Dec").
 */
export function describeWhen(dueDate: string, today: string): string {
  const ahead = differenceInCalendarDays(parseLocalDate(dueDate), parseLocalDate(today));
  if (ahead < 0) return `overdue by ${days(-ahead)}`;
  if (ahead === 0) return 'today';
  if (ahead === 1) return 'tomorrow';
  if (ahead < 7) return format(parseLocalDate(dueDate), 'EEEE');
  return shortDate(dueDate, today);
}
