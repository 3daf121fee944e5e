import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

const dialogNamed = (page: Page, name: string) => page.getByRole('dialog', { name });
const notifications = (page: Page) => page.getByRole('status', { name: 'Notifications' });
const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const field = (page: Page, label: string) =>
  details(page).getByRole('button', { name: new RegExp(`^${label}`) });

async function openAddPerson(page: Page): Promise<Locator> {
  await page.goto('./#/people');
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await page.getByRole('button', { name: 'Add person' }).click();
  const dialog = dialogNamed(page, 'Add person');
  await expect(dialog).toBeVisible();
  return dialog;
}

async function addPerson(page: Page, name: string, more: { email?: string; phone?: string } = {}) {
  const dialog = await openAddPerson(page);
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  if (more.email)
    await dialog.getByRole('textbox', { name: 'Email', exact: true }).fill(more.email);
  if (more.phone)
    await dialog.getByRole('textbox', { name: 'Phone', exact: true }).fill(more.phone);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Records in one store of the app's database, read straight from IndexedDB. */
function countStored(page: Page, store: string) {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('handshake');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const count = request.result.transaction(name).objectStore(name).count();
          count.onsuccess = () => {
            request.result.close();
            resolve(count.result);
          };
        };
      }),
    store,
  );
}

test('adds a person with every detail, two emails and a tag, and shows them on their page', async ({
  page,
}) => {
  const dialog = await openAddPerson(page);
  await expect(dialog.getByLabel('Name', { exact: true })).toBeFocused();
  await dialog.getByLabel('Name', { exact: true }).fill('Dana Ruiz');
  await dialog.getByLabel('Company').fill('Ruiz & Daughters Insurance');
  await dialog.getByLabel('Title').fill('Agent');
  await dialog.getByLabel('Relationship').selectOption({ label: 'Client' });
  await dialog.getByRole('textbox', { name: 'Email', exact: true }).fill('dana@ruiz.example');
  await dialog.getByRole('button', { name: 'Add another email' }).click();
  const second = dialog.getByRole('textbox', { name: 'Email 2' });
  await expect(second).toBeFocused();
  await second.fill('dana.ruiz@home.example');
  await dialog.getByRole('textbox', { name: 'Phone', exact: true }).fill('555-010-4477');
  await dialog.getByRole('combobox', { name: 'Tags' }).fill('champion');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Remove tag champion' })).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Birthday Month' }).selectOption({ label: 'March' });
  await dialog.getByRole('combobox', { name: 'Birthday Day' }).selectOption('14');
  await dialog.getByLabel('Keep-in-touch cadence').fill('30');
  await dialog.getByLabel('How we met').fill('Chamber of commerce breakfast');
  await dialog.getByLabel('Notes').fill('Prefers calls in the morning.');
  await dialog.getByRole('button', { name: 'Save' }).click();

  await expect(dialog).toBeHidden();
  await expect(notifications(page)).toContainText('Added Dana Ruiz');
  await expect(page).toHaveURL(/#\/people\/[\w-]+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Dana Ruiz' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Agent at Ruiz & Daughters Insurance');

  await page.reload();
  for (const text of [
    'dana@ruiz.example',
    'dana.ruiz@home.example',
    '555-010-4477',
    'champion',
    'March 14',
    'Every 30 days',
    'Chamber of commerce breakfast',
    'Prefers calls in the morning.',
    'Client',
  ]) {
    await expect(details(page)).toContainText(text);
  }
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText(
    'No meetings, calls or notes with Dana Ruiz yet',
  );
  await expect(page.getByRole('region', { name: 'Referrals' })).toBeVisible();
});

test('Enter in a single-line field saves the new person', async ({ page }) => {
  const dialog = await openAddPerson(page);
  await dialog.getByLabel('Name', { exact: true }).fill('Sam Lee');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Lee' })).toBeVisible();
});

