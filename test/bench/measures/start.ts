/**
 * App start to This week rendered (cold, new page), the This week computation alone (the
 * app's own measure around the attention engine), the screen's render when coming from
 * another screen, and the JS heap once the dataset is loaded.
 */
import { expect, type Page } from '@playwright/test';
import type { Bench } from '../fixtures';
import { pageNow, requireMark, settle, waitForMark } from '../marks';
import { paletteInput } from './search';
import type { MeasureResult } from '../report';

const NO_THIS_WEEK =
  'This week places no handshake:this-week:rendered mark yet (renderer/src/app/perf.ts)';
const NO_COMPUTE =
  'the attention engine is not timed yet (measureWork("this-week:compute", …) in the app)';

/** The measures of a page's This week computations so far, in ms. */
const computeDurations = (page: Page) =>
  page.evaluate(() =>
    performance.getEntriesByName('handshake:this-week:compute').map((entry) => entry.duration),
  );

export async function measureStart(bench: Bench): Promise<MeasureResult[]> {
  const start: number[] = [];
  const compute: number[] = [];
  const render: number[] = [];
  for (let run = 0; run < bench.settings.runs; run++) {
    const page = await bench.context.newPage();
    await page.goto('./#/');
    // The time from navigation start (the page's time origin) to the painted screen.
    const rendered = await waitForMark(page, 'this-week:rendered', { timeout: 60_000 });
    if (rendered) start.push(rendered.startTime);
    compute.push(...(await computeDurations(page)));
    if (rendered) {
      // Back to This week from Settings, with everything already loaded once.
      await page.evaluate(() => (location.hash = '#/settings'));
      await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
      await settle(page);
      const before = await computeDurations(page);
      const asked = await pageNow(page);
      await page.evaluate(() => (location.hash = '#/'));
      const again = await requireMark(page, 'this-week:rendered', { after: asked });
      render.push(again.startTime - asked);
      compute.push(...(await computeDurations(page)).slice(before.length));
    }
    await page.close();
  }
  return [
    start.length > 0
      ? { id: 'start-this-week', samples: start }
      : { id: 'start-this-week', samples: [], unavailable: NO_THIS_WEEK },
    compute.length > 0
      ? { id: 'this-week-compute', samples: compute }
      : { id: 'this-week-compute', samples: [], unavailable: NO_COMPUTE },
    render.length > 0
      ? { id: 'this-week-render', samples: render }
      : { id: 'this-week-render', samples: [], unavailable: NO_THIS_WEEK },
  ];
}

/**
 * The JS heap in use once the app holds the dataset the way an owner uses it: This week
 * shown, the People list loaded, the search index built — after a garbage collection,
 * so it counts what stays alive rather than what happens not to be collected yet.
 */
export async function measureHeap(bench: Bench): Promise<MeasureResult[]> {
  const page = await bench.open('/');
  await waitForMark(page, 'this-week:rendered', { timeout: 60_000 });
  await page.evaluate(() => (location.hash = '#/people'));
  await requireMark(page, 'people:sorted', { timeout: 120_000 });
  await page.keyboard.press('ControlOrMeta+K');
  await paletteInput(page).fill('a');
  await requireMark(page, 'search:results', { key: 'a', timeout: 120_000 });
  await page.keyboard.press('Escape');
  await settle(page);
  const megabytes = await page.evaluate(() => {
    (window as unknown as { gc?: () => void }).gc?.();
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return memory ? memory.usedJSHeapSize / (1024 * 1024) : undefined;
  });
  await page.close();
  if (megabytes === undefined) {
    return [{ id: 'heap-after-load', samples: [], unavailable: 'performance.memory is missing' }];
  }
  return [
    { id: 'heap-after-load', samples: [megabytes], note: 'This week, People and search loaded' },
  ];
}
