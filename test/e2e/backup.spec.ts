/**
 * Back up now, lose everything, Restore from backup: every record comes back exactly,
 * read straight from IndexedDB before and after. A bad file changes nothing.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { generateReferenceDataset } from '../fixtures/dataset-reference';
import { expect, expectAccessible, test } from './fixtures';
import { readAllRecords, type StoredTables } from './in-page';

// Small, but the generator gives its busiest person 500 timeline entries.
const SIZE = { people: 60, partners: 12, interactions: 600, referrals: 40, reminders: 10 };

/** How the preview counts a table: "12", or "12 (3 in the Trash)". */
function countText(rows: readonly { deletedAt?: number }[]) {
  const trashed = rows.filter((row) => row.deletedAt !== undefined).length;
  return trashed > 0 ? `${rows.length} (${trashed} in the Trash)` : String(rows.length);
}

/** Runs in the page: writes rows into stores, or (`wipe`) trashes and deletes everything. */
function write({ rows, wipe }: { rows?: StoredTables; wipe?: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('handshake');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const transaction = db.transaction([...db.objectStoreNames], 'readwrite');
      for (const [name, list] of Object.entries(rows ?? {})) {
        for (const row of list) transaction.objectStore(name).put(row);
      }
      // Written past the app: its This week view is marked stale, to be rebuilt on reading.
      transaction.objectStore('attention').delete('meta');
      if (wipe !== undefined) {
        // Everyone to the Trash; the timeline, referrals and reminders gone for good.
        for (const name of ['people', 'partners']) {
          const cursor = transaction.objectStore(name).openCursor();
          cursor.onsuccess = () => {
            const current = cursor.result;
            if (!current) return;
            current.update({ ...current.value, deletedAt: wipe });
            current.continue();
          };
        }
        for (const name of ['interactions', 'referrals', 'reminders', 'settings']) {
          transaction.objectStore(name).clear();
        }
      }
      transaction.oncomplete = () => {
        db.close();
        resolve();
      };
      transaction.onerror = () => reject(transaction.error);
    };
  });
}

async function openDataSettings(page: Page) {
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const dataSection = page.getByRole('region', { name: 'Data' });
  await expect(dataSection.getByRole('button', { name: 'Back up now' })).toBeVisible();
  return dataSection;
}

async function pickBackup(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page
    .getByRole('region', { name: 'Data' })
    .getByRole('button', { name: 'Restore from backup' })
    .click();
  await (await chooser).setFiles(path);
}

async function saved(download: Download, path: string) {
  await download.saveAs(path);
  return path;
}

