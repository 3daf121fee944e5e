/**
 * Gets the reference dataset into the app's database the way an owner would: as a backup
 * file, through Settings → Data → Restore from backup (the real restore path, no test door
 * in the production build). Until that screen exists, it falls back to writing the records
 * straight into IndexedDB (test/fixtures/seed-browser.ts) and the report says so.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rm } from 'node:fs/promises';
import { datasetTables, writeBackupFile } from '../fixtures/backup-file';
import type { ReferenceDataset } from '../fixtures/dataset-reference';
import { seedDatabase, type SeedRecords } from '../fixtures/seed-browser';

// A restore of 270,000 records reads, checks and writes them all: minutes on 2 cores.
const RESTORE_TIMEOUT = 20 * 60_000;

async function restoreFromBackup(page: Page, dataset: ReferenceDataset): Promise<void> {
  const file = join(tmpdir(), `handshake-bench-${process.pid}.json`);
  await writeBackupFile(file, datasetTables(dataset));
  try {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Restore from backup' }).click();
    await (await chooser).setFiles(file);
    // The preview shows what the file holds; restoring replaces everything, once confirmed.
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible({ timeout: RESTORE_TIMEOUT });
    await dialog.getByRole('button', { name: /^Restore/ }).click();
    await expect(dialog).toBeHidden({ timeout: RESTORE_TIMEOUT });
    await waitForStoredCounts(page, dataset);
  } finally {
    await rm(file, { force: true });
  }
}

/** Resolves once every table holds as many records as the dataset (checked in the page). */
async function waitForStoredCounts(page: Page, dataset: ReferenceDataset): Promise<void> {
  const expected: Record<string, number> = {
    people: dataset.people.length,
    partners: dataset.partners.length,
    interactions: dataset.interactions.length,
    referrals: dataset.referrals.length,
    reminders: dataset.reminders.length,
  };
  await page.waitForFunction(
    (expected) =>
      new Promise<boolean>((resolve) => {
        const request = indexedDB.open('handshake');
        request.onerror = () => resolve(false);
        request.onsuccess = () => {
          const db = request.result;
          const tables = Object.keys(expected);
          const transaction = db.transaction(tables, 'readonly');
          const counts = tables.map((table) => transaction.objectStore(table).count());
          transaction.oncomplete = () => {
            db.close();
            resolve(counts.every((count, index) => count.result === expected[tables[index]!]));
          };
          transaction.onerror = () => resolve(false);
        };
      }),
    expected,
    { timeout: RESTORE_TIMEOUT, polling: 1_000 },
  );
}

/**
 * Loads the dataset into the context's database; returns how, for the report. Then waits
 * `settleMs`: after a restore of 270,000 records the browser goes on writing them to disk
 * for a while, and the first app starts measured against that compaction ran 25–90% slower
 * (This week computation 125, 156, 101 ms, then 78–84). An owner's app opens at rest.
 */
export async function loadDataset(
  context: BrowserContext,
  dataset: ReferenceDataset,
  { settleMs = 0 }: { settleMs?: number } = {},
): Promise<string> {
  const page = await context.newPage();
  // Opening the app once creates the database with its schema.
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const restore = page.getByRole('button', { name: 'Restore from backup' });
  let how: string;
  if ((await restore.count()) > 0) {
    await restoreFromBackup(page, dataset);
    how = 'Settings → Data → Restore from backup';
  } else {
    const { people, partners, interactions, referrals, reminders, settings } = dataset;
    // seed-browser writes any store; its type names only the ones its tests needed.
    const records = { people, partners, interactions, referrals, reminders, settings: [settings] };
    await seedDatabase(page, records as SeedRecords);
    await waitForStoredCounts(page, dataset);
    how = 'direct IndexedDB writes — Restore from backup is not available yet';
  }
  await page.close();
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  return how;
}
