import type { Locator, Page } from '@playwright/test';
import { addDays, format } from 'date-fns';
import { INTERACTION_KINDS, type Interaction } from '../../shared/records';
import type { StoredPartner, StoredPerson } from '../fixtures/dataset';
import { seedDatabase } from '../fixtures/seed-browser';
import { expect, expectAccessible, navigation, test } from './fixtures';

const NOW = Date.UTC(2026, 0, 15, 12);
const MARKUP = '<img src=x onerror=alert(1)>';

const person = (id: string, name: string, extra: Partial<StoredPerson> = {}): StoredPerson => ({
  id,
  name,
  nameKey: name.toLowerCase(),
  emails: [],
  phones: [],
  relationship: 'client',
  tags: [],
  createdAt: NOW,
  updatedAt: NOW,
  ...extra,
});

const partner: StoredPartner = {
  id: 'partner-ruiz',
  name: 'Ruiz Insurance',
  nameKey: 'ruiz insurance',
  status: 'active',
  tags: ['insurance'],
  createdAt: NOW,
  updatedAt: NOW,
};
const dana = person('person-dana', 'Dana Ruiz', { partnerId: partner.id });
const sam = person('person-sam', 'Sam Okafor', { tags: ['golf'] });
const lee = person('person-lee', 'Lee Park');

const dateOf = (daysBefore: number) =>
  format(addDays(new Date(2026, 0, 15), -daysBefore), 'yyyy-MM-dd');

/**
 * `count` interactions with `with`, one every day going back from 15 January 2026, the kind
 * cycling through every kind. A few bring along Sam, the partner, or someone deleted since.
 */
function interactionsWith(who: StoredPerson, count: number, prefix: string): Interaction[] {
  return Array.from({ length: count }, (_, index) => {
    const kind = INTERACTION_KINDS[index % INTERACTION_KINDS.length]!;
    const interaction: Interaction = {
      id: `${prefix}-${String(index).padStart(4, '0')}`,
      kind,
      date: dateOf(index),
      personIds: [who.id],
      partnerIds: [],
      summary: `${prefix} ${index + 1}: ${kind}`,
      createdAt: NOW - index,
      updatedAt: NOW - index,
    };
    if (index % 7 === 3) interaction.personIds.push(sam.id);
    if (index % 11 === 5) interaction.partnerIds.push(partner.id);
    if (index === 2) interaction.personIds.push('person-deleted-forever');
    if (index % 5 === 1) {
      interaction.notes = Array.from({ length: 8 }, (__, line) => `Line ${line + 1}`).join('\n');
    }
    if (index % 9 === 0) interaction.followUpDate = dateOf(index - 20);
    return interaction;
  });
}

/** Opens the app once (so the database exists), writes the records, and opens `path`. */
async function openWith(page: Page, path: string, interactions: Interaction[]) {
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // seedDatabase writes every store it is given, interactions included.
  const records = {
    people: [
      { ...dana, lastTouch: dateOf(0) },
      { ...sam, lastTouch: dateOf(0) },
      { ...lee, lastTouch: dateOf(0) },
    ],
    partners: [partner],
    interactions,
  };
  await seedDatabase(page, records);
  await page.goto(`./#${path}`);
  await page.reload();
}

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
/** The count a timeline or the Timeline screen shows ("500 entries", "62 of 500 entries"). */
const countShown = (scope: Page | Locator, text: string) =>
  scope.getByRole('status').filter({ hasText: new RegExp(`^${text}$`) });
const notifications = (page: Page) => page.getByRole('status', { name: 'Notifications' });
const entryNamed = (scope: Locator, summary: string) =>
  scope.getByRole('article', { name: summary, exact: true });
const scrollContent = (page: Page, fraction: number) =>
  page.locator('#content').evaluate((content, to) => {
    content.scrollTop = to * (content.scrollHeight - content.clientHeight);
  }, fraction);

