/**
 * One live computation of what is due, shared by everyone who shows it: the This week
 * screen, and the navigation count with the dock badge. Each used to run the engine on
 * its own, so every change paid for it twice. The computation lives while anyone
 * listens, so coming back to This week shows the items at once. (The weekly digest asks
 * once a week, for this week only, and reads for itself.)
 */
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

/**
 * Computes now, and again after every write that may change the list. Not a liveQuery:
 * the engine reads thousands of records, and liveQuery's bookkeeping of each key read
 * cost more than a third again of the computation, to tell apart writes that nearly all
 * matter anyway. A write during a computation runs one more once it ends.
 */
function start(entry: Entry, today: string, weekStartsOn: Weekday) {
  const until = nextWeekRange(today, weekStartsOn).end;
  let running = false;
  let again = false;
  let stopped = false;
  const compute = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const items = await measureWork('this-week:compute', () =>
          data().attention.dueItems(today, until),
        );
        if (stopped) return;
        entry.snapshot = { today, weekStartsOn, items };
        entry.listeners.forEach((listener) => listener());
      } while (again && !stopped);
    } catch (error) {
      if (!stopped) showError(error);
    } finally {
      running = false;
    }
    // A write that came in while a computation failed still needs its own.
    if (again && !stopped) void compute();
  };
  const unwatch = data().attention.watchDue(() => void compute());
  void compute();
  entry.stop = () => {
    stopped = true;
    unwatch();
  };
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
