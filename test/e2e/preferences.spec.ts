import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

const notifications = (page: Page) => page.getByRole('status', { name: 'Notifications' });
const preferences = (page: Page) => page.getByRole('region', { name: 'Preferences' });
const reminderSettings = (page: Page) => page.getByRole('region', { name: 'Notifications' });

test.beforeEach(async ({ page }) => {
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

test('default cadences are saved per partner status and shown on partner forms', async ({
  page,
}) => {
  const section = preferences(page);
  await expect(section.getByLabel('Active partners')).toHaveValue('30');
  await expect(section.getByLabel('Talking partners')).toHaveValue('');

  // Bad input: a sentence beside the box, and nothing is written.
  await section.getByLabel('Talking partners').fill('14');
  await section.getByLabel('Champions').fill('every week');
  await section.getByRole('button', { name: 'Save preferences' }).click();
  await expect(section.getByLabel('Champions')).toHaveAttribute('aria-invalid', 'true');
  await expect(section.getByLabel('Champions')).toHaveAccessibleDescription(
    /A cadence must be a whole number of days\./,
  );
  await section.getByLabel('Paused partners').fill('0');
  await section.getByLabel('Champions').fill('21');
  await section.getByRole('button', { name: 'Save preferences' }).click();
  await expect(section.getByText('A cadence must be at least 1 day.')).toBeVisible();
  await page.reload();
  await expect(preferences(page).getByLabel('Talking partners')).toHaveValue('');

  await preferences(page).getByLabel('Talking partners').fill('14');
  await preferences(page).getByLabel('Active partners').fill('');
  await preferences(page).getByLabel('Champions').fill('21');
  await preferences(page).getByRole('button', { name: 'Save preferences' }).click();
  await expect(notifications(page)).toContainText('Preferences saved.');
  await page.reload();
  await expect(preferences(page).getByLabel('Talking partners')).toHaveValue('14');
  await expect(preferences(page).getByLabel('Active partners')).toHaveValue('');
  await expect(preferences(page).getByLabel('Champions')).toHaveValue('21');

  // The Add partner form names the default for the status chosen in it.
  await page.goto('./#/partners');
  await page.getByRole('button', { name: 'Add partner' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add partner' });
  const cadence = dialog.getByLabel('Keep-in-touch cadence');
  await expect(cadence).toHaveAccessibleDescription(/Leave empty for none/);
  await dialog.getByLabel('Status').selectOption({ label: 'Talking' });
  await expect(cadence).toHaveAccessibleDescription(/talking partners are due every 14 days/);
  await dialog.getByLabel('Name', { exact: true }).fill('Harbor Accounting');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Harbor Accounting' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText(
    'Every 14 days (the default for talking partners)',
  );
});

test('the weekly reminder can move to another day and time, or be turned off', async ({ page }) => {
  const section = reminderSettings(page);
  const toggle = section.getByRole('checkbox', { name: 'Remind me every week' });
  await expect(toggle).toBeChecked();
  await expect(section.getByLabel('Day')).toHaveValue('1');
  await expect(section.getByLabel('Time')).toHaveValue('09:00');
  await expect(toggle).toHaveAccessibleDescription(/at the top of This week/);
  await expectAccessible(page);

  await section.getByLabel('Day').selectOption({ label: 'Friday' });
  await section.getByLabel('Time').fill('17:30');
  await section.getByRole('button', { name: 'Save notifications' }).click();
  await expect(notifications(page)).toContainText('Notifications saved.');
  await page.reload();
  await expect(reminderSettings(page).getByLabel('Day')).toHaveValue('5');
  await expect(reminderSettings(page).getByLabel('Time')).toHaveValue('17:30');

  await reminderSettings(page).getByRole('checkbox', { name: 'Remind me every week' }).uncheck();
  await expect(reminderSettings(page).getByLabel('Day')).toBeDisabled();
  await reminderSettings(page).getByRole('button', { name: 'Save notifications' }).click();
  await expect(notifications(page)).toContainText('The weekly reminder is off.');
  await page.reload();
  await expect(
    reminderSettings(page).getByRole('checkbox', { name: 'Remind me every week' }),
  ).not.toBeChecked();
  await expect(reminderSettings(page).getByLabel('Time')).toHaveValue('17:30');
});