test.describe('a person’s timeline with 500 entries', () => {
  const all = [
    ...interactionsWith(dana, 499, 'Dana'),
    {
      id: 'markup',
      kind: 'note' as const,
      date: dateOf(600),
      personIds: [dana.id],
      partnerIds: [],
      summary: MARKUP,
      notes: MARKUP,
      createdAt: NOW,
      updatedAt: NOW,
    },
  ];

  test('opens newest first under month headings, with a bounded DOM to the end', async ({
    page,
  }) => {
    await openWith(page, `/people/${dana.id}`, all);
    const section = timeline(page);
    await expect(countShown(section, '500 entries')).toBeVisible();
    await expect(section.getByRole('heading', { level: 3 }).first()).toHaveText('January 2026');
    const first = section.getByRole('article').first();
    await expect(first).toContainText('Dana 1: handshake');
    await expect(first).toContainText('Thu 15 Jan 2026');

    // Others show as links to their pages; someone deleted forever is named, unlinked.
    const withSam = entryNamed(section, 'Dana 4: email');
    await expect(withSam.getByRole('link', { name: 'Sam Okafor' })).toHaveAttribute(
      'href',
      `#/people/${sam.id}`,
    );
    await expect(entryNamed(section, 'Dana 3: video')).toContainText('someone since deleted');
    await expect(withSam.getByRole('link', { name: 'Dana Ruiz' })).toHaveCount(0);

    // Long notes fold to a few lines.
    const noted = entryNamed(section, 'Dana 2: call');
    await noted.getByRole('button', { name: 'Show more' }).click();
    await expect(noted.getByRole('button', { name: 'Show less' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(entryNamed(section, 'Dana 1: handshake')).toContainText('Follow up by 4 Feb');

    for (let step = 0; step <= 10; step++) {
      await scrollContent(page, step / 10);
      // The list renders the rows in view after a frame or several on a busy machine.
      const shown = () => section.getByRole('article').count();
      await expect.poll(shown).toBeGreaterThan(0);
      expect(await shown()).toBeLessThanOrEqual(60);
    }
    // The oldest entry, written with markup, shows as plain text.
    const oldest = section.getByRole('article').last();
    await expect(oldest).toBeInViewport();
    await expect(oldest.getByText(MARKUP).first()).toBeVisible();
    await expect(section.getByRole('img')).toHaveCount(0);
  });

  test('filters by kind', async ({ page }) => {
    await openWith(page, `/people/${dana.id}`, all);
    const section = timeline(page);
    await section.getByLabel('Kind').selectOption({ label: 'Gift' });
    const gifts = all.filter((each) => each.kind === 'gift').length;
    await expect(countShown(section, `${gifts} of 500 entries`)).toBeVisible();
    for (const text of await section.getByRole('article').allInnerTexts()) {
      expect(text).toMatch(/^Gift · /);
    }
    await section.getByLabel('Kind').selectOption({ label: 'All kinds' });
    await expect(countShown(section, '500 entries')).toBeVisible();
  });
});

test('edits an entry in place, cancels with Esc, and keeps the change after a reload', async ({
  page,
}) => {
  await openWith(page, `/people/${dana.id}`, interactionsWith(dana, 30, 'Dana'));
  const section = timeline(page);
  const entry = entryNamed(section, 'Dana 1: handshake');
  await entry.getByRole('button', { name: /^Edit/ }).click();
  const form = section.getByRole('form', { name: 'Edit Dana 1: handshake' });
  await expect(form.getByLabel('Summary')).toBeFocused();
  await form.getByLabel('Summary').fill('Changed my mind');
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(entry.getByRole('button', { name: /^Edit/ })).toBeFocused();

  await entry.getByRole('button', { name: /^Edit/ }).click();
  await form.getByLabel('Summary').fill('x'.repeat(201));
  await expect(form.getByText('A summary can be at most 200 characters')).toBeVisible();
  await form.getByLabel('Summary').fill('Lunch with Dana at the harbour');
  await form.getByLabel('Kind').selectOption({ label: 'Event' });
  await form.getByLabel('Summary').press('Enter');
  await expect(form).toBeHidden();
  await expect(notifications(page)).toContainText('Saved “Lunch with Dana at the harbour”');
  const saved = entryNamed(section, 'Lunch with Dana at the harbour');
  await expect(saved).toContainText('Event');

  await page.reload();
  await expect(entryNamed(timeline(page), 'Lunch with Dana at the harbour')).toBeVisible();
});

test('moves an entry to the Trash and brings it back with Undo', async ({ page }) => {
  await openWith(page, `/people/${dana.id}`, interactionsWith(dana, 30, 'Dana'));
  const section = timeline(page);
  await expect(countShown(section, '30 entries')).toBeVisible();
  await entryNamed(section, 'Dana 2: call')
    .getByRole('button', { name: /^Move to trash/ })
    .click();
  await expect(notifications(page)).toContainText('Moved “Dana 2: call” to the Trash');
  await expect(entryNamed(section, 'Dana 2: call')).toHaveCount(0);
  await expect(countShown(section, '29 entries')).toBeVisible();
  // The keyboard moves on to the next entry rather than falling to the top of the page.
  await expect(
    entryNamed(section, 'Dana 3: video').getByRole('button', { name: /^Edit/ }),
  ).toBeFocused();

  await notifications(page).getByRole('button', { name: 'Undo' }).click();
  await expect(entryNamed(section, 'Dana 2: call')).toBeVisible();
  await expect(countShown(section, '30 entries')).toBeVisible();
});

test('a partner’s timeline includes its people’s interactions', async ({ page }) => {
  await openWith(page, `/partners/${partner.id}`, [
    ...interactionsWith(dana, 3, 'Dana'),
    ...interactionsWith(lee, 2, 'Lee'),
  ]);
  const section = timeline(page);
  await expect(countShown(section, '3 entries')).toBeVisible();
  await expect(
    entryNamed(section, 'Dana 1: handshake').getByRole('link', { name: 'Dana Ruiz' }),
  ).toBeVisible();
  await expect(entryNamed(section, 'Lee 1: handshake')).toHaveCount(0);
});

test.describe('the Timeline screen', () => {
  // 600 entries with three people over 200 days: more than one page.
  const all = [
    ...interactionsWith(dana, 200, 'Dana'),
    ...interactionsWith(sam, 200, 'Sam'),
    ...interactionsWith(lee, 200, 'Lee'),
  ];

  test('loads more when scrolled, and filters by kind, dates, person and tag', async ({ page }) => {
    // A long journey: on a busy machine it needs more than the default time.
    test.slow();
    await openWith(page, '/timeline', all);
    await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
    const status = page.getByText(/^Showing the latest \d+ of 600 — scroll for more$/);
    await expect(status).toBeVisible();
    const feed = page.getByRole('list', { name: 'All activity' });
    await expect(feed.getByRole('article').first()).toContainText('Thu 15 Jan 2026');

    // Scroll to the end until every entry is loaded, however long each page takes to come;
    // at no point does the page hold more than a screenful of rows.
    let mostRows = 0;
    await expect
      .poll(async () => {
        await scrollContent(page, 1);
        mostRows = Math.max(mostRows, await feed.getByRole('article').count());
        return countShown(page, '600 entries').isVisible();
      })
      .toBe(true);
    expect(mostRows).toBeLessThanOrEqual(60);
    // Rows are measured as they render, so the end may move once or twice on the way.
    await expect
      .poll(async () => {
        await scrollContent(page, 1);
        return feed.getByRole('article').last().innerText();
      })
      .toMatch(/ 200: /);

    await page.getByLabel('Kind').selectOption({ label: 'Thank-you' });
    await expect(countShown(page, '75 entries')).toBeVisible();
    for (const text of await feed.getByRole('article').allInnerTexts()) {
      expect(text).toMatch(/^Thank-you · /);
    }
    await page.getByLabel('Kind').selectOption({ label: 'All kinds' });

    await page.getByLabel('From', { exact: true }).fill('2026-01-10');
    await page.getByLabel('To', { exact: true }).fill('2026-01-12');
    await expect(countShown(page, '9 entries')).toBeVisible();
    for (const text of await feed.getByRole('article').allInnerTexts()) {
      expect(text).toMatch(/ · (Sat 10|Sun 11|Mon 12) Jan 2026 · /);
    }
    await page.getByLabel('From', { exact: true }).fill('2026-01-13');
    await expect(page.getByText('Choose a date on or after From.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(status).toBeVisible();
    await expect(page.getByLabel('Kind')).toBeFocused();

    const picker = page.getByRole('combobox', { name: 'Person or partner' });
    await picker.fill('lee pa');
    await page.getByRole('option', { name: /Lee Park/ }).click();
    await expect(countShown(page, '200 entries')).toBeVisible();
    await expect(feed.getByRole('article').first()).toContainText('Lee 1: handshake');
    await page.getByRole('button', { name: 'Clear person or partner' }).click();
    await expect(picker).toHaveValue('');

    // Sam is tagged golf; Sam also joins some of Dana's and Lee's meetings.
    await page.getByLabel('Tag').selectOption('golf');
    const withSam = all.filter((each) => each.personIds.includes(sam.id)).length;
    await expect(
      page.getByText(new RegExp(`^Showing the latest \\d+ of ${withSam} — scroll for more$`)),
    ).toBeVisible();
  });

  test('says so when nothing has been logged', async ({ page }) => {
    await page.goto('./#/timeline');
    await expect(page.getByText(/^Nothing logged yet/)).toBeVisible();
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`timelines are accessible in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openWith(page, `/people/${dana.id}`, interactionsWith(dana, 40, 'Dana'));
    const section = timeline(page);
    await expect(section.getByRole('article').first()).toBeVisible();
    await expectAccessible(page);
    await section.getByRole('article').first().getByRole('button', { name: /^Edit/ }).click();
    await expect(section.getByRole('form')).toBeVisible();
    await expectAccessible(page);

    await navigation(page).getByRole('link', { name: 'Timeline' }).click();
    await expect(
      page.getByRole('list', { name: 'All activity' }).getByRole('article').first(),
    ).toBeVisible();
    await expectAccessible(page);
  });
}
