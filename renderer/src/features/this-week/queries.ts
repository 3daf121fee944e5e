import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import {
  countThisWeek,
  nextWeekItems,
  thisWeekItems,
  weekRange,
} from '../../../../shared/attention/week';
import { todayLocalDate } from '../../../../shared/dates';
import { data } from '../../data';
import { useSettings } from '../settings/queries';
import { dueSnapshot, subscribeDue } from './due-store';

/** Today's date, `yyyy-MM-dd`, moving on at midnight while the app stays open. */
export function useToday(): string {
  const [today, setToday] = useState(() => todayLocalDate());
  useEffect(() => {
    const timer = window.setInterval(() => {
      const now = todayLocalDate();
      setToday((current) => (current === now ? current : now));
    }, 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return today;
}

/** Everything due up to the end of next week (shared: ./due-store.ts), or undefined. */
function useDue() {
  const today = useToday();
  const weekStartsOn = useSettings()?.weekStartsOn;
  const subscribe = useCallback(
    (listener: () => void) =>
      weekStartsOn === undefined ? () => undefined : subscribeDue(today, weekStartsOn, listener),
    [today, weekStartsOn],
  );
  const snapshot = useCallback(
    () => (weekStartsOn === undefined ? undefined : dueSnapshot(today, weekStartsOn)),
    [today, weekStartsOn],
  );
  return useSyncExternalStore(subscribe, snapshot);
}

/** Everything due up to the end of next week, in This week's and next week's groups. */
export function useThisWeek() {
  const due = useDue();
  return useMemo(
    () =>
      due && {
        today: due.today,
        week: weekRange(due.today, due.weekStartsOn),
        groups: thisWeekItems(due.items, due.today, due.weekStartsOn),
        nextWeek: nextWeekItems(due.items, due.today, due.weekStartsOn),
      },
    [due],
  );
}

/** What was done this week: thank-yous, handshakes, referrals in and out. */
export function useDoneThisWeek(start: string | undefined, end: string | undefined) {
  return useLiveQuery(
    async () => (start && end ? data().attention.doneThisWeek(start, end) : undefined),
    [start, end],
  );
}

/** Who could use a call when nothing is due (only read when asked for). */
export function useSuggestions(wanted: boolean, today: string) {
  return useLiveQuery(
    async () => (wanted ? data().attention.suggestions(today) : []),
    [wanted, today],
  );
}

/**
 * How many items are due by the end of this week: the navigation count, the desktop
 * badge and the weekly notification. Undefined while loading.
 */
export function useDueThisWeekCount(): number | undefined {
  const due = useDue();
  return due && countThisWeek(due.items, due.today, due.weekStartsOn);
}
