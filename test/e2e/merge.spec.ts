import type { Page } from '@playwright/test';
import { seedDatabase } from '../fixtures/seed-browser';
import type { StoredPerson } from '../fixtures/dataset';
import { expect, expectAccessible, test } from './fixtures';

const NOW = Date.UTC(2026, 2, 14, 9, 30);

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

const DANA = person('p-dana', 'Dana Ruiz', {
  company: 'Acme Insurance',
  emails: ['dana@acme.example'],
  tags: ['champion'],
});
const DUPLICATE = person('p-duplicate', 'Dana R.', {
  title: 'Agent',
  emails: ['dana.ruiz@home.example'],
  phones: ['555 0142'],
  tags: ['Champion', 'golf'],
  cadenceDays: 30,
});

async function openPerson(page: Page, id: string) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  await seedDatabase(page, { people: [DANA, DUPLICATE, person('p-sam', 'Sam Lee')] });
  await page.goto(`./#/people/${id}`);
  await page.reload();
}

function storedPeople(page: Page) {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = indexedDB.open('handshake');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const read = request.result.transaction('people').objectStore('people').getAll();
          read.onsuccess = () => {
            request.result.close();
            resolve(read.result as Record<string, unknown>[]);
          };
        };
      }),
  );
}

test('merge two duplicates: one person remains with both emails, the other is in the Trash', async ({
  page,
}) => {
  // A long journey: on a busy machine it needs more than the default time.
  test.slow();
  await openPerson(page, 'p-dana');
  await expect(page.getByRole('heading', { level: 1, name: 'Dana Ruiz' })).toBeVisible();
  await page.getByRole('button', { name: 'Merge with…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Merge with…' });
  const picker = dialog.getByRole('combobox', { name: 'Person to merge with' });
  await expect(picker).toBeFocused();
  await picker.fill('dana');
  // This person is not offered as their own duplicate.
  await expect(dialog.getByRole('option')).toHaveCount(1);
  await dialog.getByRole('option', { name: /Dana R\./ }).click();

  const table = dialog.getByRole('table');
  await expect(table.getByRole('radio', { name: 'Name: Dana Ruiz' })).toBeChecked();
  await expect(table.getByRole('radio', { name: 'Title: Agent' })).toBeChecked();
  await expect(table.getByRole('radio', { name: 'Company: Acme Insurance' })).toBeChecked();
  await expect(table.getByRole('row', { name: /Emails/ })).toContainText('dana@acme.example');
  await expect(table.getByRole('row', { name: /Emails/ })).toContainText('dana.ruiz@home.example');
  await expect(dialog).toContainText('Dana R. will go to the Trash.');
  await expectAccessible(page);

  await table.getByRole('radio', { name: 'Company: empty' }).check();
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Merged into Dana Ruiz');
  await expect(page).toHaveURL(/#\/people\/p-dana$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Dana Ruiz' })).toBeVisible();

  const people = await storedPeople(page);
  const kept = people.find((record) => record.id === 'p-dana');
  expect(kept).toMatchObject({
    name: 'Dana Ruiz',
    title: 'Agent',
    emails: ['dana@acme.example', 'dana.ruiz@home.example'],
    phones: ['555 0142'],
    tags: ['champion', 'golf'],
    cadenceDays: 30,
  });
  expect(kept).not.toHaveProperty('company');

  // Search finds one Dana, by either email; the duplicate waits in the Trash.
  await page.keyboard.press('ControlOrMeta+K');
  const search = page.getByRole('combobox', { name: 'Search people, partners and actions' });
  await search.fill('dana.ruiz@home');
  const options = page.getByRole('dialog', { name: 'Command palette' }).getByRole('option');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText('Dana Ruiz');
  await search.fill('dana');
  await expect(options.filter({ hasText: 'Person' })).toHaveCount(1);
  await page.keyboard.press('Escape');

  await page.goto('./#/settings');
  const trash = page.getByRole('region', { name: 'Trash' });
  await expect(trash.getByRole('listitem')).toHaveCount(1);
  await expect(trash.getByRole('listitem')).toContainText('Dana R.');
});

test('Cancel leaves both people as they were', async ({ page }) => {
  await openPerson(page, 'p-dana');
  await page.getByRole('button', { name: 'Merge with…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge with…' });
  await expect(dialog.getByRole('button', { name: 'Merge', exact: true })).toBeDisabled();
  const picker = dialog.getByRole('combobox', { name: 'Person to merge with' });
  await picker.fill('golf');
  // Enter without choosing a suggestion takes the best match.
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('table')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Merge with…' })).toBeFocused();
  expect((await storedPeople(page)).filter((record) => record.deletedAt)).toEqual([]);
});
