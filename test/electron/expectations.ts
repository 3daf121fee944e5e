/**
 * What the desktop end-to-end test expects of the window, in one place so a unit test
 * (test/unit/main/window.test.ts) fails when main/window.ts and this expectation disagree,
 * even where no Electron binary exists to run the end-to-end test.
 */

/** Every webPreference main/window.ts sets except the preload path (SECURITY.md). */
export const EXPECTED_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} as const;

/**
 * The preferences a running window reports through webContents.getLastWebPreferences():
 * Electron keeps only these (shell/browser/web_contents_preferences.cc,
 * SaveLastPreferences). The rest are checked on what main passes to BrowserWindow.
 */
export const REPORTED_WEB_PREFERENCES = [
  'contextIsolation',
  'sandbox',
  'nodeIntegration',
  'nodeIntegrationInSubFrames',
  'webSecurity',
  'allowRunningInsecureContent',
  'experimentalFeatures',
  'webviewTag',
] as const satisfies readonly (keyof typeof EXPECTED_WEB_PREFERENCES)[];
