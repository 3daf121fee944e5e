import type { Page } from '@playwright/test';
import { expect, expectAccessible, navigation, test } from './fixtures';

const localDate = (daysAgo: number) => {
  const date = new Date();
  date.setDate(date.getDate() - daysAgo);
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
    .join('-');
};

async function addPerson(page: Page, name: string) {
  await navigation(page).getByRole('link', { name: 'People' }).click();
  await page.getByRole('button', { name: 'Add person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add person' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function openPerson(page: Page, name: string) {
  await navigation(page).getByRole('link', { name: 'People' }).click();
  await page.getByLabel('Filter people').fill(name);
  // The filter applies after a short pause: click only once the list has narrowed, or the
  // click can land on a row that is being replaced.
  await expect(page.getByText(/^1 of [\d,]+ people$/)).toBeVisible();
  await page.getByRole('gridcell', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Shows every person in the People list, sorted by last touch, newest first. */
async function showPeopleByLastTouch(page: Page) {
  await navigation(page).getByRole('link', { name: 'People' }).click();
  await page.getByLabel('Filter people').fill('');
  const header = page.getByRole('columnheader', { name: 'Last touch' });
  if ((await header.getAttribute('aria-sort')) !== 'descending') {
    await page.getByRole('button', { name: 'Last touch' }).click();
  }
  await expect(header).toHaveAttribute('aria-sort', 'descending');
}

/** The names in the list, top to bottom (read again on each poll: the list re-sorts live). */
const listedNames = (page: Page) =>
  page
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell') })
    .evaluateAll((rows) =>
      rows.map((row) => row.querySelector('[role="gridcell"]')?.textContent ?? ''),
    );

test('Ctrl+L logs a handshake with two people and a newcomer, from the keyboard', async ({
  page,
}) => {
  // A long journey: three people added, two handshakes, three timelines, an edit, a trash.
  test.slow();
  await page.goto('./');
  await addPerson(page, 'Dana Ruiz');
  await addPerson(page, 'Sam Okafor');
  await addPerson(page, 'Zoë Adams');

  await navigation(page).getByRole('link', { name: 'This week' }).click();
  await page.keyboard.press('Control+l');
  const dialog = page.getByRole('dialog', { name: 'Log handshake' });
  const withWhom = dialog.getByRole('combobox', { name: 'With whom' });
  await expect(withWhom).toBeFocused();
  await expect(dialog.getByRole('radio', { name: 'Handshake' })).toBeChecked();
  await expect(dialog.getByLabel('Date', { exact: true })).toHaveValue(localDate(0));

  await page.keyboard.type('dana');
  await expect(dialog.getByRole('option', { name: /Dana Ruiz/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  // Enter takes the exact match among the suggestions: wait for it as a person would.
  await page.keyboard.type('sam okafor');
  await expect(dialog.getByRole('option', { name: /Sam Okafor/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Lee Chen');
  await expect(
    dialog.getByRole('option', { name: 'Add “Lee Chen” as a new person' }),
  ).toBeVisible();
  await page.keyboard.press('Enter');
  const chips = dialog.getByRole('list', { name: 'Chosen people and partners' });
  await expect(chips.getByRole('listitem')).toHaveText([
    /Dana Ruiz/,
    /Sam Okafor/,
    /Lee Chen \(new\)/,
  ]);
  await expectAccessible(page);

  await dialog.getByLabel('Summary').fill('Coffee at the bakery');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText(
    'Logged handshake with Dana Ruiz, Sam Okafor and Lee Chen.',
  );

  // All three timelines show it; the newcomer is a person of their own.
  for (const name of ['Dana Ruiz', 'Sam Okafor', 'Lee Chen']) {
    await openPerson(page, name);
    await expect(page.getByRole('region', { name: 'Timeline' })).toContainText(
      'Coffee at the bakery',
    );
  }

  // People by last touch: the three met today first, Zoë (never met) last.
  await showPeopleByLastTouch(page);
  await expect
    .poll(async () => (await listedNames(page)).slice(0, 3).sort())
    .toEqual(['Dana Ruiz', 'Lee Chen', 'Sam Okafor']);
  await expect.poll(async () => (await listedNames(page)).at(-1)).toBe('Zoë Adams');

  // A call with Zoë yesterday; then the coffee moves back ten days: Zoë comes first.
  await page.keyboard.press('Control+l');
  await expect(withWhom).toBeFocused();
  await page.keyboard.type('Zoë Adams');
  await expect(dialog.getByRole('option', { name: /Zoë Adams/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(chips.getByRole('listitem')).toHaveText([/Zoë Adams/]);
  await dialog.getByRole('radio', { name: 'Call' }).check();
  await dialog.getByLabel('Date', { exact: true }).fill(localDate(1));
  await dialog.getByLabel('Summary').fill('Quick call about the fair');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await openPerson(page, 'Dana Ruiz');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await timeline.getByRole('button', { name: 'Edit' }).first().click();
  await timeline.getByLabel('Date', { exact: true }).fill(localDate(10));
  await timeline.getByRole('button', { name: 'Save' }).click();
  await expect(timeline.getByRole('button', { name: 'Save' })).toBeHidden();
  await showPeopleByLastTouch(page);
  await expect.poll(async () => (await listedNames(page))[0]).toBe('Zoë Adams');

  // Trash the coffee and take it back: Dana's timeline follows both ways.
  await openPerson(page, 'Dana Ruiz');
  await timeline.getByRole('button', { name: 'Move to trash' }).first().click();
  await expect(timeline).not.toContainText('Coffee at the bakery');
  await page
    .getByRole('status')
    .getByRole('listitem')
    .filter({ hasText: 'Moved' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(timeline).toContainText('Coffee at the bakery');
});

test('Log handshake from a person’s page starts with that person', async ({ page }) => {
  await page.goto('./');
  await addPerson(page, 'Dana Ruiz');
  await page.getByRole('button', { name: 'Log handshake' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log handshake' });
  await expect(dialog.getByRole('list', { name: 'Chosen people and partners' })).toContainText(
    'Dana Ruiz',
  );
  await expect(dialog.getByLabel('Summary')).toBeFocused();
});

test('bad input is refused with a clear message and writes nothing', async ({ page }) => {
  await page.goto('./');
  await addPerson(page, 'Dana Ruiz');
  await page.getByRole('button', { name: 'Log handshake' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log handshake' });

  // Too long a summary is refused at the field.
  await dialog.getByLabel('Summary').fill('x'.repeat(201));
  await expect(dialog.getByText('A summary can be at most 200 characters')).toBeVisible();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeVisible();

  // A date far ahead asks whether it was meant.
  await dialog.getByLabel('Summary').fill('Lunch');
  const farAhead = `${Number(localDate(0).slice(0, 4)) + 10}${localDate(0).slice(4)}`;
  await dialog.getByLabel('Date', { exact: true }).fill(farAhead);
  await expect(dialog.getByRole('alert')).toContainText('Did you mean');
  await dialog.getByRole('button', { name: /^Use / }).click();
  await expect(dialog.getByLabel('Date', { exact: true })).toHaveValue(localDate(0));

  // Nobody attached: a clear message beside the field.
  await dialog.getByRole('button', { name: 'Remove Dana Ruiz' }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(
    dialog.getByText('Choose at least one person or partner this was with.'),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await expect(page.getByRole('region', { name: 'Timeline' })).not.toContainText('Lunch');
});

test('a person’s page shows the last touch and whether a touch is due', async ({ page }) => {
  await page.goto('./');
  await addPerson(page, 'Dana Ruiz');
  await page.getByRole('button', { name: 'Log handshake' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log handshake' });
  await dialog.getByLabel('Date', { exact: true }).fill(localDate(40));
  await dialog.getByLabel('Summary').fill('Met at the chamber breakfast');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/^Last touch/)).toContainText(localDate(40).slice(0, 4));
  await expect(page.getByText(/^Overdue by|^Due /)).toHaveCount(0); // no cadence yet

  // A 30-day cadence, last seen 40 days ago: 10 days overdue.
  const details = page.getByRole('region', { name: 'Details' });
  await details.getByRole('button', { name: /^Keep-in-touch cadence/ }).click();
  await details.getByRole('textbox', { name: 'Keep-in-touch cadence' }).fill('30');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Overdue by 10 days')).toBeVisible();

  // Any new touch resets the clock.
  await page.getByRole('button', { name: 'Log handshake' }).click();
  await dialog.getByRole('radio', { name: 'Call' }).check();
  await dialog.getByLabel('Summary').fill('Caught up on the phone');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Due in 30 days')).toBeVisible();
});
