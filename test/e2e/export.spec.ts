import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import Papa from 'papaparse';
import type { StoredPartner, StoredPerson } from '../fixtures/dataset';
import { seedDatabase } from '../fixtures/seed-browser';
import { foldText } from '../../shared/text';
import { expect, expectAccessible, navigation, test } from './fixtures';

const NOW = Date.UTC(2026, 0, 15, 12);

function partner(id: string, fields: Omit<Partial<StoredPartner>, 'id'> & { name: string }) {
  return {
    id,
    createdAt: NOW,
    updatedAt: NOW,
    status: 'active',
    tags: [],
    nameKey: foldText(fields.name),
    ...fields,
  } as StoredPartner;
}

const PARTNERS = [
  partner('b1', {
    name: 'Acme Insurance',
    category: 'Insurance agent',
    phone: '+1 555 010 3000',
    email: 'hello@acme.example',
    recommendation: 'They answer the phone on Sundays.',
    notes: '=HYPERLINK("http://evil.example")',
  }),
  partner('b2', {
    name: 'Bee Insurance',
    category: 'Insurance agent',
    recommendation: 'Honest about what you do not need.',
  }),
  partner('b3', {
    name: 'Little Teeth Pediatrics',
    category: 'Pediatrician',
    website: 'littleteeth.example',
    recommendation: 'Gentle with nervous children.',
  }),
  partner('b4', { name: 'Quiet Prospect Realty', category: 'Realtor', status: 'prospect' }),
];

/** Opens Partners with the four partners above in the database. */
async function openPartners(page: Page) {
  await page.goto('./#/partners');
  await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
  await seedDatabase(page, { partners: PARTNERS });
  await page.reload();
  await expect(page.getByText('4 partners', { exact: true })).toBeVisible();
}

