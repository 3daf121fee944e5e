import { defineConfig } from '@playwright/test';

/**
 * Two projects:
 * - web: the built renderer served over http on 127.0.0.1, driven in Debian's Chromium
 *   (Playwright cannot download its own browsers on these machines);
 * - electron: the built desktop app, where an Electron binary exists (skips, saying why,
 *   where it does not).
 * `npm test` builds out/ before running this.
 */
const port = Number(process.env.HANDSHAKE_E2E_PORT ?? 5183);
const chromium = process.env.HANDSHAKE_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: '.',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  // One retry on CI's shared 2-core machine; a test that needed it is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
  // Budgets for a busy machine, not an idle one: the suite must hold on CI's shared 2-core
  // machine while other work runs beside it. A step that a person waits for (a toast, a
  // row, a dialog closing) may take several seconds there; a test that takes 10 s when the
  // machine is idle can take 40 s when it is not. Long journeys and tests with several
  // accessibility scans say so with `test.slow()`. Nothing here is a performance check:
  // budgets are measured by `npm run bench`.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  webServer: {
    command: 'node scripts/serve.mjs',
    cwd: '..',
    env: {
      HANDSHAKE_PORT: String(port),
      HANDSHAKE_RENDERER_OUT: process.env.HANDSHAKE_RENDERER_OUT ?? 'out/renderer',
    },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
  projects: [
    {
      name: 'web',
      testDir: './e2e',
      use: {
        baseURL: `http://127.0.0.1:${port}/`,
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromium,
          // Without these, Chromium tries to reach Google's services at every start.
          args: [
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-gpu',
          ],
        },
        trace: 'retain-on-failure',
      },
    },
    { name: 'electron', testDir: './electron' },
  ],
});
