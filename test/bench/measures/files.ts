/**
 * Files out of the app: Export partners as CSV (all of them, no filter) and Back up now
 * with the whole dataset — each from the click on the dialog's button to the moment the
 * file is handed to the browser to save.
 */
import { expect, type Page } from '@playwright/test';
import type { Bench } from '../fixtures';
import { lastInput, settle } from '../marks';
import type { MeasureResult } from '../report';

/** Clicks `button`, waits for the download, and returns click → download started. */
async function timeDownload(page: Page, click: () => Promise<void>): Promise<number> {
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await click();
  const clicked = await lastInput(page, 'click');
  await download;
  return (await lastInput(page, 'download')) - clicked;
}

export async function measureExport(bench: Bench): Promise<MeasureResult[]> {
  const page = await bench.open('/partners');
  // The button shows once the list has loaded, which takes seconds at the full size.
  const open = page.getByRole('button', { name: 'Export partners' });
  const shown = await open.waitFor({ timeout: 60_000 }).then(
    () => true,
    () => false,
  );
  if (!shown) {
    await page.close();
    return [{ id: 'export-partners', samples: [], unavailable: 'no Export partners button' }];
  }
  const samples: number[] = [];
  for (let run = 0; run < bench.settings.runs; run++) {
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Export partners' });
    await dialog.getByRole('radio', { name: /^CSV/ }).check();
    const exportButton = dialog.getByRole('button', { name: 'Export', exact: true });
    // Counting referrals for the reciprocity columns happens before the click is possible.
    await expect(exportButton).toBeEnabled({ timeout: 60_000 });
    await settle(page);
    samples.push(await timeDownload(page, () => exportButton.click()));
    await expect(dialog).toBeHidden();
  }
  await page.close();
  return [
    {
      id: 'export-partners',
      samples,
      note: `${bench.dataset.partners.length.toLocaleString('en-US')} partners`,
    },
  ];
}

export async function measureBackup(bench: Bench): Promise<MeasureResult[]> {
  const page = await bench.open('/settings');
  const backUp = page.getByRole('button', { name: 'Back up now' });
  if ((await backUp.count()) === 0) {
    await page.close();
    return [{ id: 'backup-full', samples: [], unavailable: 'no Back up now button in Settings' }];
  }
  const samples: number[] = [];
  // A backup of the whole reference dataset is tens of megabytes: fewer runs.
  for (let run = 0; run < Math.min(3, bench.settings.runs); run++) {
    await settle(page);
    samples.push(await timeDownload(page, () => backUp.click()));
  }
  await page.close();
  return [{ id: 'backup-full', samples }];
}
