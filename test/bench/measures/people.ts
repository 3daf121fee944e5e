/**
 * The People list at the dataset's size: how many rows are in the DOM at each scroll
 * position from top to bottom, and how long a sort by last touch takes to paint.
 */
import { expect } from '@playwright/test';
import type { Bench } from '../fixtures';
import { lastInput, requireMark, settle } from '../marks';
import type { MeasureResult } from '../report';

export async function measurePeople(bench: Bench): Promise<MeasureResult[]> {
  const page = await bench.open('/people');
  await requireMark(page, 'people:sorted', { timeout: 120_000 });
  const grid = page.getByRole('grid', { name: 'People' });
  await expect(grid).toHaveAttribute('aria-rowcount', String(bench.dataset.people.length + 1));

  const rows: number[] = [];
  const steps = bench.settings.scrollSteps;
  for (let step = 0; step <= steps; step++) {
    await grid.evaluate((element, fraction) => {
      element.scrollTop = fraction * (element.scrollHeight - element.clientHeight);
    }, step / steps);
    await settle(page);
    rows.push(await grid.getByRole('row').count());
  }
  // The last row must be reachable, or the count above measured a list cut short.
  await expect(grid.locator(`[aria-rowindex="${bench.dataset.people.length + 1}"]`)).toBeVisible();

  const header = (name: string) => grid.getByRole('button', { name, exact: true });
  const sorts: number[] = [];
  for (let run = 0; run < bench.settings.runs; run++) {
    await header('Name').click();
    await requireMark(page, 'people:sorted', {
      keyPrefix: 'name:',
      after: await lastInput(page, 'click'),
    });
    await settle(page);
    await header('Last touch').click();
    const clicked = await lastInput(page, 'click');
    const painted = await requireMark(page, 'people:sorted', {
      keyPrefix: 'lastTouch:',
      after: clicked,
    });
    sorts.push(painted.startTime - clicked);
  }
  await page.close();
  return [
    { id: 'people-dom-rows', samples: rows },
    { id: 'people-sort-last-touch', samples: sorts },
  ];
}
