import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './profile';
import { benchSettings } from './settings';

/**
 * `npm run bench` (scripts/bench.mjs) runs this: the production renderer built into
 * out/renderer-bench, served on 127.0.0.1, driven in Debian's Chromium — one worker, no
 * retries (a retried measure would hide a slow first run), measures in file order.
 */
const { port, full } = benchSettings();

export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  outputDir: '../../test-results/bench',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: 'line',
  // Loading 270,000 records through Restore from backup takes minutes on 2 cores.
  timeout: full ? 30 * 60_000 : 5 * 60_000,
  globalTeardown: './report-teardown.ts',
  webServer: {
    command: 'node scripts/serve.mjs',
    cwd: '../..',
    env: {
      HANDSHAKE_PORT: String(port),
      HANDSHAKE_RENDERER_OUT: process.env.HANDSHAKE_RENDERER_OUT ?? 'out/renderer-bench',
    },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    // Measures run in a profile of their own (./profile.ts); this is for anything else.
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
  },
});
