/**
 * The browser the bench measures in: Debian's Chromium with an owner's kind of profile,
 * on disk, in a fresh temporary directory — as the desktop app keeps its data, and as a
 * browser profile does for `npm run web`. Playwright's default context keeps IndexedDB in
 * memory instead, which no owner runs, and which read the This week view about twice as
 * slowly (in-memory ~130 ms, on disk ~75 ms at the reference size).
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordInputTimes } from './marks';

export const CHROMIUM = process.env.HANDSHAKE_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  // performance.memory with exact figures, and gc() to read what stays alive.
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
];

export interface Profile {
  context: BrowserContext;
  /** Closes the browser and deletes the profile. */
  close(): Promise<void>;
}

/** A new browser on a new, empty profile, recording input times on every page. */
export async function openProfile(port: number): Promise<Profile> {
  const dir = await mkdtemp(join(tmpdir(), 'handshake-bench-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  await recordInputTimes(context);
  return {
    context,
    async close() {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
