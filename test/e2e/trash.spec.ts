import type { Page } from '@playwright/test';
import { seedDatabase } from '../fixtures/seed-browser';
import type { StoredPartner, StoredPerson } from '../fixtures/dataset';
import { expect, expectAccessible, test } from './fixtures';

const MINUTE = 60_000;

function person(id: string, name: string, more: Partial<StoredPerson> = {}): StoredPerson {
  const time = Date.now() - 60 * MINUTE;
  return {
    id,
    name,
    nameKey: name.toLowerCase(),
    relationship: 'other',
    emails: [],
    phones: [],
    tags: [],
    createdAt: time,
    updatedAt: time,
    ...more,
  };
}

function partner(id: string, name: string, more: Partial<StoredPartner> = {}): StoredPartner {
  const time = Date.now() - 60 * MINUTE;
  return {
    id,
    name,
    nameKey: name.toLowerCase(),
    status: 'active',
    tags: [],
    createdAt: time,
    updatedAt: time,
    ...more,
  };
}

const trashedAgo = (minutes: number) => ({ deletedAt: Date.now() - minutes * MINUTE });

async function openSettingsWith(
  page: Page,
  people: StoredPerson[],
  partners: StoredPartner[] = [],
) {
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await seedDatabase(page, { people, partners });
  await page.reload();
  return trashRegion(page);
}

const trashRegion = (page: Page) => page.getByRole('region', { name: 'Trash' });
const line = (page: Page, name: string) =>
  trashRegion(page).getByRole('listitem').filter({ hasText: name });

/** What is stored for a person, read straight from IndexedDB. */
function storedPerson(page: Page, id: string) {
  return page.evaluate(
    (key) =>
      new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const request = indexedDB.open('handshake');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const read = request.result.transaction('people').objectStore('people').get(key);
          read.onsuccess = () => {
            request.result.close();
            resolve(read.result as Record<string, unknown> | undefined);
          };
        };
      }),
    id,
  );
}

test('the Trash lists what was trashed, most recent first, and says when', async ({ page }) => {
  const trash = await openSettingsWith(
    page,
    [person('p-dana', 'Dana Ruiz', trashedAgo(3)), person('p-keep', 'Lee Park')],
    [partner('b-acme', 'Acme Insurance', trashedAgo(60 * 24 * 2))],
  );
  const lines = trash.getByRole('listitem');
  await expect(lines).toHaveCount(2);
  await expect(lines.nth(0)).toContainText('Dana Ruiz');
  await expect(lines.nth(0)).toContainText('Person · trashed 3 minutes ago');
  await expect(lines.nth(1)).toContainText('Acme Insurance');
  await expect(lines.nth(1)).toContainText('Partner · trashed 2 days ago');
  await expect(trash).toContainText('In the Trash: 1 person and 1 partner.');
  await expectAccessible(page);
});

test('move a person to the Trash from their page, then restore them from Settings', async ({
  page,
}) => {
  await openSettingsWith(page, [person('p-dana', 'Dana Ruiz', { company: 'Acme Insurance' })]);
  await expect(trashRegion(page)).toContainText('The Trash is empty.');

  await page.goto('./#/people/p-dana');
  await page.getByRole('button', { name: 'Move to trash' }).click();
  // The app goes back to People once she is in the Trash: wait for it, or it lands after.
  await expect(page.getByText('Moved Dana Ruiz to the Trash')).toBeVisible();
  await page.goto('./#/settings');
  await line(page, 'Dana Ruiz').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status')).toContainText('Restored Dana Ruiz.');
  await expect(trashRegion(page)).toContainText('The Trash is empty.');

  // Back where she was: search finds her again, and her page opens.
  await page.keyboard.press('ControlOrMeta+K');
  await page.getByRole('combobox', { name: 'Search people, partners and actions' }).fill('acme');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Dana Ruiz' })).toBeVisible();
});

test('delete forever asks first; a deleted partner’s people stay, unlinked', async ({ page }) => {
  await openSettingsWith(
    page,
    [person('p-sam', 'Sam Lee', { partnerId: 'b-acme' })],
    [partner('b-acme', 'Acme Insurance', trashedAgo(1))],
  );
  const deleteButton = line(page, 'Acme Insurance').getByRole('button', { name: 'Delete forever' });
  await deleteButton.click();
  let confirm = page.getByRole('dialog', { name: 'Delete Acme Insurance forever?' });
  await expect(confirm).toContainText('This cannot be undone.');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(line(page, 'Acme Insurance')).toBeVisible();

  await deleteButton.click();
  confirm = page.getByRole('dialog', { name: 'Delete Acme Insurance forever?' });
  await confirm.getByRole('button', { name: 'Delete forever' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Deleted Acme Insurance forever.');
  await expect(trashRegion(page)).toContainText('The Trash is empty.');

  const sam = await storedPerson(page, 'p-sam');
  expect(sam?.name).toBe('Sam Lee');
  expect(sam).not.toHaveProperty('partnerId');
});

test('empty trash, with the count, deletes everything in it for good', async ({ page }) => {
  await openSettingsWith(
    page,
    [
      person('p-dana', 'Dana Ruiz', trashedAgo(1)),
      person('p-sam', 'Sam Lee', trashedAgo(2)),
      person('p-keep', 'Lee Park'),
    ],
    [partner('b-acme', 'Acme Insurance', trashedAgo(3))],
  );
  await trashRegion(page).getByRole('button', { name: 'Empty trash' }).click();
  const confirm = page.getByRole('dialog', { name: 'Empty trash?' });
  await expect(confirm).toContainText(
    'The 2 people and 1 partner in the Trash will be deleted forever. This cannot be undone.',
  );
  await confirm.getByRole('button', { name: 'Empty trash' }).click();
  await expect(page.getByRole('status')).toContainText(
    'Emptied the Trash: 3 records deleted forever.',
  );
  await expect(trashRegion(page)).toContainText('The Trash is empty.');

  await page.reload();
  await expect(trashRegion(page)).toContainText('The Trash is empty.');
  expect(await storedPerson(page, 'p-dana')).toBeUndefined();
  expect((await storedPerson(page, 'p-keep'))?.name).toBe('Lee Park');
});

test('after a restore, focus moves to the next line, not to the top of the page', async ({
  page,
}) => {
  await openSettingsWith(page, [
    person('p-dana', 'Dana Ruiz', trashedAgo(1)),
    person('p-sam', 'Sam Lee', trashedAgo(2)),
  ]);
  await line(page, 'Dana Ruiz').getByRole('button', { name: 'Restore' }).focus();
  await page.keyboard.press('Enter');
  await expect(trashRegion(page).getByRole('listitem')).toHaveCount(1);
  await expect(line(page, 'Sam Lee').getByRole('button', { name: 'Restore' })).toBeFocused();
});
