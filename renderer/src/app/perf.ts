/**
 * Performance marks at the moments a person waits for (README.md → Performance): the first
 * screen with its data, results after a keystroke, a list painted after a sort. `npm run
 * bench` reads them through the standard User Timing API; nothing is sent anywhere, and a
 * mark costs a few microseconds, so they stay in the production build.
 *
 * Every name starts with `handshake:`. A mark's `detail.key` says what it is about (the
 * query searched, the person shown and how many entries), so a reader can tell one
 * moment from the next.
 */
import { useEffect } from 'react';

export type PerfMoment =
  | 'this-week:rendered'
  | 'search:results'
  | 'person:timeline-rendered'
  | 'partner:timeline-rendered'
  | 'people:sorted'
  | 'log-handshake:open'
  | 'log-handshake:saved';

/** Measures of work timed on its own, not a moment on screen. */
export type PerfWork = 'this-week:compute';

const PREFIX = 'handshake:';

/** Marks this moment; `key` tells apart marks of the same name. */
export function markNow(moment: PerfMoment, key?: string): void {
  performance.mark(PREFIX + moment, { detail: { key } });
}

/**
 * Marks once the browser has painted what React just committed: a frame callback runs
 * before the paint, and a message posted from it is handled right after that paint.
 */
export function markPainted(moment: PerfMoment, key?: string): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      markNow(moment, key);
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * Marks after the paint that follows each commit in which `key` changed, skipping while it
 * is undefined (data still loading). Call it where the data is rendered.
 */
export function usePaintedMark(moment: PerfMoment, key: string | undefined): void {
  useEffect(() => {
    if (key !== undefined) markPainted(moment, key);
  }, [moment, key]);
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';

/**
 * Runs a computation and records how long it took as a measure; for one that returns a
 * promise, until the promise settles.
 */
export function measureWork<T>(work: PerfWork, compute: () => T): T {
  const start = performance.now();
  const done = () => void performance.measure(PREFIX + work, { start, end: performance.now() });
  const result = compute();
  // Any thenable, not `instanceof Promise`: inside a live query Dexie swaps the global
  // Promise for its own, so the check would miss the very promises worth timing.
  if (isThenable(result)) {
    return result.then(
      (value) => {
        done();
        return value;
      },
      (error: unknown) => {
        done();
        throw error;
      },
    ) as T;
  }
  done();
  return result;
}

/**
 * Calls `callback` once the first screen has shown its data (the first painted mark
 * above), or after `fallbackMs` for a screen that places none. Background work started
 * from here — the search index — then no longer competes with the screen the owner is
 * waiting for. Returns cancel.
 */
export function afterFirstScreen(callback: () => void, fallbackMs = 3000): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    window.clearTimeout(timer);
    callback();
  };
  const shown = () =>
    performance.getEntriesByType('mark').some((entry) => entry.name.startsWith(PREFIX));
  const observer =
    typeof PerformanceObserver === 'function'
      ? new PerformanceObserver(() => {
          if (shown()) run();
        })
      : undefined;
  observer?.observe({ type: 'mark' });
  const timer = window.setTimeout(run, fallbackMs);
  if (shown()) run();
  return () => {
    done = true;
    observer?.disconnect();
    window.clearTimeout(timer);
  };
}
