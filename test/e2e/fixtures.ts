import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every end-to-end test runs with two guards:
 * - the offline promise: any request to anything but the app's own origin fails the test;
 * - a fresh, empty database per test (Playwright gives each test a new browser context).
 */
export const test = base.extend<{ offlineGuard: void }>({
  offlineGuard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const outside: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        const own = url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:';
        if (!own) outside.push(request.url());
      });
      await use();
      expect(outside, 'requests that left the app’s origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** What one axe scan of a whole screen may take on a busy 2-core machine (seconds when idle). */
const AXE_SCAN_TIME = 30_000;

/**
 * No serious or critical accessibility violation on what is on screen now. Each scan
 * brings its own time to the test's budget, so a test with several scans does not run out
 * of time when the machine is busy.
 */
export async function expectAccessible(page: Page) {
  test.info().setTimeout(test.info().timeout + AXE_SCAN_TIME);
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }));
  expect(severe).toEqual([]);
}

export const SECTIONS = [
  'This week',
  'People',
  'Partners',
  'Referrals',
  'Timeline',
  'Insights',
  'Settings',
] as const;

export function navigation(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}
