import type { Page } from '@playwright/test';
import { expect, expectAccessible, navigation, test } from './fixtures';

async function addPartner(page: Page, name: string) {
  await navigation(page).getByRole('link', { name: 'Partners' }).click();
  await page.getByRole('button', { name: 'Add partner' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add partner' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function addPerson(page: Page, name: string) {
  await navigation(page).getByRole('link', { name: 'People' }).click();
  await page.getByRole('button', { name: 'Add person' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add person' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Types into a picker and takes the suggestion named `option`. */
async function pick(page: Page, label: string, text: string, option: string | RegExp) {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: label }).fill(text);
  await dialog.getByRole('option', { name: option }).click();
}

async function openLedger(page: Page) {
  await navigation(page).getByRole('link', { name: 'Referrals' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Referrals' })).toBeVisible();
}

test('a received referral, moved to won, and a given one that changes the nudge', async ({
  page,
}) => {
  // A long journey: on a busy machine it needs more than the default time.
  test.slow();
  await page.goto('./');
  await addPartner(page, 'Ruiz Insurance');
  // Dana works at the agency: added from its page, so already linked to it.
  await page
    .getByRole('region', { name: 'People' })
    .getByRole('button', { name: 'Add person' })
    .click();
  const addDana = page.getByRole('dialog', { name: 'Add person' });
  await addDana.getByLabel('Name', { exact: true }).fill('Dana Ruiz');
  await addDana.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dana Ruiz' })).toBeVisible();
  await addPerson(page, 'Lee Chen');

  // Received, from Dana's page: she introduces the Patels, new to Handshake.
  await navigation(page).getByRole('link', { name: 'People' }).click();
  await page.getByLabel('Filter people').fill('Dana');
  // Click only once the (debounced) filter has narrowed the list to Dana.
  await expect(page.getByText(/^1 of [\d,]+ people$/)).toBeVisible();
  await page.getByRole('gridcell', { name: 'Dana Ruiz', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dana Ruiz' })).toBeVisible();
  const section = page.getByRole('region', { name: 'Referrals' });
  await section.getByRole('button', { name: 'Record referral' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record referral' });
  await expect(dialog.getByRole('radio', { name: /Someone sent me business/ })).toBeChecked();
  await expect(dialog.getByText('Dana Ruiz')).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Who they introduced' }).fill('The Patels');
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('(new)')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Recorded referral from Dana Ruiz')).toBeVisible();
  await expect(section).toContainText('Referred to you: 1 · You referred them: 0');
  await expect(
    section.getByRole('button', { name: /Edit the referral from Dana Ruiz/ }),
  ).toBeVisible();

  // The ledger shows it; won with a bad value says why and saves nothing, then 1,200.50.
  await openLedger(page);
  await expect(page.getByText('1 referral · won $0.00')).toBeVisible();
  const row = page.getByRole('row', { name: /The Patels/ });
  await expect(row).toContainText('Dana Ruiz (Ruiz Insurance)');
  await row
    .getByRole('combobox', { name: /Status of the referral from Dana Ruiz/ })
    .selectOption('won');
  const won = page.getByRole('dialog', { name: 'Mark as won' });
  await won.getByLabel('Value').fill('abc');
  await won.getByRole('button', { name: 'Save' }).click();
  await expect(won.getByText('Enter the value as a number, like 1,200.50.')).toBeVisible();
  await expect(page.getByText('1 referral · won $0.00')).toBeVisible();
  await won.getByLabel('Value').fill('1,200.50');
  await won.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('1 referral · won $1,200.50')).toBeVisible();
  await expect(row.getByRole('gridcell', { name: '$1,200.50' })).toBeVisible();
  await expectAccessible(page);

  // The partner's page counts Dana's referral for her agency and nudges.
  await navigation(page).getByRole('link', { name: 'Partners' }).click();
  await page.getByRole('gridcell', { name: 'Ruiz Insurance', exact: true }).click();
  const partnerSection = page.getByRole('region', { name: 'Referrals' });
  await expect(partnerSection).toContainText('Sent you: 1 (won $1,200.50) · You sent them: 0');
  await expect(partnerSection).toContainText(
    'Ruiz Insurance has sent you 1 referral; you have sent none',
  );

  // Given: Lee to Ruiz Insurance, from the partner's page with the direction flipped.
  await partnerSection.getByRole('button', { name: 'Record referral' }).click();
  await dialog.getByRole('radio', { name: /I sent someone to a partner/ }).check();
  await pick(page, 'Who you sent', 'Lee', /Lee Chen/);
  await expect(dialog.getByText('Ruiz Insurance')).toBeVisible();
  await dialog.getByLabel('Warmth').selectOption('name only');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Recorded referral of Lee Chen to Ruiz Insurance')).toBeVisible();
  await expect(partnerSection).toContainText('Sent you: 1 (won $1,200.50) · You sent them: 1');
  await expect(partnerSection).not.toContainText('has sent you');

  // Ledger filters and totals.
  await openLedger(page);
  await expect(page.getByText('2 referrals · won $1,200.50')).toBeVisible();
  await page.getByLabel('Direction', { exact: true }).selectOption('given');
  await expect(page.getByText('1 referral · won $0.00')).toBeVisible();
  await expect(page.getByRole('row', { name: /Lee Chen/ })).toContainText('Name only');
  await page.getByLabel('Direction', { exact: true }).selectOption('');
  await page.getByLabel('Status', { exact: true }).selectOption('won');
  await expect(page.getByText('1 referral · won $1,200.50')).toBeVisible();
  await page.getByLabel('Status', { exact: true }).selectOption('');
  await page.getByLabel('From date').fill('2000-01-01');
  await page.getByLabel('To date').fill('2000-01-02');
  await expect(page.getByText('No referrals match these filters')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByText('2 referrals · won $1,200.50')).toBeVisible();
});

test('refusals: a given referral without a partner, the same person twice', async ({ page }) => {
  await page.goto('./');
  await addPerson(page, 'Dana Ruiz');
  await openLedger(page);
  await page.getByRole('button', { name: 'Record referral' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Record referral' });
  await pick(page, 'Who referred you', 'Dana', /Dana Ruiz/);
  await pick(page, 'Who they introduced', 'Dana', /Dana Ruiz/);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(
    dialog.getByText('The person introduced cannot be the one who referred them.'),
  ).toBeVisible();
  await dialog.getByRole('radio', { name: /I sent someone to a partner/ }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Choose the partner you sent them to.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('No referrals yet')).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the ledger and the form are accessible in ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./');
    await openLedger(page);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Record referral' }).first().click();
    await expect(page.getByRole('dialog', { name: 'Record referral' })).toBeVisible();
    await expectAccessible(page);
  });
}
