import type { Page } from '@playwright/test';
import { expect, navigation, test } from './fixtures';

/**
 * Waits until a chosen theme is saved: the app mirrors the saved theme into localStorage
 * only once the database has answered with it.
 */
function themeSaved(page: Page, theme: string) {
  return expect
    .poll(() => page.evaluate(() => localStorage.getItem('handshake.theme')))
    .toBe(theme);
}

test.beforeEach(async ({ page }) => {
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

test('the business profile is saved and survives a reload', async ({ page }) => {
  await page.getByLabel("Owner's name").fill('Maria Lopez');
  await page.getByLabel('Business name').fill('Lopez Auto Repair');
  await page.getByLabel('Currency').selectOption('EUR');
  await page.getByLabel('First day of the week').selectOption({ label: 'Monday' });
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status')).toContainText('Business profile saved.');
  // The business name appears under the brand as soon as it is saved.
  await expect(navigation(page)).toContainText('Lopez Auto Repair');

  await page.reload();
  await expect(page.getByLabel("Owner's name")).toHaveValue('Maria Lopez');
  await expect(page.getByLabel('Business name')).toHaveValue('Lopez Auto Repair');
  await expect(page.getByLabel('Currency')).toHaveValue('EUR');
  await expect(page.getByLabel('First day of the week')).toHaveValue('1');
});

test('a business name that is too long is refused beside the field and nothing is saved', async ({
  page,
}) => {
  await page.getByLabel('Business name').fill('Lopez Auto Repair');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status')).toContainText('Business profile saved.');

  await page.getByLabel('Business name').fill('x'.repeat(201));
  await page.getByRole('button', { name: 'Save profile' }).click();
  const field = page.getByLabel('Business name');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Business name can be at most 200 characters.')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Business name')).toHaveValue('Lopez Auto Repair');
});

test('the theme switches at once and is remembered', async ({ page }) => {
  const html = page.locator('html');
  await expect(html).not.toHaveAttribute('data-theme', /.*/);

  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await themeSaved(page, 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(22, 21, 19)');

  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();

  await page.getByRole('radio', { name: 'Light' }).check();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.getByRole('radio', { name: 'Match my computer' }).check();
  await expect(html).not.toHaveAttribute('data-theme', /.*/);
});

test('saving the profile keeps the chosen theme, and choosing a theme keeps the profile', async ({
  page,
}) => {
  await page.getByRole('radio', { name: 'Dark' }).check();
  await themeSaved(page, 'dark');
  await page.getByLabel('Business name').fill('Bright Smiles Dental');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status')).toContainText('Business profile saved.');
  await page.getByRole('radio', { name: 'Light' }).check();
  await themeSaved(page, 'light');

  await page.reload();
  await expect(page.getByLabel('Business name')).toHaveValue('Bright Smiles Dental');
  await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
});

test('Settings tells the owner where the data lives', async ({ page }) => {
  const data = page.getByRole('region', { name: 'Data' });
  await expect(data).toContainText('stored in this browser’s database on this computer');
  await expect(data).toContainText('Nothing is ever sent over the internet.');
});
