/**
 * Open a person with 500 timeline entries: from asking for the page (the address changes,
 * as a click on a row or a search result does) to the timeline painted with all 500.
 */
import { expect } from '@playwright/test';
import { BUSY_TIMELINE_ENTRIES } from '../../fixtures/dataset-reference';
import type { Bench } from '../fixtures';
import { pageNow, requireMark, settle } from '../marks';
import type { MeasureResult } from '../report';

export async function measureOpenPerson(bench: Bench): Promise<MeasureResult[]> {
  const id = bench.dataset.busyPersonId;
  const page = await bench.open('/settings');
  const samples: number[] = [];
  for (let run = 0; run < bench.settings.runs; run++) {
    await page.evaluate(() => (location.hash = '#/settings'));
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await settle(page);
    const asked = await pageNow(page);
    await page.evaluate((path) => (location.hash = path), `#/people/${id}`);
    const key = `${id}:${BUSY_TIMELINE_ENTRIES}`;
    const painted = await requireMark(page, 'person:timeline-rendered', { key, after: asked });
    samples.push(painted.startTime - asked);
  }
  await page.close();
  return [{ id: 'open-person', samples }];
}