test('back up, lose everything, restore: every record of every table comes back', async ({
  page,
}, testInfo) => {
  // A long journey: on a busy machine it needs more than the default time.
  test.slow();
  const dataset = generateReferenceDataset({ size: SIZE, today: '2026-03-14' });
  // Some of it already in the Trash before the backup: the Trash is backed up too.
  const trashedAt = Date.UTC(2026, 2, 1);
  const people = dataset.people.map((person, index) =>
    index % 10 === 0 ? { ...person, deletedAt: trashedAt } : person,
  );
  const partners = dataset.partners.map((partner, index) =>
    index === 0 ? { ...partner, deletedAt: trashedAt } : partner,
  );
  await openDataSettings(page);
  await page.evaluate(write, {
    rows: {
      people,
      partners,
      interactions: dataset.interactions,
      referrals: dataset.referrals,
      reminders: dataset.reminders,
      settings: [dataset.settings],
    },
  });
  await page.reload();
  const dataSection = await openDataSettings(page);
  const before = await page.evaluate(readAllRecords);
  expect(before.people).toHaveLength(SIZE.people);
  expect(before.interactions).toHaveLength(dataset.interactions.length);

  // Back up now: in the browser, the backup is a download.
  const download = page.waitForEvent('download');
  await dataSection.getByRole('button', { name: 'Back up now' }).click();
  const backup = await download;
  expect(backup.suggestedFilename()).toMatch(
    /^Handshake backup \d{4}-\d{2}-\d{2} \d{2}\.\d{2}\.json$/,
  );
  const backupPath = await saved(backup, testInfo.outputPath('backup.json'));
  await expect(page.getByText(/^Backed up everything to “Handshake backup/)).toBeVisible();

  // Disaster: everything trashed, the timeline, referrals and reminders gone.
  await page.evaluate(write, { wipe: Date.now() });
  await page.reload();
  await openDataSettings(page);
  expect(await page.evaluate(readAllRecords)).not.toEqual(before);

  await pickBackup(page, backupPath);
  const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
  await expect(dialog.getByRole('table', { name: 'What the backup holds' })).toBeVisible();
  const counts = { People: people, Partners: partners, Interactions: dataset.interactions };
  for (const [label, rows] of Object.entries(counts)) {
    await expect(dialog.getByRole('row', { name: label })).toHaveText(`${label}${countText(rows)}`);
  }
  await expect(dialog.getByRole('row', { name: 'People' })).toContainText('(6 in the Trash)');
  await expect(dialog.getByText('replaces all your current data')).toBeVisible();
  await expectAccessible(page);

  // Confirming saves a safety backup of the current (wiped) data first, then restores.
  const safety = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Restore from backup' }).click();
  expect((await safety).suggestedFilename()).toMatch(/^Handshake safety backup /);
  await expect(page.getByText(/^Restored your data from the backup of /)).toBeVisible();
  await expect(dialog).toBeHidden();

  expect(await page.evaluate(readAllRecords)).toEqual(before);

  // And the app shows them again, without a reload.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'People' })
    .click();
  const live = people.filter((person) => person.deletedAt === undefined).length;
  await expect(page.getByText(`${live} people`, { exact: true })).toBeVisible();
});

test('a damaged backup shows its message and changes nothing', async ({ page }, testInfo) => {
  const dataset = generateReferenceDataset({ size: SIZE, today: '2026-03-14' });
  await openDataSettings(page);
  await page.evaluate(write, {
    rows: { people: dataset.people.slice(0, 5), partners: dataset.partners.slice(0, 2) },
  });
  await page.reload();
  const dataSection = await openDataSettings(page);

  const download = page.waitForEvent('download');
  await dataSection.getByRole('button', { name: 'Back up now' }).click();
  const text = await readFile(
    await saved(await download, testInfo.outputPath('good.json')),
    'utf8',
  );
  const before = await page.evaluate(readAllRecords);

  const cut = testInfo.outputPath('cut.json');
  await writeFile(cut, text.slice(0, Math.floor(text.length * 0.6)));
  await pickBackup(page, cut);
  const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
  await expect(dialog.getByRole('alert')).toHaveText(
    '“cut.json” is not a complete Handshake backup — it may be damaged or cut short. Nothing was changed.',
  );
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();

  const edited = testInfo.outputPath('edited.json');
  await writeFile(edited, text.replace(`"name":"${dataset.people[0]!.name}"`, '"name":""'));
  await pickBackup(page, edited);
  await expect(dialog.getByRole('alert')).toHaveText(
    // Rows are in key order, so which row it is depends on the generated ids.
    /^“edited\.json” is damaged \(row \d+ of “people”: Enter a name\.\), so it cannot be restored\. Nothing was changed\.$/,
  );
  await dialog.getByRole('button', { name: 'OK' }).click();

  expect(await page.evaluate(readAllRecords)).toEqual(before);
});

test('Settings → Data says automatic backups belong to the desktop app', async ({ page }) => {
  const dataSection = await openDataSettings(page);
  await expect(dataSection.getByRole('heading', { name: 'Automatic backups' })).toBeVisible();
  await expect(
    dataSection.getByText('Automatic backups are a desktop app feature.', { exact: false }),
  ).toBeVisible();
  await expectAccessible(page);
});

test('the palette offers Back up now and Restore from backup', async ({ page }) => {
  await openDataSettings(page);
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog');
  await page.keyboard.type('back up');
  const download = page.waitForEvent('download');
  await palette.getByRole('option', { name: /Back up now/ }).click();
  expect((await download).suggestedFilename()).toMatch(/^Handshake backup /);
});
