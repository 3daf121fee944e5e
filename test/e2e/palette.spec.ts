import type { Page } from '@playwright/test';
import { seedDatabase } from '../fixtures/seed-browser';
import type { StoredPartner, StoredPerson } from '../fixtures/dataset';
import { expect, expectAccessible, navigation, test } from './fixtures';

const NOW = Date.UTC(2026, 2, 14, 9, 30);

function person(id: string, name: string, more: Partial<StoredPerson> = {}): StoredPerson {
  const nameKey = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return {
    id,
    name,
    nameKey,
    relationship: 'other',
    emails: [],
    phones: [],
    tags: [],
    createdAt: NOW,
    updatedAt: NOW,
    ...more,
  };
}

const AMELIE = person('p-amelie', 'Amélie Dupont', {
  company: 'Boulangerie Dupont',
  phones: ['+1 (555) 014-2000'],
});
const DANA = person('p-dana', 'Dana Ruiz', { company: 'Acme Insurance' });
const ACME: StoredPartner = {
  id: 'b-acme',
  name: 'Acme Insurance',
  nameKey: 'acme insurance',
  category: 'Insurance agent',
  status: 'active',
  tags: [],
  createdAt: NOW,
  updatedAt: NOW,
};

/** Opens the app once (so its database exists), writes the records, and reloads. */
async function openWith(page: Page, people: StoredPerson[], partners: StoredPartner[] = []) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  await seedDatabase(page, { people, partners });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
}

function palette(page: Page) {
  return page.getByRole('dialog', { name: 'Command palette' });
}

async function openPalette(page: Page) {
  // The app renders once the database is ready; a key pressed before that reaches nothing.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('ControlOrMeta+K');
  await expect(palette(page)).toBeVisible();
  const input = palette(page).getByRole('combobox', {
    name: 'Search people, partners and actions',
  });
  await expect(input).toBeFocused();
  return input;
}

test('Ctrl+K finds a person by company and by a name typed without its accent', async ({
  page,
}) => {
  await openWith(page, [AMELIE, DANA], [ACME]);
  const input = await openPalette(page);

  await input.fill('boulangerie');
  await expect(palette(page).getByRole('option')).toHaveCount(1);
  await expect(palette(page).getByRole('option').first()).toContainText('Amélie Dupont');

  await input.fill('acme');
  const options = palette(page).getByRole('option');
  await expect(options.nth(0)).toContainText('Acme Insurance');
  await expect(options.nth(0)).toContainText('Partner');
  await expect(options.nth(1)).toContainText('Dana Ruiz');

  await input.fill('555 0142');
  await expect(options.first()).toContainText('Amélie Dupont');

  await input.fill('amelie');
  await expect(options.first()).toContainText('Amélie Dupont');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');

  await expect(palette(page)).toBeHidden();
  await expect(page).toHaveURL(/#\/people\/p-amelie$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Amélie Dupont' })).toBeVisible();
});

test('a partner found in the palette opens its page on click', async ({ page }) => {
  await openWith(page, [DANA], [ACME]);
  const input = await openPalette(page);
  await input.fill('insurance agent');
  await palette(page)
    .getByRole('option', { name: /Acme Insurance/ })
    .click();
  await expect(page).toHaveURL(/#\/partners\/b-acme$/);
});

test('Esc closes the palette and focus returns where it was', async ({ page }) => {
  await page.goto('./#/settings');
  const link = navigation(page).getByRole('link', { name: 'People' });
  await link.focus();
  await openPalette(page);
  await page.keyboard.press('Escape');
  await expect(palette(page)).toBeHidden();
  await expect(link).toBeFocused();

  // Ctrl+K again toggles it closed too.
  await openPalette(page);
  await page.keyboard.press('ControlOrMeta+K');
  await expect(palette(page)).toBeHidden();
});

test('actions run by name: Add partner, Add person and Go to a section', async ({ page }) => {
  await page.goto('./');
  let input = await openPalette(page);
  await input.fill('add partner');
  await expect(palette(page).getByRole('option').first()).toContainText('Add partner');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Add partner' })).toBeVisible();
  // No palette while another dialog is open.
  await page.keyboard.press('ControlOrMeta+K');
  await expect(palette(page)).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Add partner' })).toBeHidden();

  input = await openPalette(page);
  await input.fill('add per');
  await palette(page)
    .getByRole('option', { name: /Add person/ })
    .click();
  await expect(page.getByRole('dialog', { name: 'Add person' })).toBeVisible();
  await page.keyboard.press('Escape');

  input = await openPalette(page);
  await input.fill('settings');
  // Enter runs the chosen action: wait until the list has narrowed to it.
  await expect(palette(page).getByRole('option', { selected: true })).toContainText('Settings');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

test('Ctrl+N opens Add person from anywhere', async ({ page }) => {
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.keyboard.press('ControlOrMeta+N');
  await expect(page.getByRole('dialog', { name: 'Add person' })).toBeVisible();
});

test('the palette is accessible, breaks no CSP rule and shows markup as text', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const markup = '<img src=x onerror=alert(1)>';
  await openWith(page, [person('p-markup', markup, { company: 'Tags & <b>bold</b>' })]);
  const input = await openPalette(page);
  await input.fill('img src');
  await expect(palette(page).getByRole('option').first()).toContainText(markup);
  await expect(palette(page).locator('img, b')).toHaveCount(0);
  await expectAccessible(page);

  await input.fill('nothing matches this');
  await expect(palette(page)).toContainText('Nothing matches “nothing matches this”.');
  expect(violations).toEqual([]);
  expect(await page.locator('style').count()).toBe(0);
});

test('the index follows changes made in another window', async ({ page, context }) => {
  await openWith(page, [{ ...DANA, deletedAt: NOW }]);
  let input = await openPalette(page);
  await input.fill('dana');
  await expect(palette(page)).toContainText('Nothing matches “dana”.');
  await page.keyboard.press('Escape');

  // Another window restores Dana from the Trash; this window's search finds her at once.
  const other = await context.newPage();
  await other.goto('./#/settings');
  const trash = other.getByRole('region', { name: 'Trash' });
  await trash
    .getByRole('listitem')
    .filter({ hasText: 'Dana Ruiz' })
    .getByRole('button', { name: 'Restore' })
    .click();
  await expect(trash).toContainText('The Trash is empty.');

  input = await openPalette(page);
  await input.fill('dana');
  await expect(palette(page).getByRole('option').first()).toContainText('Dana Ruiz');
});
