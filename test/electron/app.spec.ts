/**
 * The desktop shell end to end: the real Electron binary running the built app
 * (`electron-vite build` first). Where no binary exists (it cannot be downloaded without
 * internet) every test here is skipped with the reason; the guards are unit-tested in
 * test/unit/main either way.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';
import { BRIDGE_METHODS } from '../../shared/bridge';
import { EXPECTED_WEB_PREFERENCES, REPORTED_WEB_PREFERENCES } from './expectations';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const executablePath = findElectronBinary();
const NO_BINARY =
  'No Electron binary on this machine (it cannot be downloaded here); the desktop shell is covered by unit tests of main/ — run on a machine with internet to exercise it';

test.skip(executablePath === null, NO_BINARY);
if (executablePath === null) console.log(`Electron tests skipped: ${NO_BINARY}.`);

let userData: string;

test.beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'handshake-electron-'));
});
test.afterEach(() => rmSync(userData, { recursive: true, force: true }));

async function launch(): Promise<{ app: ElectronApplication; page: Page }> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined) env[key] = value;
  }
  delete env.ELECTRON_RENDERER_URL; // the built app, served over app://, not the dev server
  delete env.ELECTRON_RUN_AS_NODE;
  env.HANDSHAKE_USER_DATA = userData;

  const app = await _electron.launch({
    executablePath: executablePath!,
    // The repo root: Electron reads package.json (name, version, "main": out/main/index.js).
    // Chromium refuses to start as root with its OS sandbox (CI containers); the renderer
    // is still `sandbox: true` in webPreferences, which is what the test checks.
    args: [REPO_ROOT, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    cwd: REPO_ROOT,
    env,
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}

async function openSettings(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
}

test('the window is locked down and exposes only the bridge', async () => {
  const { app, page } = await launch();
  try {
    const reported = await app.evaluate(({ BrowserWindow }) => {
      // Undocumented but long-standing (Spectron and Playwright's own tests use it): the
      // preferences the renderer was actually created with. Electron keeps only some of
      // them (REPORTED_WEB_PREFERENCES); test/unit/main/window.test.ts checks the rest on
      // what main passes to BrowserWindow.
      const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as {
        getLastWebPreferences(): Record<string, unknown> | null;
      };
      return contents.getLastWebPreferences() ?? {};
    });
    const expected = Object.fromEntries(
      REPORTED_WEB_PREFERENCES.map((key) => [key, EXPECTED_WEB_PREFERENCES[key]]),
    );
    const actual = Object.fromEntries(REPORTED_WEB_PREFERENCES.map((key) => [key, reported[key]]));
    expect(actual).toEqual(expected);

    expect(page.url()).toMatch(/^app:\/\/handshake\//);

    const bridge = await page.evaluate(() => {
      const handshake = (window as unknown as { handshake?: Record<string, unknown> }).handshake;
      return {
        keys: Object.keys(handshake ?? {}).sort(),
        hasRequire: typeof (window as unknown as { require?: unknown }).require !== 'undefined',
        hasProcess: typeof (window as unknown as { process?: unknown }).process !== 'undefined',
      };
    });
    expect(bridge).toEqual({
      // Derived from the preload's channel list (shared/bridge.ts), never written out here.
      keys: [...BRIDGE_METHODS],
      hasRequire: false,
      hasProcess: false,
    });

    const info = await page.evaluate(() =>
      (window as unknown as { handshake: { appInfo(): Promise<unknown> } }).handshake.appInfo(),
    );
    expect(info).toMatchObject({ name: 'Handshake', shell: 'desktop', platform: process.platform });
  } finally {
    await app.close();
  }
});

test('the page cannot reach the network, navigate away or open windows', async () => {
  const { app, page } = await launch();
  try {
    // Refused twice over: by the CSP (connect-src 'self') and by the network lockdown.
    const fetched = await page.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'reached the network',
        () => 'refused',
      ),
    );
    expect(fetched).toBe('refused');

    // window.open is denied even for the app's own URL.
    expect(await page.evaluate(() => window.open('app://handshake/index.html') === null)).toBe(
      true,
    );

    // The CSP does not govern top-level navigation; the will-navigate guard does.
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/handshake\//);
    expect(app.windows()).toHaveLength(1);
  } finally {
    await app.close();
  }
});

test('the business profile survives a restart', async () => {
  const businessName = `Northwind Plumbing ${Date.now()}`;

  const first = await launch();
  try {
    await openSettings(first.page);
    await first.page.getByLabel('Business name').fill(businessName);
    await first.page.getByRole('button', { name: 'Save profile' }).click();
    // Reading it back after a reload proves the write reached IndexedDB before quitting.
    await first.page.reload();
    await openSettings(first.page);
    await expect(first.page.getByLabel('Business name')).toHaveValue(businessName);
  } finally {
    await first.app.close();
  }

  const second = await launch();
  try {
    await openSettings(second.page);
    await expect(second.page.getByLabel('Business name')).toHaveValue(businessName);
  } finally {
    await second.app.close();
  }
});
