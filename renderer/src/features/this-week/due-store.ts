/**
 * One live computation of what is due, shared by everyone who shows it: the This week
 * screen, and the navigation count with the dock badge. Each used to run the engine on
 * its own, so every change paid for it twice. The computation lives while anyone
 * listens, so coming back to This week shows the items at once. (The weekly digest asks
 * once a week, for this week only, and reads for itself.)
 */
import { liveQuery } from 'dexie';
import { nextWeekRange } from '../../../../shared/attention/week';
import type { DueItem } from '../../../../shared/attention/types';
import { measureWork } from '../../app/perf';
import { showError } from '../../app/errors';
import { data } from '../../data';

/** 0 = Sunday … 6 = Saturday, as Settings stores it. */
type Weekday = number;

export interface DueSnapshot {
  today: string;
  weekStartsOn: Weekday;
  /** Everything due by the end of next week, overdue first. */
  items: DueItem[];
}

interface Entry {
  snapshot: DueSnapshot | undefined;
  listeners: Set<() => void>;
  stop?: () => void;
}

const entries = new Map<string, Entry>();
const keyOf = (today: string, weekStartsOn: Weekday) => `${today}|${weekStartsOn}`;

function start(entry: Entry, today: string, weekStartsOn: Weekday) {
  const until = nextWeekRange(today, weekStartsOn).end;
  const subscription = liveQuery(() =>
    measureWork('this-week:compute', () => data().attention.dueItems(today, until)),
  ).subscribe({
    next(items) {
      entry.snapshot = { today, weekStartsOn, items };
      entry.listeners.forEach((listener) => listener());
    },
    error: showError,
  });
  entry.stop = () => subscription.unsubscribe();
}

/** Listens to the items due for this day and week start; returns stop listening. */
export function subscribeDue(today: string, weekStartsOn: Weekday, listener: () => void) {
  const key = keyOf(today, weekStartsOn);
  let entry = entries.get(key);
  if (!entry) {
    entry = { snapshot: undefined, listeners: new Set() };
    entries.set(key, entry);
    start(entry, today, weekStartsOn);
  }
  entry.listeners.add(listener);
  const mine = entry;
  return () => {
    mine.listeners.delete(listener);
    if (mine.listeners.size > 0) return;
    mine.stop?.();
    entries.delete(key);
  };
}

/** The latest items for this day and week start, or undefined before the first result. */
export function dueSnapshot(today: string, weekStartsOn: Weekday): DueSnapshot | undefined {
  return entries.get(keyOf(today, weekStartsOn))?.snapshot;
}
