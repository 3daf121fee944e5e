import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { seedDatabase } from '../fixtures/seed-browser';
import type { StoredPerson } from '../fixtures/dataset';
import { expect, expectAccessible, test } from './fixtures';
import { chooseFile as choose, importDialog, openImport } from './import-steps';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
const NOW = Date.UTC(2026, 2, 14, 9, 30);

const peopleGrid = (page: Page) => page.getByRole('grid', { name: 'People' });

type FileInput = string | { name: string; mimeType: string; buffer: Buffer };

/** Picks a sample file (by its name in the fixtures folder) or a file made by the test. */
function chooseFile(page: Page, dialog: Locator, file: FileInput) {
  return choose(page, dialog, typeof file === 'string' ? path.join(FIXTURES, file) : file);
}

async function importAndFinish(dialog: Locator) {
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Import finished.' })).toBeVisible();
}

const count = (dialog: Locator, label: string) =>
  dialog.getByRole('term').filter({ hasText: label }).locator('xpath=following-sibling::dd');

async function seedPeople(page: Page, people: StoredPerson[]) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  await seedDatabase(page, { people });
  await page.reload();
}

function person(id: string, name: string, more: Partial<StoredPerson> = {}): StoredPerson {
  return {
    id,
    name,
    nameKey: name.toLowerCase(),
    relationship: 'client',
    emails: [],
    phones: [],
    tags: [],
    createdAt: NOW,
    updatedAt: NOW,
    ...more,
  };
}

const SAMPLES = [
  {
    file: 'google-contacts.csv',
    people: 5,
    added: 6,
    names: ['Dana Ruiz', 'Amélie Dubois-Martin'],
  },
  { file: 'google-contacts-legacy.csv', people: 1, added: 1, names: ['Helen Brooks'] },
  {
    file: 'linkedin-connections.csv',
    people: 3,
    added: 3,
    names: ['Priya Natarajan', 'Zoë Kowalczyk'],
  },
  { file: 'outlook-desktop.csv', people: 2, added: 2, names: ['Rosa Delgado', 'Tom Becker'] },
  { file: 'outlook-web.csv', people: 1, added: 1, names: ['Grace Lin'] },
  { file: 'contacts-v3.vcf', people: 2, added: 3, names: ['Dana Ruiz', 'Kenji Watanabe'] },
  { file: 'contacts-v21.vcf', people: 1, added: 1, names: ['Amélie Dubois-Martin'] },
  { file: 'contacts-v4.vcf', people: 1, added: 2, names: ['Lee Patel'] },
];

for (const sample of SAMPLES) {
  test(`imports ${sample.file} and lists its people`, async ({ page }) => {
    const dialog = await openImport(page);
    await chooseFile(page, dialog, sample.file);
    const toAdd = dialog.getByRole('table', { name: /^To be added/ });
    for (const name of sample.names) {
      await expect(toAdd.getByRole('row', { name: new RegExp(name) })).toBeVisible();
    }
    await importAndFinish(dialog);
    await expect(count(dialog, 'Added')).toHaveText(String(sample.added));
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();

    await expect(
      page.getByText(`${sample.people} ${sample.people === 1 ? 'person' : 'people'}`),
    ).toBeVisible();
    for (const name of sample.names) {
      await expect(peopleGrid(page).getByRole('row', { name: new RegExp(name) })).toBeVisible();
    }
  });
}

