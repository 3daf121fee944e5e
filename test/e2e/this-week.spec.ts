import type { Page } from '@playwright/test';
import { format, subDays } from 'date-fns';
import type { Interaction } from '../../shared/records';
import type { StoredPartner, StoredPerson } from '../fixtures/dataset';
import { seedDatabase } from '../fixtures/seed-browser';
import { expect, expectAccessible, navigation, test } from './fixtures';

/** A day `days` ago in this machine's (and the browser's) local calendar. */
const daysAgo = (days: number) => format(subDays(new Date(), days), 'yyyy-MM-dd');
const NOW = Date.now();
const meta = { createdAt: NOW - 90 * 86_400_000, updatedAt: NOW };

async function openThisWeek(page: Page) {
  await navigation(page)
    .getByRole('link', { name: /^This week/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
}

/** The row about `name` in the section titled `section`. */
const row = (page: Page, section: string, name: string) =>
  page.getByRole('region', { name: section }).getByRole('listitem').filter({ hasText: name });

/** Undo on the toast that says `message` (earlier toasts may still be showing). */
const undo = (page: Page, message: string | RegExp) =>
  page
    .getByRole('status', { name: 'Notifications' })
    .getByRole('listitem')
    .filter({ hasText: message })
    .getByRole('button', { name: 'Undo' })
    .click();

async function addPerson(page: Page, name: string) {
  await navigation(page).getByRole('link', { name: 'People' }).click();
  await page.getByRole('button', { name: 'Add person' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add person' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('thank Dana for the Patels, see it done, then a gift once the business is won', async ({
  page,
}) => {
  // A long journey: on a busy machine it needs more than the default time.
  test.slow();
  await page.goto('./');
  await addPerson(page, 'Dana Ruiz');
  await navigation(page).getByRole('link', { name: 'Referrals' }).click();
  await page.getByRole('button', { name: 'Record referral' }).first().click();
  const record = page.getByRole('dialog', { name: 'Record referral' });
  await record.getByRole('combobox', { name: 'Who referred you' }).fill('Dana');
  await record.getByRole('option', { name: /Dana Ruiz/ }).click();
  await record.getByRole('combobox', { name: 'Who they introduced' }).fill('The Patels');
  await page.keyboard.press('Enter');
  await expect(record.getByText('(new)')).toBeVisible();
  // Three days ago: the thank-you was due yesterday, whatever day of the week it is.
  await record.getByLabel('Date', { exact: true }).fill(daysAgo(3));
  await record.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Recorded referral from Dana Ruiz')).toBeVisible();

  await openThisWeek(page);
  const thank = row(page, 'Thank', 'Dana Ruiz');
  await expect(thank).toContainText('Dana Ruiz sent you The Patels on');
  await expect(thank).toContainText('say thank you');
  await expect(thank).toContainText('overdue by 1 day');
  await expectAccessible(page);

  await thank.getByRole('button', { name: 'Mark thanked' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mark thanked' });
  await dialog.getByLabel('Note').fill('Handwritten card');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Mark thanked' }).click();
  await expect(page.getByText('Logged a thank-you to Dana Ruiz')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Thank' })).toHaveCount(0);
  const sent = page
    .getByRole('region', { name: 'Done this week' })
    .getByRole('group', { name: 'Thank-yous sent' });
  await expect(sent).toContainText('1');
  await expect(sent).toContainText('Thank-you for referring The Patels · Dana Ruiz');

  // Undo brings the item back; marking it again keeps it for the rest of the journey.
  await undo(page, 'Logged a thank-you to Dana Ruiz');
  await expect(row(page, 'Thank', 'Dana Ruiz')).toBeVisible();
  await row(page, 'Thank', 'Dana Ruiz').getByRole('button', { name: 'Mark thanked' }).click();
  await dialog.getByLabel('Note').fill('Handwritten card');
  await dialog.getByRole('button', { name: 'Mark thanked' }).click();
  await expect(page.getByRole('region', { name: 'Thank' })).toHaveCount(0);

  // Dana's timeline shows the thank-you.
  await navigation(page).getByRole('link', { name: 'People' }).click();
  await page.getByLabel('Filter people').fill('Dana');
  await expect(page.getByText(/^1 of [\d,]+ people$/)).toBeVisible();
  await page.getByRole('gridcell', { name: 'Dana Ruiz', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dana Ruiz' })).toBeVisible();
  // One thank-you: the one taken back by Undo is in the Trash.
  await expect(
    page.getByRole('paragraph').filter({ hasText: 'Thank-you for referring The Patels' }),
  ).toHaveCount(1);

  // Won today: a gift is due in seven days, which is always next week.
  await navigation(page).getByRole('link', { name: 'Referrals' }).click();
  await page
    .getByRole('row', { name: /The Patels/ })
    .getByRole('combobox', { name: /Status of the referral from Dana Ruiz/ })
    .selectOption('won');
  const won = page.getByRole('dialog', { name: 'Mark as won' });
  await won.getByLabel('Value').fill('1,200');
  await won.getByRole('button', { name: 'Save' }).click();
  await expect(won).toBeHidden();
  await openThisWeek(page);
  const gift = row(page, 'Coming up next week', 'Dana Ruiz');
  await expect(gift).toContainText('The Patels, sent by Dana Ruiz, became business on');
  await expect(gift).toContainText('a gift says thank you');
});

const OKAFOR: StoredPartner = {
  id: 'b-okafor',
  name: 'Okafor Dental',
  nameKey: 'okafor dental',
  status: 'active',
  cadenceDays: 30,
  tags: [],
  lastTouch: daysAgo(40),
  ...meta,
};
const SAM: StoredPerson = {
  id: 'p-sam',
  name: 'Sam Lee',
  nameKey: 'sam lee',
  relationship: 'friend',
  emails: [],
  phones: [],
  tags: [],
  cadenceDays: 14,
  lastTouch: daysAgo(20),
  ...meta,
};
const touch = (id: string, date: string, more: Partial<Interaction>): Interaction => ({
  id,
  kind: 'handshake',
  date,
  personIds: [],
  partnerIds: [],
  summary: 'Coffee',
  ...meta,
  ...more,
});

test('an overdue partner, cleared by Log touch; a snoozed friend moves to next week', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  await seedDatabase(page, {
    partners: [OKAFOR],
    people: [SAM],
    interactions: [
      touch('i-okafor', daysAgo(40), { partnerIds: [OKAFOR.id] }),
      touch('i-sam', daysAgo(20), { personIds: [SAM.id] }),
    ],
  });
  await page.reload();

  const okafor = row(page, 'Keep in touch', 'Okafor Dental');
  await expect(okafor).toContainText('overdue by 10 days');
  await expect(okafor).toContainText('you keep in touch every 30 days');
  await expectAccessible(page);

  // Snooze Sam a week: he moves to next week, and Undo brings him back.
  const sam = row(page, 'Keep in touch', 'Sam Lee');
  await expect(sam).toContainText('overdue by 6 days');
  await sam.getByRole('button', { name: 'Snooze' }).click();
  await expect(page.getByRole('menu', { name: 'Snooze' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('menuitem', { name: '1 week' }).click();
  await expect(page.getByText(/^Snoozed Sam Lee until/)).toBeVisible();
  await expect(row(page, 'Coming up next week', 'Sam Lee')).toBeVisible();
  await expect(row(page, 'Keep in touch', 'Sam Lee')).toHaveCount(0);
  await undo(page, /^Snoozed Sam Lee/);
  await expect(row(page, 'Keep in touch', 'Sam Lee')).toBeVisible();

  // Log touch opens Log handshake with the partner already in it; saving clears the item.
  await okafor.getByRole('button', { name: 'Log touch' }).click();
  const log = page.getByRole('dialog', { name: 'Log handshake' });
  await expect(log.getByText('Okafor Dental')).toBeVisible();
  await log.getByLabel('Summary').fill('Lunch with the practice');
  await log.getByRole('button', { name: 'Save' }).click();
  await expect(log).toBeHidden();
  await expect(row(page, 'Keep in touch', 'Okafor Dental')).toHaveCount(0);
  const logged = page
    .getByRole('region', { name: 'Done this week' })
    .getByRole('group', { name: 'Handshakes logged' });
  await expect(logged).toContainText('Lunch with the practice · Okafor Dental');
});

test('Add reminder from the palette, done with Undo; an empty week suggests a call', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  await seedDatabase(page, {
    partners: [{ ...OKAFOR, cadenceDays: undefined, lastTouch: daysAgo(2) }],
  });
  await page.reload();
  const empty = page.getByRole('region', { name: 'All caught up' });
  await expect(empty).toContainText('Nothing is due this week');
  await expect(empty.getByRole('listitem').filter({ hasText: 'Okafor Dental' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Add reminder' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add reminder' });
  await dialog.getByRole('button', { name: 'Add reminder' }).click();
  await expect(dialog.getByText('Choose whom this reminder is about.')).toBeVisible();
  await dialog.getByLabel('About').selectOption('partner');
  await dialog.getByRole('combobox', { name: 'Partner' }).fill('Okafor');
  await dialog.getByRole('option', { name: /Okafor Dental/ }).click();
  await dialog.getByLabel('Date').fill(daysAgo(0));
  await dialog.getByLabel('Note').fill('Send the new brochure');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Add reminder' }).click();
  await expect(page.getByText('Added a reminder about Okafor Dental')).toBeVisible();

  const reminder = row(page, 'Reminders', 'Okafor Dental');
  await expect(reminder).toContainText('Send the new brochure');
  await expect(reminder).toContainText('today');
  await reminder.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('region', { name: 'Reminders' })).toHaveCount(0);
  await undo(page, 'Done: Send the new brochure');
  await expect(row(page, 'Reminders', 'Okafor Dental')).toBeVisible();
  await row(page, 'Reminders', 'Okafor Dental').getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('region', { name: 'All caught up' })).toBeVisible();
});
