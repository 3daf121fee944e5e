/**
 * This week (ARCHITECTURE.md → What can be due): everything due on or before the last day of the current
 * week — the week starting on the day chosen in Settings — overdue first, grouped by
 * reason; and what comes up the week after.
 */
import { addWeeks, endOfWeek, startOfWeek, type Day } from 'date-fns';
import { parseLocalDate, toLocalDateString } from '../dates';
import type { DueItem, DueReason } from './types';
import { compareCodes, compareNames } from './words';

export { describeWhen } from './words';

export interface DateRange {
  /** First and last day, both `yyyy-MM-dd`, inclusive. */
  start: string;
  end: string;
}

/** The week holding `today`, starting on `weekStartsOn` (0 = Sunday … 6 = Saturday). */
export function weekRange(today: string, weekStartsOn: number): DateRange {
  const options = { weekStartsOn: weekStartsOn as Day };
  const date = parseLocalDate(today);
  return {
    start: toLocalDateString(startOfWeek(date, options)),
    end: toLocalDateString(endOfWeek(date, options)),
  };
}

/** The week after the one holding `today`. */
export function nextWeekRange(today: string, weekStartsOn: number): DateRange {
  return weekRange(toLocalDateString(addWeeks(parseLocalDate(today), 1)), weekStartsOn);
}

/** The This week sections, in the order they are shown. */
export const REASON_TITLES: Record<DueReason, string> = {
  thank: 'Thank',
  gift: 'Gifts for closed business',
  'follow-up': 'Follow up',
  'keep-in-touch': 'Keep in touch',
  birthday: 'Birthdays',
  custom: 'Reminders',
};

const REASONS = Object.keys(REASON_TITLES) as DueReason[];

export interface ReasonGroup {
  reason: DueReason;
  title: string;
  items: DueItem[];
}

const byDate = (a: DueItem, b: DueItem) =>
  compareCodes(a.dueDate, b.dueDate) ||
  compareNames(a.subject.name, b.subject.name) ||
  compareCodes(a.key, b.key);

/** Non-empty groups in REASON_TITLES order; in each, overdue first (oldest), then by date. */
export function groupByReason(items: readonly DueItem[]): ReasonGroup[] {
  return REASONS.map((reason) => ({
    reason,
    title: REASON_TITLES[reason],
    items: items.filter((item) => item.reason === reason).sort(byDate),
  })).filter((group) => group.items.length > 0);
}

/** Everything due by the end of this week, overdue included. */
export function thisWeekItems(
  items: readonly DueItem[],
  today: string,
  weekStartsOn: number,
): ReasonGroup[] {
  const { end } = weekRange(today, weekStartsOn);
  return groupByReason(items.filter((item) => item.dueDate <= end));
}

/** What falls due next week (not yet this week), grouped the same way. */
export function nextWeekItems(
  items: readonly DueItem[],
  today: string,
  weekStartsOn: number,
): ReasonGroup[] {
  const { start, end } = nextWeekRange(today, weekStartsOn);
  return groupByReason(items.filter((item) => item.dueDate >= start && item.dueDate <= end));
}

/** How many items are due by the end of this week (the navigation count and badge). */
export function countThisWeek(items: readonly DueItem[], today: string, weekStartsOn: number) {
  const { end } = weekRange(today, weekStartsOn);
  return items.filter((item) => item.dueDate <= end).length;
}
