import type { Locator, Page } from '@playwright/test';
import { matchesTextQuery, parseTextQuery, searchEntry } from '../../shared/list-rules';
import { foldText } from '../../shared/text';
import {
  generateDataset,
  generatePartners,
  generatePeople,
  type StoredPerson,
} from '../fixtures/dataset';
import { seedDatabase, type SeedRecords } from '../fixtures/seed-browser';
import { expect, expectAccessible, navigation, test } from './fixtures';

/** Opens the app once (so the database exists), writes the records, and reloads. */
async function openWith(page: Page, path: string, records: SeedRecords) {
  await page.goto(`./#${path}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await seedDatabase(page, records);
  await page.reload();
}

/** The rows of a table's body (the header row has aria-rowindex 1). */
const bodyRows = (grid: Locator) => grid.locator('[role="row"]:not([aria-rowindex="1"])');
const nameCells = (grid: Locator) =>
  bodyRows(grid).locator('[role="gridcell"]:first-child').allInnerTexts();

/** The filter box's rule, fed the fields the People list searches. */
const matches = (person: StoredPerson, query: string) =>
  matchesTextQuery(
    searchEntry(
      [person.name, person.company, ...person.emails, ...person.phones, ...person.tags],
      person.phones,
    ),
    parseTextQuery(query),
  );

test.describe('People with the reference dataset', () => {
  test.setTimeout(240_000);

  test('50,000 people: a bounded DOM, filtering, sorting and the keyboard', async ({ page }) => {
    const { people, partners } = generateDataset();
    await openWith(page, '/people', { people, partners });
    await expect(page.getByText('50,000 people', { exact: true })).toBeVisible({
      timeout: 60_000,
    });
    const grid = page.getByRole('grid', { name: 'People' });
    await expect(grid).toHaveAttribute('aria-rowcount', '50001');

    // Scroll from top to bottom in steps: the rows in view are rendered, never more than 100.
    for (let step = 0; step <= 10; step++) {
      const { top, rowHeight } = await grid.evaluate((element, fraction) => {
        element.scrollTop = fraction * (element.scrollHeight - element.clientHeight);
        const row = element.querySelector('[role=rowgroup]:last-child > [role=row]');
        return { top: element.scrollTop, rowHeight: (row as HTMLElement).offsetHeight };
      }, step / 10);
      const firstInView = Math.min(50_001, Math.floor(top / rowHeight) + 2);
      await expect(grid.locator(`[aria-rowindex="${firstInView}"]`)).toBeAttached();
      expect(await grid.getByRole('row').count()).toBeLessThanOrEqual(100);
    }
    await expect(grid.locator('[aria-rowindex="50001"]')).toBeVisible();

    // Typing without accents finds the accented name; the count and the rows narrow.
    const amelie = people.find((person) => person.name === 'Amélie Nguyễn')!;
    expect(amelie, 'the dataset has an Amélie Nguyễn').toBeDefined();
    const expected = people.filter((person) => matches(person, 'amelie nguyen')).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(100);
    await page.getByLabel('Filter people').fill('amelie nguyen');
    await expect(page.getByText(`${expected} of 50,000 people`, { exact: true })).toBeVisible();
    await expect(grid).toHaveAttribute('aria-rowcount', String(expected + 1));
    for (const name of await nameCells(grid)) expect(name).toContain('Amélie');
    await page.getByLabel('Filter people').fill('');
    await expect(page.getByText('50,000 people', { exact: true })).toBeVisible();

    // Sort by name, descending, from the column header.
    const nameHeader = grid.getByRole('columnheader', { name: 'Name' });
    await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    await grid.getByRole('button', { name: 'Name' }).click();
    await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    const collator = new Intl.Collator('en-US', { sensitivity: 'base', numeric: true });
    const last = people
      .map((person) => person.name)
      .sort(collator.compare)
      .at(-1)!;
    await expect(bodyRows(grid).first().getByRole('gridcell').first()).toHaveText(last);
    const shown = (await nameCells(grid)).map(foldText);
    expect(shown).toEqual([...shown].sort(collator.compare).reverse());

    // Keyboard: focus the table, two rows down, Enter opens that person.
    await grid.focus();
    await expect(grid).toHaveAttribute('aria-activedescendant', /row-/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const active = page.locator('[role="row"][aria-rowindex="4"]');
    const activeId = await active.getAttribute('id');
    await expect(grid).toHaveAttribute('aria-activedescendant', activeId!);
    const personId = activeId!.slice(activeId!.indexOf('row-') + 'row-'.length);
    const activeName = await active.getByRole('gridcell').first().innerText();
    expect(people.find((person) => person.id === personId)?.name).toBe(activeName);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#/people/${personId}$`));

    // Coming back, the list is sorted as the owner left it.
    await navigation(page).getByRole('link', { name: 'People' }).click();
    await expect(grid.getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
      'aria-sort',
      'descending',
      { timeout: 60_000 },
    );
  });
});

