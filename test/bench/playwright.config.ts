import { defineConfig } from '@playwright/test';
import { benchSettings } from './settings';

/**
 * `npm run bench` (scripts/bench.mjs) runs this: the production renderer built into
 * out/renderer-bench, served on 127.0.0.1, driven in Debian's Chromium — one worker, no
 * retries (a retried measure would hide a slow first run), measures in file order.
 */
const { port, full } = benchSettings();
const chromium = process.env.HANDSHAKE_CHROMIUM ?? '/usr/bin/chromium';

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
    launchOptions: {
      executablePath: chromium,
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-gpu',
        // performance.memory with exact figures, and gc() to read what stays alive.
        '--enable-precise-memory-info',
        '--js-flags=--expose-gc',
      ],
    },
  },
});
