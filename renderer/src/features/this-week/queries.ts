import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import {
  countThisWeek,
  nextWeekItems,
  nextWeekRange,
  thisWeekItems,
  weekRange,
} from '../../../../shared/attention/week';
import { todayLocalDate } from '../../../../shared/dates';
import { measureWork } from '../../app/perf';
import { data } from '../../data';
import { useSettings } from '../settings/queries';

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

/** Everything due up to the end of next week, in This week's and next week's groups. */
export function useThisWeek() {
  const today = useToday();
  const weekStartsOn = useSettings()?.weekStartsOn;
  return useLiveQuery(async () => {
    if (weekStartsOn === undefined) return undefined;
    const until = nextWeekRange(today, weekStartsOn).end;
    const items = await measureWork('this-week:compute', () =>
      data().attention.dueItems(today, until),
    );
    return {
      today,
      week: weekRange(today, weekStartsOn),
      groups: thisWeekItems(items, today, weekStartsOn),
      nextWeek: nextWeekItems(items, today, weekStartsOn),
    };
  }, [today, weekStartsOn]);
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
  const today = useToday();
  const weekStartsOn = useSettings()?.weekStartsOn;
  return useLiveQuery(async () => {
    if (weekStartsOn === undefined) return undefined;
    const { end } = weekRange(today, weekStartsOn);
    return countThisWeek(await data().attention.dueItems(today, end), today, weekStartsOn);
  }, [today, weekStartsOn]);
}
