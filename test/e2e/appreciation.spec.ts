import type { Interaction, Referral } from '../../shared/records';
import type { StoredPerson } from '../fixtures/dataset';
import { seedDatabase } from '../fixtures/seed-browser';
import { expect, expectAccessible, navigation, test } from './fixtures';

const NOW = Date.now();
/** The local calendar date `days` ago, as the app stores dates. */
function daysAgo(days: number) {
  const day = new Date(NOW - days * 86_400_000);
  return [day.getFullYear(), day.getMonth() + 1, day.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
}

const meta = { createdAt: NOW, updatedAt: NOW };
const person = (id: string, name: string): StoredPerson => ({
  id,
  name,
  nameKey: name.toLowerCase(),
  relationship: 'client',
  emails: [],
  phones: [],
  tags: [],
  ...meta,
});
const DANA = person('p-dana', 'Dana Ruiz');
const LEE = person('p-lee', 'Lee Chen');
const SAM = person('p-sam', 'Sam Okafor');
const referral = (id: string, referrer: string, days: number, introduced?: string): Referral => ({
  id,
  direction: 'received',
  date: daysAgo(days),
  referrerPersonId: referrer,
  introducedPersonId: introduced,
  warmth: 'introduction',
  status: 'new',
  ...meta,
});
const THANKS: Interaction = {
  id: 'i-thanks',
  kind: 'thank-you',
  date: daysAgo(8),
  personIds: [SAM.id],
  partnerIds: [],
  summary: 'Thank-you card to Sam',
  referralId: 'r-sam',
  ...meta,
};

test('Appreciation shows how fast thanks follow and who is still waiting, oldest first', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  // SeedRecords does not list referrals, but writes any store it is given.
  const records = {
    people: [DANA, LEE, SAM],
    referrals: [
      referral('r-dana-new', DANA.id, 3, LEE.id),
      referral('r-sam', SAM.id, 12),
      referral('r-dana-old', DANA.id, 40),
    ],
    interactions: [THANKS],
  };
  await seedDatabase(page, records);
  await page.reload();

  await navigation(page)
    .getByRole('link', { name: /^Insights/ })
    .click();
  const section = page.getByRole('region', { name: 'Appreciation' });
  await expect(section).toContainText('4 days');
  await expect(section).toContainText('1 of 3 referrals');
  const table = section.getByRole('table', { name: 'Still waiting for thanks, oldest first' });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Dana Ruiz');
  await expect(rows.nth(1)).toContainText('40 days');
  await expect(rows.nth(2)).toContainText('Lee Chen');
  await expect(rows.nth(2)).toContainText('3 days');
  await expectAccessible(page);

  await rows.nth(1).getByRole('link', { name: 'Dana Ruiz' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dana Ruiz' })).toBeVisible();
});