/** Clicks the dialog's Export and returns the downloaded file's bytes. */
async function exportFile(page: Page): Promise<{ download: Download; bytes: Buffer }> {
  const dialog = page.getByRole('dialog', { name: 'Export partners' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  await expect(dialog).toBeHidden();
  return { download, bytes: await readFile((await download.path())!) };
}

function parseCsv(bytes: Buffer): Record<string, string>[] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(text.endsWith('\r\n')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    delimiter: ',',
    newline: '\r\n',
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const notifications = (page: Page) => page.getByRole('status', { name: 'Notifications' });

test('exports every partner to CSV and to vCard, as downloads', async ({ page }) => {
  await openPartners(page);
  await page.getByRole('button', { name: 'Export partners' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export partners' });
  await expect(dialog.getByText('Exports all 4 partners.')).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'CSV spreadsheet' })).toBeChecked();
  await expectAccessible(page);

  const csv = await exportFile(page);
  expect(csv.download.suggestedFilename()).toMatch(/^Handshake partners \d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parseCsv(csv.bytes);
  expect(rows.map((row) => row.Name)).toEqual([
    'Acme Insurance',
    'Bee Insurance',
    'Little Teeth Pediatrics',
    'Quiet Prospect Realty',
  ]);
  expect(rows[0]).toMatchObject({
    Category: 'Insurance agent',
    Status: 'Active',
    Phone: "'+1 555 010 3000",
    'Why we recommend them': 'They answer the phone on Sundays.',
    Notes: '\'=HYPERLINK("http://evil.example")',
    'Won value received': '$0.00',
  });
  await expect(notifications(page)).toContainText(
    `Exported 4 partners to “${csv.download.suggestedFilename()}”.`,
  );

  await page.getByRole('button', { name: 'Export partners' }).click();
  await page.getByRole('radio', { name: 'vCard contacts' }).check();
  const vcard = await exportFile(page);
  expect(vcard.download.suggestedFilename()).toMatch(/\.vcf$/);
  const text = vcard.bytes.toString('utf8');
  expect(text.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(4);
  expect(text.match(/^KIND:org\r$/gm)).toHaveLength(4);
  expect(text).toContain('FN:Little Teeth Pediatrics\r\n');
  expect(text).toContain('URL:littleteeth.example\r\n');
});

test('with a filter applied, the export holds only the partners shown', async ({ page }) => {
  await openPartners(page);
  await page.getByLabel('Filter partners').fill('insurance');
  await expect(page.getByText('2 of 4 partners', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Export partners' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export partners' });
  await expect(dialog.getByText('Exports the 2 partners shown', { exact: false })).toBeVisible();
  const rows = parseCsv((await exportFile(page)).bytes);
  expect(rows.map((row) => row.Name)).toEqual(['Acme Insurance', 'Bee Insurance']);
});

test('the partner directory prints the business name, categories and recommendations', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const calls = { count: 0 };
    Object.assign(window, { printCalls: calls });
    window.print = () => {
      calls.count += 1;
    };
  });
  await page.goto('./#/settings');
  await page.getByLabel('Business name').fill('Bright Smiles Dental');
  await page.getByLabel("Owner's name").fill('Dana Ruiz');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(notifications(page)).toContainText('Business profile saved.');
  await openPartners(page);

  await page.getByRole('button', { name: 'Export partners' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export partners' });
  await dialog.getByRole('radio', { name: 'Partner directory (PDF)' }).check();
  const statuses = dialog.getByRole('group', { name: 'Statuses to include' });
  await expect(statuses.getByRole('checkbox', { name: 'Active' })).toBeChecked();
  await expect(statuses.getByRole('checkbox', { name: 'Prospect' })).not.toBeChecked();
  await expect(
    dialog.getByText('The directory lists 3 partners, grouped by category.'),
  ).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Preview directory' }).click();

  await expect(page).toHaveURL(/#\/print\/partner-directory\/active$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Bright Smiles Dental' })).toBeVisible();
  await expect(navigation(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    'Insurance agent',
    'Pediatrician',
  ]);
  await expect(page.getByText('Gentle with nervous children.')).toBeVisible();
  await expect(page.getByText('They answer the phone on Sundays.')).toBeVisible();
  await expect(page.getByText('Quiet Prospect Realty')).toHaveCount(0);
  await expect(page.getByText(/Dana Ruiz at Bright Smiles Dental/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Print' }).click();
  await expect
    .poll(() =>
      page.evaluate(() => (window as never as { printCalls: { count: number } }).printCalls.count),
    )
    .toBe(1);

  await page.getByRole('link', { name: 'Back to Partners' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
});

test('the referral guide saves, and its print view shows the texts', async ({ page }) => {
  await page.goto('./#/settings');
  const guide = page.getByRole('region', { name: 'Referral guide' });
  await guide.getByLabel('Ideal client').fill('Families with children under 12.');
  await guide.getByLabel('What I do, in plain words').fill('I keep children’s teeth healthy.');
  await guide
    .getByLabel('Phrases that signal a need')
    .fill('“My tooth hurts”\n“We just moved to town”');
  await guide.getByLabel('What happens after you refer someone').fill('We call within a day.');
  await guide.getByRole('button', { name: 'Save referral guide' }).click();
  await expect(notifications(page)).toContainText('Referral guide saved.');

  await page.reload();
  await expect(guide.getByLabel('Ideal client')).toHaveValue('Families with children under 12.');
  await expectAccessible(page);

  await guide.getByRole('button', { name: 'Print referral guide' }).click();
  await expect(page).toHaveURL(/#\/print\/referral-guide$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'How to refer clients to us' }),
  ).toBeVisible();
  await expect(navigation(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    'Our ideal client',
    'What we do',
    'Phrases that signal a need',
    'What happens after you refer someone',
  ]);
  await expect(page.getByRole('listitem')).toHaveText([
    '“My tooth hurts”',
    '“We just moved to town”',
  ]);
  await expect(page.getByText('We call within a day.')).toBeVisible();
  await expectAccessible(page);
});

test('a referral guide with a text too long says which, and keeps the saved one', async ({
  page,
}) => {
  await page.goto('./#/settings');
  const guide = page.getByRole('region', { name: 'Referral guide' });
  await guide.getByLabel('Ideal client').fill('x'.repeat(4001));
  await guide.getByRole('button', { name: 'Print referral guide' }).click();
  await expect(guide.getByLabel('Ideal client')).toHaveAccessibleDescription(
    /Ideal client can be at most 4000 characters\./,
  );
  await expect(page).toHaveURL(/#\/settings$/);
});

test('Export people from the palette: the people shown, their partner and every email', async ({
  page,
}) => {
  // A long journey: on a busy machine it needs more than the default time.
  test.slow();
  const person = (id: string, name: string, fields: Partial<StoredPerson>): StoredPerson => ({
    id,
    name,
    nameKey: foldText(name),
    createdAt: NOW,
    updatedAt: NOW,
    relationship: 'client',
    emails: [],
    phones: [],
    tags: [],
    ...fields,
  });
  await page.goto('./#/people');
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await seedDatabase(page, {
    partners: PARTNERS.slice(0, 1),
    people: [
      person('p1', 'Sam Lee', {
        partnerId: 'b1',
        relationship: 'partner contact',
        emails: ['sam@acme.example', 'sam.lee@example.org'],
        birthday: { month: 3, day: 14 },
      }),
      person('p2', 'Zoë Émile', { notes: 'Met at the fair.\nLikes tea.' }),
    ],
  });
  await page.reload();
  await expect(page.getByText('2 people', { exact: true })).toBeVisible();

  await page.keyboard.press('ControlOrMeta+K');
  const input = page.getByRole('combobox', { name: 'Search people, partners and actions' });
  await input.fill('export people');
  // Enter runs the chosen action: wait until the list has narrowed to it.
  await expect(
    page.getByRole('dialog', { name: 'Command palette' }).getByRole('option', { selected: true }),
  ).toContainText('Export people');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export people' });
  await expect(dialog.getByText('Exports all 2 people.')).toBeVisible();
  await expectAccessible(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Handshake people \d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parseCsv(await readFile((await download.path())!));
  expect(rows).toEqual([
    expect.objectContaining({
      Name: 'Sam Lee',
      Emails: 'sam@acme.example; sam.lee@example.org',
      Relationship: 'Partner contact',
      Partner: 'Acme Insurance',
    }),
    expect.objectContaining({ Name: 'Zoë Émile', Notes: 'Met at the fair.\nLikes tea.' }),
  ]);
  expect(rows[0]!.Birthday).not.toBe('');
});
