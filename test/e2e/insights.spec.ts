import type { Page } from '@playwright/test';
import type { Referral } from '../../shared/records';
import type { StoredPartner, StoredPerson } from '../fixtures/dataset';
import { seedDatabase } from '../fixtures/seed-browser';
import { expect, expectAccessible, navigation, test } from './fixtures';

const NOW = Date.now();
const day = new Date(NOW - 3 * 86_400_000);
// A few days ago, in the browser's (and this machine's) local calendar.
const DATE = [day.getFullYear(), day.getMonth() + 1, day.getDate()]
  .map((part) => String(part).padStart(2, '0'))
  .join('-');

const meta = { createdAt: NOW, updatedAt: NOW };
const person = (id: string, name: string, more: Partial<StoredPerson> = {}): StoredPerson => ({
  id,
  name,
  nameKey: name.toLowerCase(),
  relationship: 'prospect',
  emails: [],
  phones: [],
  tags: [],
  ...meta,
  ...more,
});
const RUIZ: StoredPartner = {
  id: 'b-ruiz',
  name: 'Ruiz Insurance',
  nameKey: 'ruiz insurance',
  status: 'active',
  tags: [],
  ...meta,
};
const DANA = person('p-dana', 'Dana Ruiz', { partnerId: RUIZ.id, relationship: 'partner contact' });
const LEE = person('p-lee', 'Lee Chen');
const REFERRAL: Referral = {
  id: 'r-1',
  direction: 'received',
  date: DATE,
  referrerPersonId: DANA.id,
  introducedPersonId: LEE.id,
  warmth: 'introduction',
  status: 'new',
  ...meta,
};

/** Opens the app once (so the database exists), writes the records, and reloads. */
async function openWithReferral(page: Page) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  const records = { people: [DANA, LEE], partners: [RUIZ], referrals: [REFERRAL] };
  await seedDatabase(page, records);
  await page.reload();
}

test('a won referral from a partner’s person shows on Partners, Insights and timelines', async ({
  page,
}) => {
  // A long journey: on a busy machine it needs more than the default time.
  test.slow();
  await openWithReferral(page);

  // Move it to won with a value, from the ledger.
  await navigation(page).getByRole('link', { name: 'Referrals' }).click();
  await page
    .getByRole('row', { name: /Lee Chen/ })
    .getByRole('combobox', { name: /Status of the referral from Dana Ruiz/ })
    .selectOption('won');
  const won = page.getByRole('dialog', { name: 'Mark as won' });
  await won.getByLabel('Value').fill('1,200');
  await won.getByRole('button', { name: 'Save' }).click();
  await expect(won).toBeHidden();

  // Partners: given 0, received 1 (through Dana), and the won value both ways.
  await navigation(page).getByRole('link', { name: 'Partners' }).click();
  const row = page.getByRole('row', { name: /Ruiz Insurance/ });
  await expect(row).toContainText('0 / 1');
  await expect(row).toContainText('$0.00 / $1,200.00');

  // Insights: Dana and her partner are champions, and conversion is 100%.
  await navigation(page).getByRole('link', { name: 'Insights' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
  const champions = page.getByRole('region', { name: 'Champions' });
  const people = champions.getByRole('table', { name: 'People who referred you' });
  await expect(people.getByRole('row', { name: /Dana Ruiz/ })).toContainText('$1,200.00');
  const partners = champions.getByRole('table', { name: 'Partners who referred you' });
  await expect(partners.getByRole('row', { name: /Ruiz Insurance/ })).toContainText('$1,200.00');
  await expect(champions.getByRole('img', { name: /People by referrals/ })).toBeVisible();
  const conversion = page.getByRole('region', { name: 'Conversion' });
  await expect(conversion.getByText('100%', { exact: true })).toBeVisible();
  await expect(conversion).toContainText('1 won and 0 lost of 1 closed');
  await expect(page.getByRole('region', { name: 'Value by source' })).toContainText('$1,200.00');
  await expect(
    page.getByRole('region', { name: 'Referrals in and out' }).getByRole('img'),
  ).toHaveAccessibleName(/Referrals in and out per month/);

  // The referral is on the referrer's, the introduced person's and the partner's timelines.
  for (const [path, name] of [
    ['/people/p-dana', 'Dana Ruiz'],
    ['/people/p-lee', 'Lee Chen'],
    ['/partners/b-ruiz', 'Ruiz Insurance'],
  ] as const) {
    await page.goto(`./#${path}`);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    const timeline = page.getByRole('list', { name: `Timeline of ${name}` });
    const entry = timeline.getByRole('article', { name: /Dana Ruiz .*introduced Lee Chen/ });
    await expect(entry).toContainText('Won, $1,200.00');
    await expect(entry.getByRole('link', { name: 'Open in Referrals' })).toBeVisible();
    await expect(entry.getByRole('button', { name: /Edit|Move to trash/ })).toHaveCount(0);
  }

  // The Timeline screen shows it, and its Kind filter can pick referrals alone.
  await navigation(page).getByRole('link', { name: 'Timeline' }).click();
  await page.getByRole('group', { name: 'Filters' }).getByLabel('Kind').selectOption('referral');
  await expect(page.getByRole('article', { name: /introduced Lee Chen/ })).toBeVisible();
  await page.getByRole('group', { name: 'Filters' }).getByLabel('Kind').selectOption('call');
  await expect(page.getByText('Nothing matches these filters.')).toBeVisible();
});

test('Insights says plainly when there are no referrals yet', async ({ page }) => {
  await page.goto('./#/insights');
  await expect(
    page.getByText('No referrals yet — record one from the Referrals screen.'),
  ).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`Insights is accessible in ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openWithReferral(page);
    await page.goto('./#/insights');
    await expect(page.getByRole('region', { name: 'Champions' })).toBeVisible();
    await expectAccessible(page);
  });
}
