/**
 * Log a handshake from the page of the person with the longest timeline: click to dialog
 * open, Save to saved, and Save to the timeline painted with the new entry.
 */
import { expect } from '@playwright/test';
import { BUSY_TIMELINE_ENTRIES } from '../../fixtures/dataset-reference';
import type { Bench } from '../fixtures';
import { lastInput, requireMark } from '../marks';
import type { MeasureResult } from '../report';

export async function measureLogHandshake(bench: Bench): Promise<MeasureResult[]> {
  const id = bench.dataset.busyPersonId;
  const page = await bench.open(`/people/${id}`);
  const first = await requireMark(page, 'person:timeline-rendered', {
    key: `${id}:${BUSY_TIMELINE_ENTRIES}`,
    timeout: 60_000,
  });
  let entries = Number(first.key!.split(':')[1]);

  const open: number[] = [];
  const saved: number[] = [];
  const updated: number[] = [];
  for (let run = 0; run < bench.settings.runs; run++) {
    await page.getByRole('button', { name: 'Log handshake' }).click();
    const clicked = await lastInput(page, 'click');
    open.push(
      (await requireMark(page, 'log-handshake:open', { after: clicked })).startTime - clicked,
    );
    const dialog = page.getByRole('dialog', { name: 'Log handshake' });
    await dialog.getByLabel('Summary').fill(`Bench coffee ${run + 1}`);
    await dialog.getByRole('button', { name: 'Save' }).click();
    const saving = await lastInput(page, 'click');
    saved.push(
      (await requireMark(page, 'log-handshake:saved', { after: saving })).startTime - saving,
    );
    entries += 1;
    const painted = await requireMark(page, 'person:timeline-rendered', {
      key: `${id}:${entries}`,
      after: saving,
    });
    updated.push(painted.startTime - saving);
    await expect(dialog).toBeHidden();
  }
  await page.close();
  return [
    { id: 'log-handshake-open', samples: open },
    { id: 'log-handshake-saved', samples: saved },
    { id: 'log-handshake-updated', samples: updated },
  ];
}
