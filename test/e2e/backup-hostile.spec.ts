/**
 * A backup file from someone else, through Settings → Data → Restore from backup: one that
 * tries to reach Object.prototype is refused with a sentence, the page's prototypes stay
 * as they were, and nothing in the data changes. One that names records it lacks says so
 * in the preview.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { generateReferenceDataset } from '../fixtures/dataset-reference';
import { expect, expectAccessible, test } from './fixtures';
import { readAllRecords, type StoredTables } from './in-page';

const SIZE = { people: 8, partners: 3, interactions: 20, referrals: 4, reminders: 2 };

type Row = Record<string, unknown>;
interface BackupJson {
  data: {
    tables: { name: string; rowCount: number }[];
    data: { tableName: string; rows: Row[] }[];
  };
}

/** Runs in the page: writes rows into stores, past the app (its view is rebuilt on reading). */
function write(rows: StoredTables): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('handshake');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const transaction = db.transaction([...db.objectStoreNames], 'readwrite');
      for (const [name, list] of Object.entries(rows)) {
        for (const row of list) transaction.objectStore(name).put(row);
      }
      transaction.objectStore('attention').delete('meta');
      transaction.oncomplete = () => {
        db.close();
        resolve();
      };
      transaction.onerror = () => reject(transaction.error);
    };
  });
}

/** Runs in the page: what a polluted prototype would change. */
function prototypes() {
  const probe = {} as Record<string, unknown>;
  return {
    toStringIntact:
      typeof Object.prototype.toString === 'function' &&
      probe.toString === Object.prototype.toString &&
      String(probe) === '[object Object]',
    polluted: ['polluted', 'isAdmin'].filter((key) => key in probe || key in []),
    objectKeys: Object.getOwnPropertyNames(Object.prototype).sort(),
    arrayKeys: Object.getOwnPropertyNames(Array.prototype).sort(),
  };
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

/** Some records in the database, and a backup of them made with Back up now. */
async function dataAndBackup(page: Page, path: string): Promise<string> {
  const dataset = generateReferenceDataset({ size: SIZE, today: '2026-03-14' });
  await openDataSettings(page);
  // At least one person works at a partner, so leaving partners out leaves a link dangling.
  const people = dataset.people.map((person, index) =>
    index === 0 ? { ...person, partnerId: dataset.partners[0]!.id } : person,
  );
  await page.evaluate(write, {
    people,
    partners: dataset.partners,
    interactions: dataset.interactions,
  });
  await page.reload();
  const dataSection = await openDataSettings(page);
  const download = page.waitForEvent('download');
  await dataSection.getByRole('button', { name: 'Back up now' }).click();
  await (await download).saveAs(path);
  await expect(page.getByText(/^Backed up everything to “Handshake backup/)).toBeVisible();
  return readFile(path, 'utf8');
}

const ownKey = (target: object, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true });
const firstPerson = (json: BackupJson) =>
  json.data.data.find((table) => table.tableName === 'people')!.rows[0]!;

const HOSTILE: [string, (json: BackupJson) => void, string][] = [
  [
    'types-path.json',
    (json) => {
      const person = firstPerson(json);
      person.$types = { ...(person.$types as object), '__proto__.toString': 'undef' };
    },
    '__proto__',
  ],
  [
    'own-proto.json',
    (json) => ownKey(firstPerson(json), '__proto__', { isAdmin: true }),
    '__proto__',
  ],
  [
    'constructor.json',
    (json) => (firstPerson(json).extra = { constructor: { prototype: { polluted: 'yes' } } }),
    'constructor',
  ],
];

test('a backup that reaches for Object.prototype is refused; the page and data stay intact', async ({
  page,
}, testInfo) => {
  test.slow(); // three files, each read and refused in turn
  const text = await dataAndBackup(page, testInfo.outputPath('good.json'));
  const before = await page.evaluate(readAllRecords);
  const intact = await page.evaluate(prototypes);
  expect(intact.toStringIntact).toBe(true);
  expect(intact.polluted).toEqual([]);

  const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
  for (const [name, edit, key] of HOSTILE) {
    const json = JSON.parse(text) as BackupJson;
    edit(json);
    const path = testInfo.outputPath(name);
    await writeFile(path, JSON.stringify(json));
    await pickBackup(page, path);
    await expect(dialog.getByRole('alert')).toHaveText(
      `“${name}” cannot be restored: row 1 of “people” contains a field named “${key}”, which Handshake never writes. Nothing was changed.`,
    );
    if (name === HOSTILE[0]![0]) await expectAccessible(page);
    expect(await page.evaluate(prototypes)).toEqual(intact);
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
  }
  expect(await page.evaluate(readAllRecords)).toEqual(before);
});

test('the preview says when a backup names records it lacks', async ({ page }, testInfo) => {
  const text = await dataAndBackup(page, testInfo.outputPath('good.json'));
  const json = JSON.parse(text) as BackupJson;
  // The partners are left out of the file; its people and interactions still name them.
  json.data.data.find((table) => table.tableName === 'partners')!.rows = [];
  json.data.tables.find((table) => table.name === 'partners')!.rowCount = 0;
  const path = testInfo.outputPath('no-partners.json');
  await writeFile(path, JSON.stringify(json));
  const before = await page.evaluate(readAllRecords);

  await pickBackup(page, path);
  const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
  const links = dialog.getByRole('list', { name: 'Links to records this backup lacks' });
  await expect(
    links.getByText(
      /^\d+ (person is|people are) linked to a partner who is not in this backup; the link will be removed\.$/,
    ),
  ).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await page.evaluate(readAllRecords)).toEqual(before);
});
