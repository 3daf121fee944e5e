/**
 * Reading the app's performance marks (renderer/src/app/perf.ts) and the moments the
 * bench's own input happened, from inside the page. Times are the page's
 * `performance.now()` clock, so a mark minus an input event's timeStamp is exactly how long
 * the person waited.
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { PerfMoment, PerfWork } from '../../renderer/src/app/perf';

export interface MarkEntry {
  startTime: number;
  duration: number;
  key: string | undefined;
}

declare global {
  interface Window {
    /** Filled by the bench's init script: the last time each kind of input happened. */
    __benchInput?: Record<string, number>;
  }
}

/**
 * Records when every key press and click happened (event.timeStamp, the moment the
 * browser received it), on every page of the context. It belongs to the bench's browser,
 * not to the app's build.
 */
export async function recordInputTimes(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: Record<string, number> = (window.__benchInput = {});
    const record = (event: Event) => {
      // The browser shell saves a file by clicking a link with `download` from script: the
      // moment a download starts, for the export and backup measures. Only real input
      // (trusted events) counts as the person's key press, click or file choice.
      if (event.type === 'click' && (event.target as Element).matches?.('a[download]')) {
        seen.download = event.timeStamp;
      }
      // A file chosen by the bench arrives as an untrusted `change`; it is still the moment.
      const chosenFile =
        event.type === 'change' && (event.target as Element).matches?.('input[type=file]');
      if (event.isTrusted || chosenFile) seen[event.type] = event.timeStamp;
    };
    // `change` on a file input: the moment a file was chosen.
    for (const type of ['keydown', 'click', 'change']) {
      window.addEventListener(type, record, { capture: true });
    }
  });
}

export type InputKind = 'keydown' | 'click' | 'change' | 'download';

/** When the last input of this kind happened, on the page's clock. */
export async function lastInput(page: Page, type: InputKind): Promise<number> {
  const time = await page.evaluate((kind) => window.__benchInput?.[kind], type);
  if (time === undefined) throw new Error(`The page saw no ${type}: is the bench script missing?`);
  return time;
}

export const pageNow = (page: Page) => page.evaluate(() => performance.now());

export interface MarkQuery {
  /** Only marks placed after this moment (page clock). */
  after?: number;
  /** Only marks with exactly this key, or a key starting with `keyPrefix`. */
  key?: string;
  keyPrefix?: string;
  timeout?: number;
}

/**
 * The first `handshake:<moment>` mark or measure matching the query, once it exists; undefined
 * if none appears in time (the caller says whether that means "not available yet").
 */
export async function waitForMark(
  page: Page,
  moment: PerfMoment | PerfWork,
  { after = -1, key, keyPrefix, timeout = 30_000 }: MarkQuery = {},
): Promise<MarkEntry | undefined> {
  try {
    const handle = await page.waitForFunction(
      ({ name, after, key, keyPrefix }) => {
        for (const entry of performance.getEntriesByName(name)) {
          const detail = (entry as PerformanceMark).detail as { key?: string } | null;
          const entryKey = detail?.key;
          if (entry.startTime <= after) continue;
          if (key !== undefined && entryKey !== key) continue;
          if (keyPrefix !== undefined && !entryKey?.startsWith(keyPrefix)) continue;
          return { startTime: entry.startTime, duration: entry.duration, key: entryKey };
        }
        return undefined;
      },
      { name: `handshake:${moment}`, after, key, keyPrefix },
      { timeout, polling: 'raf' },
    );
    return (await handle.jsonValue()) as MarkEntry;
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') return undefined;
    throw error;
  }
}

/** Like waitForMark, but a missing mark is a broken harness or app, not a missing feature. */
export async function requireMark(
  page: Page,
  moment: PerfMoment | PerfWork,
  query: MarkQuery = {},
): Promise<MarkEntry> {
  const mark = await waitForMark(page, moment, query);
  if (!mark) throw new Error(`No handshake:${moment} mark ${JSON.stringify(query)} appeared.`);
  return mark;
}

/** Lets the page finish what it was doing: two frames and an idle period. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 2_000 })),
        ),
      ),
  );
}

/**
 * The moment (page clock, to the frame) `selector` first matches an element whose text is
 * `text`, for steps the app places no mark on: checked on every frame, so the time is that
 * of the first frame showing it.
 */
export async function timeWhenShown(
  page: Page,
  selector: string,
  text: string,
  timeout = 120_000,
): Promise<number> {
  const handle = await page.waitForFunction(
    ({ selector, text }) => {
      const found = [...document.querySelectorAll(selector)].some(
        (element) => element.textContent?.trim() === text && !element.hasAttribute('disabled'),
      );
      return found ? performance.now() : undefined;
    },
    { selector, text },
    { timeout, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}