test('bad input gets a message beside its field and nothing is written', async ({ page }) => {
  const dialog = await openAddPerson(page);
  await dialog.getByRole('button', { name: 'Save' }).click();
  const name = dialog.getByLabel('Name', { exact: true });
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('Enter a name.')).toBeVisible();
  await expect(name).toBeFocused();

  await name.fill('Dana Ruiz');
  await dialog.getByRole('textbox', { name: 'Email', exact: true }).fill('dana@ruiz.example');
  await dialog.getByRole('button', { name: 'Add another email' }).click();
  await dialog.getByRole('textbox', { name: 'Email 2' }).fill('not-an-email');
  await dialog.getByLabel('Keep-in-touch cadence').fill('1.5');
  await dialog.getByRole('button', { name: 'Save' }).click();

  await expect(dialog.getByRole('textbox', { name: 'Email 2' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(dialog.getByRole('textbox', { name: 'Email 2' })).toHaveAccessibleDescription(
    'Enter an email address like name@example.com.',
  );
  await expect(dialog.getByRole('textbox', { name: 'Email', exact: true })).not.toHaveAttribute(
    'aria-invalid',
  );
  await expect(dialog.getByLabel('Keep-in-touch cadence')).toHaveAccessibleDescription(
    /Keep-in-touch cadence must be a whole number of days\./,
  );
  await expect(name).not.toHaveAttribute('aria-invalid');
  expect(await countStored(page, 'people')).toBe(0);
  expect(await countStored(page, 'partners')).toBe(0);

  // Closing with typing in the form asks first.
  await page.keyboard.press('Escape');
  await expect(dialog.getByRole('alert')).toContainText('Discard this new person?');
  await expect(dialog.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog.getByRole('alert')).toBeHidden();
  await expect(name).toHaveValue('Dana Ruiz');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.getByRole('button', { name: 'Discard' }).click();
  await expect(dialog).toBeHidden();
  expect(await countStored(page, 'people')).toBe(0);
});

test('an empty form closes on Esc at once and focus returns to the button', async ({ page }) => {
  await openAddPerson(page);
  await page.keyboard.press('Escape');
  await expect(dialogNamed(page, 'Add person')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Add person' })).toBeFocused();
});

test('tags: type-ahead over tags in use, Enter or a comma adds, keys remove', async ({ page }) => {
  const dialog = await openAddPerson(page);
  await dialog.getByLabel('Name', { exact: true }).fill('Dana Ruiz');
  const tags = dialog.getByRole('combobox', { name: 'Tags' });
  await tags.fill('champion');
  await page.keyboard.press('Enter');
  await tags.pressSequentially('golf,board');
  await page.keyboard.press('Enter');
  for (const tag of ['champion', 'golf', 'board']) {
    await expect(dialog.getByRole('button', { name: `Remove tag ${tag}` })).toBeVisible();
  }
  await page.keyboard.press('Backspace');
  await expect(dialog.getByRole('button', { name: 'Remove tag board' })).toBeHidden();
  await dialog.getByRole('button', { name: 'Remove tag golf' }).press('Delete');
  await expect(dialog.getByRole('button', { name: 'Remove tag golf' })).toBeHidden();
  await expect(tags).toBeFocused();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  // The next person's tag box suggests the tag in use.
  const next = await openAddPerson(page);
  await next.getByRole('combobox', { name: 'Tags' }).fill('CHA');
  await expect(next.getByRole('option', { name: 'champion' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(next.getByRole('button', { name: 'Remove tag champion' })).toBeVisible();
});

test('a duplicate email is caught before saving and offers to open that person', async ({
  page,
}) => {
  await addPerson(page, 'Dana Ruiz', { email: 'dana@ruiz.example' });
  const danaUrl = page.url();

  const dialog = await openAddPerson(page);
  await dialog.getByLabel('Name', { exact: true }).fill('D. Ruiz');
  await dialog.getByRole('textbox', { name: 'Email', exact: true }).fill('DANA@Ruiz.example');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'Possible duplicate: Dana Ruiz (same email dana@ruiz.example)',
  );
  await dialog.getByRole('button', { name: 'Open Dana Ruiz' }).click();
  await expect(dialog).toBeHidden();
  expect(page.url()).toBe(danaUrl);
  expect(await countStored(page, 'people')).toBe(1);
});

test('a duplicate phone can still be saved on purpose', async ({ page }) => {
  await addPerson(page, 'Dana Ruiz', { phone: '+1 (555) 010-4477' });
  const dialog = await openAddPerson(page);
  await dialog.getByLabel('Name', { exact: true }).fill('Front desk');
  await dialog.getByRole('textbox', { name: 'Phone', exact: true }).fill('555.010.4477');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'Possible duplicate: Dana Ruiz (same phone +1 (555) 010-4477)',
  );
  await dialog.getByRole('button', { name: 'Save anyway' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Front desk' })).toBeVisible();
  expect(await countStored(page, 'people')).toBe(2);
});

test('fields are edited in place: Enter saves, Esc cancels, bad values save nothing', async ({
  page,
}) => {
  await addPerson(page, 'Dana Ruiz');

  await field(page, 'Company').click();
  const company = details(page).getByRole('textbox', { name: 'Company' });
  await expect(company).toBeFocused();
  await company.fill('Acme Insurance');
  await page.keyboard.press('Enter');
  await expect(details(page).getByText('Saved', { exact: true })).toBeVisible();
  await expect(field(page, 'Company')).toBeFocused();

  // Esc puts the value back.
  await page.keyboard.press('Enter');
  await details(page).getByRole('textbox', { name: 'Company' }).fill('Something else');
  await page.keyboard.press('Escape');
  await expect(field(page, 'Company')).toContainText('Acme Insurance');

  // A refused value keeps the editor open with its message, and nothing is saved.
  await field(page, 'Keep-in-touch cadence').click();
  const cadence = details(page).getByRole('textbox', { name: 'Keep-in-touch cadence' });
  await cadence.fill('1.5');
  await page.keyboard.press('Enter');
  await expect(cadence).toHaveAccessibleDescription(
    /Keep-in-touch cadence must be a whole number of days\./,
  );
  await page.keyboard.press('Escape');

  // Leaving a field saves it too.
  await field(page, 'Notes').click();
  await details(page).getByRole('textbox', { name: 'Notes' }).fill('Line one\nLine two');
  await page.getByRole('heading', { level: 1 }).click();
  await expect(field(page, 'Notes')).toContainText('Line two');

  await page.reload();
  await expect(field(page, 'Company')).toContainText('Acme Insurance');
  await expect(field(page, 'Keep-in-touch cadence')).toContainText('Not set');
  await expect(field(page, 'Notes')).toContainText('Line one');
  await expect(page.getByRole('main')).toContainText('Acme Insurance');
});

test('the partner field links to a partner, creating it inline, and can be cleared', async ({
  page,
}) => {
  await addPerson(page, 'Dana Ruiz');
  await details(page).getByRole('button', { name: 'Choose partner' }).click();
  await details(page).getByRole('combobox', { name: 'Partner' }).fill('Acme Insurance');
  await details(page).getByRole('option', { name: 'Create partner “Acme Insurance”' }).click();
  const link = details(page).getByRole('link', { name: 'Acme Insurance' });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Insurance' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'People' })).toContainText('Dana Ruiz');

  await page
    .getByRole('region', { name: 'People' })
    .getByRole('link', { name: 'Dana Ruiz' })
    .click();
  await details(page).getByRole('button', { name: 'Change partner' }).click();
  await details(page).getByRole('combobox', { name: 'Partner' }).fill('');
  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('button', { name: 'Choose partner' })).toBeVisible();
  expect(await countStored(page, 'partners')).toBe(1);
});

test('Move to trash goes back to People and Undo brings the person back', async ({ page }) => {
  await addPerson(page, 'Dana Ruiz');
  const url = page.url();
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page).toHaveURL(/#\/people$/);
  await expect(notifications(page)).toContainText('Moved Dana Ruiz to the Trash');
  await notifications(page).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dana Ruiz' })).toBeVisible();
  expect(page.url()).toBe(url);

  // Trashed again, its address says so and offers Restore.
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page).toHaveURL(/#\/people$/);
  await page.goto(url);
  await expect(
    page.getByRole('heading', { level: 1, name: 'This person is in the Trash' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dana Ruiz' })).toBeVisible();
});

test('an unknown person says so, with a way back', async ({ page }) => {
  await page.goto('./#/people/no-such-person');
  await expect(
    page.getByRole('heading', { level: 1, name: "This person doesn't exist" }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Back to People' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
});

test('markup in a name, a tag and notes is shown as text', async ({ page }) => {
  const markup = '<img src=x onerror=alert(1)>';
  let alerted = false;
  page.on('dialog', (dialog) => {
    alerted = true;
    void dialog.dismiss();
  });
  const dialog = await openAddPerson(page);
  await dialog.getByLabel('Name', { exact: true }).fill(markup);
  await dialog.getByRole('combobox', { name: 'Tags' }).fill(markup);
  await page.keyboard.press('Enter');
  await dialog.getByLabel('Notes').fill(`<script>alert(2)</script>${markup}`);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: markup })).toBeVisible();
  await expect(details(page)).toContainText(`<script>alert(2)</script>${markup}`);
  await expect(page.locator('img')).toHaveCount(0);
  await expect(page.locator('main script')).toHaveCount(0);
  expect(alerted).toBe(false);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Add person dialog and a person's page are accessible in ${colorScheme}`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    const dialog = await openAddPerson(page);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByText('Enter a name.')).toBeVisible();
    await expectAccessible(page);
    await dialog.getByLabel('Name', { exact: true }).fill('Dana Ruiz');
    await dialog.getByRole('combobox', { name: 'Partner' }).fill('Acme');
    const suggestions = dialog.getByRole('listbox').getByRole('option');
    await expect(suggestions).toHaveText(['Create partner “Acme”']);
    await expectAccessible(page);
    await suggestions.click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dana Ruiz' })).toBeVisible();
    await expectAccessible(page);
    await field(page, 'Title').click();
    await expectAccessible(page);
  });
}
