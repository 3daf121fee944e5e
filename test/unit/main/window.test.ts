import { describe, expect, it, vi } from 'vitest';
import { EXPECTED_WEB_PREFERENCES } from '../../electron/expectations';

// Stands in for Electron: records the options the window is created with.
const electron = vi.hoisted(() => {
  const created: Record<string, unknown>[] = [];
  class BrowserWindow {
    constructor(options: Record<string, unknown>) {
      created.push(options);
    }
    once() {}
    loadURL() {
      return Promise.resolve();
    }
  }
  return { created, BrowserWindow };
});
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow }));

const { createMainWindow } = await import('../../../main/window');

describe('the main window', () => {
  it('is created with exactly the webPreferences the desktop end-to-end test expects', () => {
    createMainWindow({});
    const options = electron.created.at(-1)!;
    expect(options.webPreferences).toEqual({
      ...EXPECTED_WEB_PREFERENCES,
      preload: expect.stringMatching(/[\\/]preload[\\/]index\.cjs$/),
    });
  });
});
