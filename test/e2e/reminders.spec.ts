import type { Page } from '@playwright/test';
import type { HandshakeBridge } from '../../shared/bridge';
import type { Referral } from '../../shared/records';
import type { StoredPerson } from '../fixtures/dataset';
import { seedDatabase } from '../fixtures/seed-browser';
import { expect, expectAccessible, navigation, test } from './fixtures';

const NOW = Date.now();
const meta = { createdAt: NOW, updatedAt: NOW };
const DANA: StoredPerson = {
  id: 'p-dana',
  name: 'Dana Ruiz',
  nameKey: 'dana ruiz',
  relationship: 'client',
  emails: [],
  phones: [],
  tags: [],
  ...meta,
};
const referralOn = (date: string): Referral => ({
  id: 'r-dana',
  direction: 'received',
  date,
  referrerPersonId: DANA.id,
  warmth: 'introduction',
  status: 'new',
  ...meta,
});

/** The local calendar date `days` before now, as the app stores dates. */
function daysAgo(days: number) {
  const day = new Date(NOW - days * 86_400_000);
  return [day.getFullYear(), day.getMonth() + 1, day.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
}

/** Opens the app once (so the database exists), writes the records, and reloads. */
async function openWithReferralOn(page: Page, date: string) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  // SeedRecords does not list referrals, but writes any store it is given.
  const records = { people: [DANA], referrals: [referralOn(date)] };
  await seedDatabase(page, records);
  await page.reload();
}

const thisWeekLink = (page: Page, name: string) =>
  navigation(page).getByRole('link', { name, exact: true });
const notice = (page: Page) => page.getByRole('region', { name: 'Weekly reminder' });

/** Stands in for the desktop shell's bridge and records what the app asks of it. */
function fakeDesktopBridge() {
  const calls: { badge: number[]; notify: { title: string; body: string }[] } = {
    badge: [],
    notify: [],
  };
  Object.assign(window, {
    handshakeCalls: calls,
    handshake: {
      appInfo: async () => ({
        name: 'Handshake',
        version: '0',
        shell: 'desktop',
        platform: 'linux',
      }),
      setBadgeCount: async (count: number) => void calls.badge.push(count),
      notify: async (request: { title: string; body: string }) => void calls.notify.push(request),
      saveFile: async () => ({ status: 'cancelled' }),
      openFile: async () => ({ status: 'cancelled' }),
      openBackupFile: async () => ({ status: 'cancelled' }),
      readBackup: async () => ({ status: 'error', message: 'No such backup.' }),
      printToPdf: async () => ({ status: 'cancelled' }),
      // An empty backup folder: nothing to offer, and automatic backups are kept.
      listBackups: async () => ({ status: 'ok', folder: '/backups', backups: [] }),
      saveAutoBackup: async () => ({ status: 'saved', name: 'backup.json' }),
      onMenuAction: () => () => undefined,
    } satisfies HandshakeBridge,
  });
}
type Calls = { badge: number[]; notify: { title: string; body: string }[] };
const desktopCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { handshakeCalls: Calls }).handshakeCalls);

test('the navigation counts what is due this week, and the desktop badge follows', async ({
  page,
}) => {
  await page.addInitScript(fakeDesktopBridge);
  await openWithReferralOn(page, daysAgo(5));

  await expect(thisWeekLink(page, 'This week, 1 due')).toBeVisible();
  await expect.poll(async () => (await desktopCalls(page)).badge.at(-1)).toBe(1);
  // Other screens still find the link by its name, count or not.
  await navigation(page).getByRole('link', { name: 'People' }).click();
  await navigation(page).getByRole('link', { name: 'This week' }).click();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(thisWeekLink(page, 'This week')).toBeVisible();
  await expect.poll(async () => (await desktopCalls(page)).badge.at(-1)).toBe(0);
});

test.describe('the weekly digest', () => {
  // Monday 16 November 2026, two minutes before the default 09:00 digest.
  const MONDAY_EARLY = new Date(2026, 10, 16, 8, 58);

  test('in the browser: a notice at the chosen time, shown once that week', async ({ page }) => {
    await page.clock.install({ time: MONDAY_EARLY });
    await openWithReferralOn(page, '2026-11-10');
    await expect(thisWeekLink(page, 'This week, 1 due')).toBeVisible();
    await expect(notice(page)).toHaveCount(0);

    await page.clock.fastForward('03:00');
    await expect(notice(page)).toContainText('1 person to thank this week.');
    await navigation(page).getByRole('link', { name: 'Insights' }).click();
    await notice(page).getByRole('link', { name: 'See what is due' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
    await expect(notice(page)).toHaveCount(0);

    // Later that week, the digest is not shown again.
    await page.clock.fastForward('26:00:00');
    await page.reload();
    await expect(thisWeekLink(page, 'This week, 1 due')).toBeVisible();
    await page.clock.fastForward('01:00:00');
    await expect(notice(page)).toHaveCount(0);
  });

  test('on a later launch, and not at all once turned off', async ({ page, context }) => {
    // Sunday evening: this week's Monday moment has not come yet.
    await page.clock.install({ time: new Date(2026, 10, 15, 20, 0) });
    await openWithReferralOn(page, '2026-11-10');
    await expect(thisWeekLink(page, 'This week, 1 due')).toBeVisible();
    await expect(notice(page)).toHaveCount(0);
    await page.close();

    // Opened again on Wednesday: Monday's moment passed while the app was closed.
    page = await context.newPage();
    await page.clock.install({ time: new Date(2026, 10, 18, 14, 0) });
    await page.goto('./');
    await expect(notice(page)).toContainText('1 person to thank this week.');
    await notice(page).getByRole('button', { name: 'Close weekly reminder' }).click();
    await expect(notice(page)).toHaveCount(0);

    await page.goto('./#/settings');
    const settings = page.getByRole('region', { name: 'Notifications' });
    await settings.getByRole('checkbox', { name: 'Remind me every week' }).uncheck();
    await settings.getByRole('button', { name: 'Save notifications' }).click();
    await expect(page.getByRole('status', { name: 'Notifications' })).toContainText(
      'The weekly reminder is off.',
    );
    // The next Monday comes and goes.
    await page.clock.fastForward(5 * 24 * 3_600_000);
    await page.reload();
    await expect(thisWeekLink(page, 'This week, 1 due')).toBeVisible();
    await expect(notice(page)).toHaveCount(0);
  });

  test('in the desktop app: one notification, at the chosen time', async ({ page }) => {
    await page.addInitScript(fakeDesktopBridge);
    await page.clock.install({ time: MONDAY_EARLY });
    await openWithReferralOn(page, '2026-11-10');
    await expect(thisWeekLink(page, 'This week, 1 due')).toBeVisible();
    expect((await desktopCalls(page)).notify).toEqual([]);

    await page.clock.fastForward('03:00');
    await expect
      .poll(async () => (await desktopCalls(page)).notify)
      .toEqual([{ title: 'Handshake', body: '1 person to thank this week' }]);
    // Not in the page as well: the desktop notification is the reminder.
    await expect(notice(page)).toHaveCount(0);
    await page.clock.fastForward('02:00:00');
    await page.reload();
    await expect(thisWeekLink(page, 'This week, 1 due')).toBeVisible();
    expect((await desktopCalls(page)).notify).toEqual([]);
  });
});