test('2,000 partners filter by status and sort by their people', async ({ page }) => {
  test.setTimeout(120_000);
  const { people, partners } = generateDataset({ people: 3_000, partners: 2_000 });
  await openWith(page, '/partners', { people, partners });
  await expect(page.getByText('2,000 partners', { exact: true })).toBeVisible({
    timeout: 30_000,
  });
  const grid = page.getByRole('grid', { name: 'Partners' });

  const paused = partners.filter((partner) => partner.status === 'paused');
  await page.getByLabel('Status').selectOption({ label: 'Paused' });
  await expect(page.getByText(`${paused.length} of 2,000 partners`, { exact: true })).toBeVisible();
  const statuses = await bodyRows(grid).locator('[role="gridcell"]:nth-child(3)').allInnerTexts();
  expect(statuses.length).toBeGreaterThan(5);
  expect(new Set(statuses)).toEqual(new Set(['Paused']));

  // Most linked people first: the count of people whose partner it is.
  const linked = new Map<string, number>();
  for (const person of people) {
    if (person.partnerId) linked.set(person.partnerId, (linked.get(person.partnerId) ?? 0) + 1);
  }
  const most = Math.max(...paused.map((partner) => linked.get(partner.id) ?? 0));
  await grid.getByRole('button', { name: 'People' }).click();
  await expect(grid.getByRole('columnheader', { name: 'People' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(bodyRows(grid).first().getByRole('gridcell').nth(3)).toHaveText(String(most));

  await page.getByLabel('Filter partners').fill('zzzz-no-such-partner');
  await expect(page.getByText('No partner matches these filters')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByText('2,000 partners', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Status')).toHaveValue('');
});

test('an empty database invites the owner to add the first person and partner', async ({
  page,
}) => {
  await page.goto('./#/people');
  await expect(page.getByRole('heading', { name: 'No people yet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add person' })).toHaveCount(1);
  await expect(page.getByRole('grid')).toHaveCount(0);
  await expectAccessible(page);

  await navigation(page).getByRole('link', { name: 'Partners' }).click();
  await expect(page.getByRole('heading', { name: 'No partners yet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add partner' })).toHaveCount(1);
});

test.describe('a small address book', () => {
  const markup = '<img src=x onerror=alert(1)>';
  const partners = generatePartners(40, 11);
  const people = generatePeople(300, 12, { partners });
  people[0] = {
    ...people[0]!,
    name: markup,
    nameKey: foldText(markup),
    tags: ['<b>bold</b>'],
    phones: ['(555) 010-4477'],
  };

  test.beforeEach(async ({ page }) => {
    await openWith(page, '/people', { people, partners });
    await expect(page.getByText('300 people', { exact: true })).toBeVisible();
  });

  test('markup in names shows as text, and phone digits find a person', async ({ page }) => {
    const grid = page.getByRole('grid', { name: 'People' });
    await page.getByLabel('Filter people').fill('5550104477');
    await expect(page.getByText('1 of 300 people', { exact: true })).toBeVisible();
    await expect(bodyRows(grid).getByRole('gridcell').first()).toHaveText(markup);
    await expect(grid.locator('img, b')).toHaveCount(0);

    await page.getByLabel('Filter people').fill('');
    await page.getByLabel('Tag').selectOption('<b>bold</b>');
    await expect(page.getByText('1 of 300 people', { exact: true })).toBeVisible();
  });

  test('filters survive a visit elsewhere and clear in one click', async ({ page }) => {
    const expected = people.filter(
      (person) => person.relationship === 'client' && matches(person, 'a'),
    ).length;
    await page.getByLabel('Filter people').fill('a');
    await page.getByLabel('Relationship').selectOption({ label: 'Client' });
    await expect(page.getByText(`${expected} of 300 people`, { exact: true })).toBeVisible();

    await navigation(page).getByRole('link', { name: 'Settings' }).click();
    await navigation(page).getByRole('link', { name: 'People' }).click();
    await expect(page.getByLabel('Filter people')).toHaveValue('a');
    await expect(page.getByLabel('Relationship')).toHaveValue('client');
    await expect(page.getByText(`${expected} of 300 people`, { exact: true })).toBeVisible();

    await page.getByLabel('Filter people').fill('zzzz-nobody');
    await expect(page.getByRole('heading', { name: 'No one matches these filters' })).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByText('300 people', { exact: true })).toBeVisible();
    await expect(page.getByLabel('Filter people')).toHaveValue('');
  });

  test('clicking a row opens the person', async ({ page }) => {
    const grid = page.getByRole('grid', { name: 'People' });
    const row = bodyRows(grid).nth(1);
    const name = await row.getByRole('gridcell').first().innerText();
    await row.click();
    await expect(page).toHaveURL(/#\/people\/[\w-]+$/);
    const id = /#\/people\/([\w-]+)$/.exec(page.url())?.[1];
    expect(people.find((person) => person.id === id)?.name).toBe(name);
  });

  test('the keyboard walks the whole list and sorts it', async ({ page }) => {
    const grid = page.getByRole('grid', { name: 'People' });
    const activeRow = () =>
      expect.poll(async () => {
        const id = await grid.getAttribute('aria-activedescendant');
        return id && page.locator(`[id="${id}"]`).getAttribute('aria-rowindex');
      });
    await grid.focus();
    await activeRow().toBe('2');
    await page.keyboard.press('End');
    await activeRow().toBe('301');
    await expect(grid.locator('[aria-rowindex="301"]')).toBeInViewport();
    await page.keyboard.press('PageUp');
    await activeRow().toMatch(/^2[89]\d$/);
    await page.keyboard.press('Home');
    await activeRow().toBe('2');
    await page.keyboard.press('PageDown');
    await activeRow().not.toBe('2');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowUp');
    await activeRow().toBe('2');

    // Sort buttons are real buttons: Tab reaches them, Enter sorts (newest first for dates).
    await page.keyboard.press('Tab');
    await expect(grid.getByRole('button', { name: 'Name' })).toBeFocused();
    await grid.getByRole('button', { name: 'Created' }).focus();
    await page.keyboard.press('Enter');
    const created = grid.getByRole('columnheader', { name: 'Created' });
    await expect(created).toHaveAttribute('aria-sort', 'descending');
    await expect(grid.getByRole('columnheader', { name: 'Name' })).not.toHaveAttribute('aria-sort');
    const newest = people.reduce((a, b) => (b.createdAt > a.createdAt ? b : a));
    await expect(bodyRows(grid).first().getByRole('gridcell').first()).toHaveText(newest.name);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`both lists pass axe in the ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.getByRole('grid', { name: 'People' }).focus();
      await page.keyboard.press('ArrowDown');
      await expectAccessible(page);
      await navigation(page).getByRole('link', { name: 'Partners' }).click();
      await expect(page.getByText('40 partners', { exact: true })).toBeVisible();
      await expect(page.getByRole('grid', { name: 'Partners' })).not.toContainText('…');
      await expectAccessible(page);
    });
  }
});
