/**
 * Import contacts: a generated 10,000-row Google Contacts CSV through the real import
 * dialog, and in the same page the same 10,000 records written raw with one IndexedDB
 * transaction of puts (what Dexie's bulkPut does), so the two can be compared.
 *
 * Each run starts from an empty database in a fresh browser profile, so every run imports
 * the same file into the same state (a second import into the same database would be all
 * duplicates). The time counted is the app's work: file chosen → review shown, plus
 * Import clicked → report shown; the owner's reading of the review is not counted.
 */
import { expect, type Page } from '@playwright/test';
import { generatePeople } from '../../fixtures/dataset';
import { googleContactsCsv } from '../../fixtures/dataset-google-csv';
import type { Bench } from '../fixtures';
import { lastInput, timeWhenShown } from '../marks';
import { openProfile } from '../profile';
import type { MeasureResult } from '../report';

const DIALOG_BUTTONS = 'dialog[open] button';

/** Puts every record into the people store in one transaction; returns the ms it took. */
function rawPut(page: Page, records: readonly object[]): Promise<number> {
  return page.evaluate(
    (batch) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('handshake');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const start = performance.now();
          const transaction = db.transaction('people', 'readwrite');
          const store = transaction.objectStore('people');
          for (const record of batch) store.put(record);
          transaction.oncomplete = () => {
            db.close();
            resolve(performance.now() - start);
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    records,
  );
}

export async function measureImport(bench: Bench): Promise<MeasureResult[]> {
  const rows = bench.settings.importRows;
  const people = generatePeople(rows, 99);
  const csv = Buffer.from(googleContactsCsv(people), 'utf8');
  const imports: number[] = [];
  const raws: number[] = [];
  const ratios: number[] = [];
  const runs = Math.min(3, bench.settings.runs);
  for (let run = 0; run < runs; run++) {
    // An empty database each run: a new profile of its own.
    const profile = await openProfile(bench.settings.port);
    const page = await profile.context.newPage();
    await page.goto('./#/settings');
    const start = page.getByRole('button', { name: 'Import contacts' });
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    if ((await start.count()) === 0) {
      await profile.close();
      return [{ id: 'import-csv', samples: [], unavailable: 'no Import contacts button' }];
    }
    await start.click();
    const dialog = page.getByRole('dialog', { name: 'Import contacts' });
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Choose file…' }).click();
    await (await chooser).setFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer: csv });
    const chosen = await lastInput(page, 'change');
    const reviewed = await timeWhenShown(page, DIALOG_BUTTONS, 'Import');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    const clicked = await lastInput(page, 'click');
    const reported = await timeWhenShown(page, DIALOG_BUTTONS, 'Done');
    const imported = reviewed - chosen + (reported - clicked);
    const raw = await rawPut(page, people);
    imports.push(imported);
    raws.push(raw);
    ratios.push(imported / raw);
    await profile.close();
  }
  const note = `${rows.toLocaleString('en-US')} rows into an empty database`;
  return [
    { id: 'import-csv', samples: imports, note },
    { id: 'import-raw-bulkput', samples: raws, note },
    { id: 'import-ratio', samples: ratios },
  ];
}
