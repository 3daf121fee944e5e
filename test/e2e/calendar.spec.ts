import type { Download, Page } from '@playwright/test';
import ICAL from 'ical.js';
import { readFile } from 'node:fs/promises';
import type { Referral, Reminder } from '../../shared/records';
import type { StoredPerson } from '../fixtures/dataset';
import { seedDatabase } from '../fixtures/seed-browser';
import { expect, test } from './fixtures';

const NOW = Date.now();
/** The local calendar date `days` from now (negative: ago), as the app stores dates. */
function localDate(days: number) {
  const day = new Date(NOW + days * 86_400_000);
  return [day.getFullYear(), day.getMonth() + 1, day.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
}
const compact = (date: string) => date.replaceAll('-', '');

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
const SAM = person('p-sam', 'Sam Okafor');
const REFERRAL: Referral = {
  id: 'r-dana',
  direction: 'received',
  date: localDate(-5),
  referrerPersonId: DANA.id,
  warmth: 'introduction',
  status: 'new',
  ...meta,
};
const REMINDER: Reminder = {
  id: 'm-sam',
  reason: 'custom',
  personId: SAM.id,
  dueDate: localDate(10),
  note: 'Send Sam the brochure',
  ...meta,
};
// Beyond the four weeks: not exported.
const LATER: Reminder = { ...REMINDER, id: 'm-later', dueDate: localDate(40) };

async function openWithRecords(page: Page) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  // SeedRecords does not list referrals or reminders, but writes any store it is given.
  const records = { people: [DANA, SAM], referrals: [REFERRAL], reminders: [REMINDER, LATER] };
  await seedDatabase(page, records);
  await page.reload();
  await expect(page.getByText('Dana Ruiz', { exact: false }).first()).toBeVisible();
}

/** Does `start` and returns the downloaded calendar, parsed with ical.js. */
async function downloadCalendar(page: Page, start: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), start()]);
  const text = await readFile((await (download as Download).path())!, 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => ({
    uid: vevent.getFirstPropertyValue('uid'),
    summary: vevent.getFirstPropertyValue('summary'),
    description: vevent.getFirstPropertyValue('description'),
    start: vevent.getFirstProperty('dtstart')!.toICALString(),
    end: vevent.getFirstProperty('dtend')!.toICALString(),
  }));
  return { name: (download as Download).suggestedFilename(), text, events };
}

test('Export to calendar saves the next four weeks as all-day events with stable UIDs', async ({
  page,
}) => {
  await openWithRecords(page);
  const first = await downloadCalendar(page, () =>
    page.getByRole('button', { name: 'Export to calendar' }).click(),
  );
  expect(first.name).toBe('handshake-this-month.ics');
  expect(first.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(first.events).toEqual([
    {
      uid: 'thank.referral.r-dana@handshake.app',
      summary: 'Thank Dana Ruiz',
      description: expect.stringContaining('Dana Ruiz'),
      // Overdue: on today, where the owner will see it.
      start: `DTSTART;VALUE=DATE:${compact(localDate(0))}`,
      end: `DTEND;VALUE=DATE:${compact(localDate(1))}`,
    },
    {
      uid: 'custom.reminder.m-sam@handshake.app',
      summary: 'Reminder: Sam Okafor',
      description: expect.stringContaining('Send Sam the brochure'),
      start: `DTSTART;VALUE=DATE:${compact(localDate(10))}`,
      end: `DTEND;VALUE=DATE:${compact(localDate(11))}`,
    },
  ]);
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText(
    'Exported 2 reminders to “handshake-this-month.ics”.',
  );

  // From the command palette, later: the same events, so a calendar updates them.
  await page.keyboard.press('ControlOrMeta+K');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox').fill('export to cal');
  // Enter runs the chosen action: wait until the list has narrowed to it.
  await expect(palette.getByRole('option', { selected: true })).toContainText('Export to calendar');
  const again = await downloadCalendar(page, () => page.keyboard.press('Enter'));
  expect(again.events.map((event) => event.uid)).toEqual(first.events.map((event) => event.uid));
});

test('with nothing due, Export to calendar says so and saves nothing', async ({ page }) => {
  await page.goto('./');
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: 'Export to calendar' }).click();
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText(
    'Nothing is due in the next four weeks',
  );
  expect(downloads).toBe(0);
});