test('a Google export: reviewed, imported, tagged and shown with its details', async ({ page }) => {
  const dialog = await openImport(page);
  await expectAccessible(page);
  await chooseFile(page, dialog, 'google-contacts.csv');
  await expect(dialog).toContainText(
    'google-contacts.csv (Google Contacts): 5 new people, 1 new partner.',
  );
  await expectAccessible(page);
  await importAndFinish(dialog);
  await expect(dialog).toContainText(
    /carries the tag “Imported from google-contacts\.csv, \d{1,2} \w{3} \d{4}”/,
  );
  await expectAccessible(page);

  // The tag finds exactly the people this import added.
  await dialog.getByRole('button', { name: 'Show imported people' }).click();
  await expect(page.getByLabel('Tag')).toHaveValue(/^Imported from google-contacts\.csv, /);
  await expect(page.getByText('5 people')).toBeVisible();
  await peopleGrid(page)
    .getByRole('row', { name: /Dana Ruiz/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dana Ruiz' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText('dana.ruiz@mail.example');
  await expect(main).toContainText('Ruiz Insurance Agency');
  await expect(main).toContainText('Refers auto clients, prefers texts.');
});

test('a row that matches someone already here offers the merge, and merging keeps one person', async ({
  page,
}) => {
  await seedPeople(page, [
    person('p-dana', 'Dana Ruiz', { emails: ['dana@ruiz-insurance.example'], tags: ['champion'] }),
    person('p-sam', 'Sam Lee'),
  ]);
  const dialog = await openImport(page);
  await chooseFile(page, dialog, 'google-contacts.csv');

  const duplicates = dialog.getByRole('region', { name: /^Possible duplicates/ });
  await expect(duplicates).toContainText(
    'Same email dana@ruiz-insurance.example and same name as Dana Ruiz, already in Handshake.',
  );
  const choices = duplicates.getByRole('radiogroup', { name: 'Line 2: Dana Ruiz' });
  await expect(choices.getByRole('radio', { name: 'Merge' })).toBeChecked();
  await duplicates.getByRole('button', { name: 'Skip all' }).click();
  await expect(choices.getByRole('radio', { name: 'Skip' })).toBeChecked();
  await choices.getByRole('radio', { name: 'Merge' }).check();
  await expectAccessible(page);

  await importAndFinish(dialog);
  await expect(count(dialog, 'Added')).toHaveText('5');
  await expect(count(dialog, 'Merged')).toHaveText('1');
  await dialog.getByRole('button', { name: 'Done' }).click();

  // Four new people plus Dana and Sam: Dana was not added a second time.
  await expect(page.getByText('6 people')).toBeVisible();
  await peopleGrid(page)
    .getByRole('row', { name: /Dana Ruiz/ })
    .click();
  const main = page.getByRole('main');
  await expect(main).toContainText('dana@ruiz-insurance.example');
  await expect(main).toContainText('dana.ruiz@mail.example');
  await expect(main).toContainText('Ruiz Insurance Agency');
});

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489',
  'hex',
);

test('a bad file gets one sentence and nothing is written', async ({ page }) => {
  await seedPeople(page, [person('p-sam', 'Sam Lee')]);
  const dialog = await openImport(page);
  await chooseFile(page, dialog, { name: 'photo.csv', mimeType: 'text/csv', buffer: PNG });
  await expect(dialog.getByRole('alert')).toHaveText(
    /^“photo\.csv” .+, not a CSV or vCard file\. Nothing was imported\.$/,
  );
  await expectAccessible(page);

  const truncated = Buffer.from('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Half Card\r\n');
  await chooseFile(page, dialog, { name: 'half.vcf', mimeType: 'text/vcard', buffer: truncated });
  await expect(dialog.getByRole('alert')).toContainText('Nothing was imported.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('1 person')).toBeVisible();
});

const UNKNOWN_CSV = [
  'Full name;Mail;Firm;About',
  'Ada Quill;ada@quill.example;Quill Printing;Prints our flyers',
  'Ben Ortiz;ben@ortiz.example;Ortiz Plumbing;',
].join('\r\n');

test('an unrecognised CSV goes through column mapping with a live preview', async ({ page }) => {
  // A long journey: on a busy machine it needs more than the default time.
  test.slow();
  const dialog = await openImport(page);
  await chooseFile(page, dialog, {
    name: 'members.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(UNKNOWN_CSV),
  });
  await expect(dialog.getByLabel('Delimiter')).toHaveValue(';');
  // Read with the wrong delimiter, the file is one column; reading it again fixes that.
  await dialog.getByLabel('Delimiter').selectOption({ label: 'Comma ( , )' });
  await expect(dialog.getByRole('combobox', { name: 'Full name;Mail;Firm;About' })).toBeVisible();
  await dialog.getByLabel('Delimiter').selectOption({ label: 'Semicolon ( ; )' });
  const fullName = dialog.getByRole('combobox', { name: 'Full name' });
  await expect(fullName).toHaveValue('name');
  const preview = dialog.getByRole('table', { name: /^Preview/ });
  const ada = preview.getByRole('row', { name: /Ada Quill/ });
  await expect(ada).toBeVisible();
  await expect(ada).not.toContainText('Quill Printing');

  // Without a name column nothing can be imported: the owner is told which to choose.
  await fullName.selectOption({ label: 'Ignore' });
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Choose which column holds the name');
  await fullName.selectOption({ label: 'Name' });

  await dialog.getByRole('combobox', { name: 'Firm' }).selectOption({ label: 'Company' });
  await dialog.getByRole('combobox', { name: 'Mail' }).selectOption({ label: 'Email' });
  await dialog.getByRole('combobox', { name: 'About' }).selectOption({ label: 'Notes' });
  await expect(ada).toContainText('Quill Printing');
  await expect(ada).toContainText('ada@quill.example');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Continue' }).click();

  await expect(dialog).toContainText('members.csv (CSV file): 2 new people.');
  await importAndFinish(dialog);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await peopleGrid(page)
    .getByRole('row', { name: /Ada Quill/ })
    .click();
  await expect(page.getByRole('main')).toContainText('Quill Printing');
  await expect(page.getByRole('main')).toContainText('Prints our flyers');
  await expect(page.getByRole('main')).toContainText('ada@quill.example');
});

/**
 * Holds a write lock on the people store from a second connection, so the import waits
 * on screen, deterministically, until `releasePeopleStore` — no timing races.
 */
function holdPeopleStore(page: Page) {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('handshake');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const store = db.transaction('people', 'readwrite').objectStore('people');
          const flag = window as unknown as { releasePeople?: boolean };
          const keepBusy = () => {
            if (flag.releasePeople) db.close();
            else store.count().onsuccess = keepBusy;
          };
          keepBusy();
          resolve();
        };
      }),
  );
}

const releasePeopleStore = (page: Page) =>
  page.evaluate(() => ((window as unknown as { releasePeople?: boolean }).releasePeople = true));

test('Cancel during the import writes nothing', async ({ page }) => {
  await seedPeople(page, [person('p-sam', 'Sam Lee')]);
  const rows = Array.from({ length: 2_500 }, (_, i) => `Person ${i},person${i}@example.com`);
  const dialog = await openImport(page);
  await chooseFile(page, dialog, {
    name: 'many.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(['Name,Email', ...rows].join('\n')),
  });
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog).toContainText('2,500 new people');

  await holdPeopleStore(page);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await releasePeopleStore(page);

  await expect(dialog.getByRole('alert')).toHaveText('Import cancelled. Nothing was imported.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText('1 person')).toBeVisible();
});

test('Import contacts opens from the command palette and from Settings', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  await page.keyboard.press('ControlOrMeta+K');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox').fill('import');
  await expect(palette.getByRole('option').first()).toContainText('Import contacts');
  await page.keyboard.press('Enter');
  await expect(importDialog(page).getByRole('button', { name: 'Choose file…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(importDialog(page)).toBeHidden();

  await page.goto('./#/settings');
  await page
    .getByRole('region', { name: 'Data' })
    .getByRole('button', { name: 'Import contacts' })
    .click();
  await expect(importDialog(page)).toBeVisible();
});
