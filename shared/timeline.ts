/**
 * Timelines: entries newest first, grouped by month. The grouping is
 * flattened into one list of month headings and entries, which is what a virtualised
 * list renders.
 */
import { addYears, format, isAfter } from 'date-fns';
import { parseLocalDate, toLocalDateString } from './dates';

export interface Dated {
  id: string;
  date: string;
  /** Breaks ties between entries of one day: the later-created shows first. */
  createdAt: number;
}

export type TimelineRow<T extends Dated> =
  | { type: 'month'; key: string; label: string; count: number }
  | { type: 'entry'; key: string; entry: T };

export function newestFirst<T extends Dated>(a: T, b: T): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return b.createdAt - a.createdAt;
}

/** Month headings ("November 2026") followed by that month's entries, newest first. */
export function timelineRows<T extends Dated>(
  entries: readonly T[],
  monthLabel: (monthStart: Date) => string = (month) => format(month, 'MMMM yyyy'),
): TimelineRow<T>[] {
  const sorted = [...entries].sort(newestFirst);
  const rows: TimelineRow<T>[] = [];
  let heading: Extract<TimelineRow<T>, { type: 'month' }> | undefined;
  for (const entry of sorted) {
    const month = entry.date.slice(0, 7);
    if (heading?.key !== month) {
      heading = {
        type: 'month',
        key: month,
        label: monthLabel(parseLocalDate(`${month}-01`)),
        count: 0,
      };
      rows.push(heading);
    }
    heading.count += 1;
    rows.push({ type: 'entry', key: entry.id, entry });
  }
  return rows;
}

/**
 * A date more than a year ahead is almost always a typo (2036 for 2026). Returns the same
 * day in the current year to offer as "Did you mean …?", or undefined when the date is
 * plausible.
 */
export function farFutureSuggestion(date: string, today: string): string | undefined {
  const typed = parseLocalDate(date);
  const now = parseLocalDate(today);
  if (!isAfter(typed, addYears(now, 1))) return undefined;
  // addYears clamps 29 February to the 28th; setYear would overflow into March.
  return toLocalDateString(addYears(typed, now.getFullYear() - typed.getFullYear()));
}
