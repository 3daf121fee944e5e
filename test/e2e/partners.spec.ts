import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

const dialogNamed = (page: Page, name: string) => page.getByRole('dialog', { name });
const notifications = (page: Page) => page.getByRole('status', { name: 'Notifications' });
const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const peopleSection = (page: Page) => page.getByRole('region', { name: 'People' });
const field = (page: Page, label: string) =>
  details(page).getByRole('button', { name: new RegExp(`^${label}`) });

async function openAddPartner(page: Page): Promise<Locator> {
  await page.goto('./#/partners');
  await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
  await page.getByRole('button', { name: 'Add partner' }).click();
  const dialog = dialogNamed(page, 'Add partner');
  await expect(dialog).toBeVisible();
  return dialog;
}

async function addPartner(page: Page, name: string) {
  const dialog = await openAddPartner(page);
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function addPerson(page: Page, name: string, title?: string) {
  await page.goto('./#/people');
  await page.getByRole('button', { name: 'Add person' }).click();
  const dialog = dialogNamed(page, 'Add person');
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  if (title) await dialog.getByLabel('Title').fill(title);
  await dialog.getByRole('button', { name: 'Save' }).click();
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

test('adds a partner with a suggested category, a status and what is in it for them', async ({
  page,
}) => {
  const dialog = await openAddPartner(page);
  await dialog.getByLabel('Name', { exact: true }).fill('Acme Insurance');
  const category = dialog.getByRole('combobox', { name: 'Category' });
  await category.fill('insur');
  await expect(dialog.getByRole('option', { name: 'Insurance agent' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(category).toHaveValue('Insurance agent');
  await expect(dialog.getByLabel('Status')).toHaveValue('prospect');
  await dialog.getByLabel('Status').selectOption({ label: 'Active' });
  await dialog.getByLabel('Website').fill('acme-insurance.example');
  await dialog.getByLabel('Email').fill('hello@acme-insurance.example');
  await dialog.getByLabel('Phone').fill('555 010 2000');
  await dialog.getByLabel('Address').fill('12 Main Street\nSpringfield');
  await dialog
    .getByLabel("What's in it for them")
    .fill('Our clients all need car insurance; they send us their claims.');
  await expect(dialog.getByLabel('Keep-in-touch cadence')).toHaveAccessibleDescription(
    /active partners are due every 30 days/,
  );
  await dialog.getByRole('combobox', { name: 'Tags' }).fill('champion');
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Save' }).click();

  await expect(dialog).toBeHidden();
  await expect(notifications(page)).toContainText('Added Acme Insurance');
  await expect(page).toHaveURL(/#\/partners\/[\w-]+$/);
  await page.reload();
  for (const text of [
    'Insurance agent',
    'Active',
    'acme-insurance.example',
    'hello@acme-insurance.example',
    '555 010 2000',
    'Springfield',
    'they send us their claims',
    'champion',
    'Every 30 days (the default for active partners)',
  ]) {
    await expect(details(page)).toContainText(text);
  }
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText(
    'No meetings, calls or notes with Acme Insurance and its people yet',
  );
});

test('bad input gets a message beside its field and nothing is written', async ({ page }) => {
  const dialog = await openAddPartner(page);
  await dialog.getByLabel('Email').fill('not-an-email');
  await dialog.getByLabel('Keep-in-touch cadence').fill('1.5');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByLabel('Name', { exact: true })).toHaveAccessibleDescription(
    'Enter a name.',
  );
  await expect(dialog.getByLabel('Email')).toHaveAccessibleDescription(
    'Enter an email address like name@example.com.',
  );
  await expect(dialog.getByLabel('Keep-in-touch cadence')).toHaveAccessibleDescription(
    /Keep-in-touch cadence must be a whole number of days\./,
  );
  expect(await countStored(page, 'partners')).toBe(0);
  await page.keyboard.press('Escape');
  await expect(dialog.getByRole('alert')).toContainText('Discard this new partner?');
  await dialog.getByRole('button', { name: 'Discard' }).click();
  await expect(dialog).toBeHidden();
  expect(await countStored(page, 'partners')).toBe(0);
});

test('a partner with the same name is caught and can be opened instead', async ({ page }) => {
  await addPartner(page, 'Crème Bakery');
  const url = page.url();
  const dialog = await openAddPartner(page);
  await dialog.getByLabel('Name', { exact: true }).fill('creme  BAKERY');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toContainText(
    'Possible duplicate: Crème Bakery (same name)',
  );
  await dialog.getByRole('button', { name: 'Open Crème Bakery' }).click();
  await expect(dialog).toBeHidden();
  expect(page.url()).toBe(url);
  expect(await countStored(page, 'partners')).toBe(1);
});

test('Add person on a partner page adds someone already linked to it', async ({ page }) => {
  await addPartner(page, 'Acme Insurance');
  await expect(peopleSection(page)).toContainText('No one at Acme Insurance is in Handshake yet.');
  await peopleSection(page).getByRole('button', { name: 'Add person' }).click();
  const dialog = dialogNamed(page, 'Add person');
  await expect(dialog.getByRole('combobox', { name: 'Partner' })).toHaveValue('Acme Insurance');
  await expect(dialog.getByLabel('Relationship')).toHaveValue('partner contact');
  await dialog.getByLabel('Name', { exact: true }).fill('Dana Ruiz');
  await dialog.getByLabel('Title').fill('Agent');
  await dialog.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Dana Ruiz' })).toBeVisible();
  await details(page).getByRole('link', { name: 'Acme Insurance' }).click();
  await expect(peopleSection(page).getByRole('link', { name: 'Dana Ruiz' })).toBeVisible();
  await expect(peopleSection(page)).toContainText('Agent');
});

test('Add existing person links someone, and Unlink lets them go', async ({ page }) => {
  await addPerson(page, 'Dana Ruiz', 'Agent');
  await addPerson(page, 'Sam Lee');
  await addPartner(page, 'Acme Insurance');

  await peopleSection(page).getByRole('button', { name: 'Add existing person' }).click();
  const picker = peopleSection(page).getByRole('combobox', { name: 'Person to add' });
  await expect(picker).toBeFocused();
  await picker.fill('dana');
  await expect(peopleSection(page).getByRole('option')).toHaveCount(1);
  await peopleSection(page)
    .getByRole('option', { name: /Dana Ruiz/ })
    .click();
  await expect(notifications(page)).toContainText('Added Dana Ruiz to Acme Insurance');
  await expect(peopleSection(page).getByRole('link', { name: 'Dana Ruiz' })).toBeVisible();
  await expect(
    peopleSection(page).getByRole('button', { name: 'Add existing person' }),
  ).toBeFocused();

  // Someone already linked is not offered again.
  await peopleSection(page).getByRole('button', { name: 'Add existing person' }).click();
  await picker.fill('a');
  await expect(peopleSection(page).getByRole('option')).toHaveText(['Sam Lee']);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(picker).toBeHidden();

  await page.reload();
  await peopleSection(page).getByRole('button', { name: 'Unlink Dana Ruiz' }).click();
  await expect(peopleSection(page).getByRole('link', { name: 'Dana Ruiz' })).toBeHidden();
  expect(await countStored(page, 'people')).toBe(2);
});

test('partner fields are edited in place and survive a reload', async ({ page }) => {
  await addPartner(page, 'Acme Insurance');
  await field(page, 'Status').click();
  await details(page).getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Talking' });
  await page.keyboard.press('Enter');
  await expect(details(page).getByText('Saved', { exact: true })).toBeVisible();

  await field(page, 'Category').click();
  await details(page).getByRole('combobox', { name: 'Category' }).fill('realt');
  await details(page).getByRole('option', { name: 'Realtor' }).click();
  await expect(field(page, 'Category')).toContainText('Realtor');

  await field(page, 'Email').click();
  await details(page).getByRole('textbox', { name: 'Email' }).fill('nope');
  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(
    'Enter an email address like name@example.com.',
  );
  await page.keyboard.press('Escape');

  await page.reload();
  await expect(field(page, 'Status')).toContainText('Talking');
  await expect(field(page, 'Category')).toContainText('Realtor');
  await expect(field(page, 'Email')).toContainText('Not set');
  await expect(page.getByRole('main')).toContainText('Realtor');
});

test('Move to trash keeps its people linked, and Undo brings the partner back', async ({
  page,
}) => {
  await addPartner(page, 'Acme Insurance');
  const url = page.url();
  await peopleSection(page).getByRole('button', { name: 'Add person' }).click();
  await dialogNamed(page, 'Add person').getByLabel('Name', { exact: true }).fill('Dana Ruiz');
  await dialogNamed(page, 'Add person').getByRole('button', { name: 'Save' }).click();
  // Saving opens Dana's page: wait for it before taking its address.
  await expect(page.getByRole('heading', { level: 1, name: 'Dana Ruiz' })).toBeVisible();
  const danaUrl = page.url();

  await page.goto(url);
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page).toHaveURL(/#\/partners$/);
  await expect(notifications(page)).toContainText('Moved Acme Insurance to the Trash');

  // Dana stays linked to the trashed partner.
  await page.goto(danaUrl);
  await expect(details(page)).toContainText('Acme Insurance (in the Trash)');
  await page.goto(url);
  await expect(
    page.getByRole('heading', { level: 1, name: 'This partner is in the Trash' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(peopleSection(page).getByRole('link', { name: 'Dana Ruiz' })).toBeVisible();

  await page.getByRole('button', { name: 'Move to trash' }).click();
  await notifications(page).getByRole('button', { name: 'Undo' }).last().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Insurance' })).toBeVisible();
  expect(page.url()).toBe(url);
});

test('an unknown partner says so, with a way back', async ({ page }) => {
  await page.goto('./#/partners/no-such-partner');
  await expect(
    page.getByRole('heading', { level: 1, name: "This partner doesn't exist" }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Back to Partners' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
});

test('markup in a partner name and category is shown as text', async ({ page }) => {
  const markup = '<img src=x onerror=alert(1)>';
  let alerted = false;
  page.on('dialog', (dialog) => {
    alerted = true;
    void dialog.dismiss();
  });
  const dialog = await openAddPartner(page);
  await dialog.getByLabel('Name', { exact: true }).fill(markup);
  await dialog.getByRole('combobox', { name: 'Category' }).fill(markup);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: markup })).toBeVisible();
  await expect(field(page, 'Category')).toContainText(markup);
  await expect(page.locator('img')).toHaveCount(0);
  expect(alerted).toBe(false);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Add partner dialog and a partner's page are accessible in ${colorScheme}`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await addPerson(page, 'Dana Ruiz');
    const dialog = await openAddPartner(page);
    await dialog.getByRole('combobox', { name: 'Category' }).fill('a');
    await expect(dialog.getByRole('listbox')).toBeVisible();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByText('Enter a name.')).toBeVisible();
    await expectAccessible(page);
    await dialog.getByLabel('Name', { exact: true }).fill('Acme Insurance');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Acme Insurance' })).toBeVisible();
    await expectAccessible(page);
    await peopleSection(page).getByRole('button', { name: 'Add existing person' }).click();
    await peopleSection(page).getByRole('combobox', { name: 'Person to add' }).fill('d');
    await expect(peopleSection(page).getByRole('option')).toHaveCount(1);
    await expectAccessible(page);
  });
}
