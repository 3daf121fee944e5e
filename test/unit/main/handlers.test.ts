import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS } from '../../../shared/bridge';

// Stand-ins for the parts of Electron the handlers use.
const electron = vi.hoisted(() => ({
  ipcMain: { handle: vi.fn() },
  app: { getVersion: () => '1.2.3', setBadgeCount: vi.fn(() => true) },
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
  BrowserWindow: { fromWebContents: vi.fn(() => null) },
  Notification: Object.assign(vi.fn(), { isSupported: vi.fn(() => false) }),
}));
vi.mock('electron', () => electron);

type Handler = (event: unknown, ...args: unknown[]) => unknown;
const handlers = new Map<string, Handler>();

const appEvent = { senderFrame: { url: 'app://handshake/index.html', parent: null }, sender: {} };
const evilEvent = {
  senderFrame: { url: 'https://evil.example/?next=app://handshake', parent: null },
  sender: {},
};

beforeAll(async () => {
  const { registerBridgeHandlers } = await import('../../../main/ipc/handlers');
  registerBridgeHandlers({});
  for (const [channel, handler] of electron.ipcMain.handle.mock.calls) {
    handlers.set(channel as string, handler as Handler);
  }
});

const call = (channel: string, event: unknown, ...args: unknown[]) =>
  Promise.resolve().then(() => handlers.get(channel)!(event, ...args));

describe('registerBridgeHandlers', () => {
  it('registers exactly the bridge channels, once each', () => {
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(Object.keys(BRIDGE_CHANNELS).length);
    expect([...handlers.keys()].sort()).toEqual(Object.values(BRIDGE_CHANNELS).sort());
  });

  it.each(Object.values(BRIDGE_CHANNELS))('%s refuses a foreign sender', async (channel) => {
    await expect(call(channel, evilEvent, {})).rejects.toThrow(/refused/);
  });

  it('appInfo describes the desktop app', async () => {
    expect(await call(BRIDGE_CHANNELS.appInfo, appEvent)).toEqual({
      name: 'Handshake',
      version: '1.2.3',
      shell: 'desktop',
      platform: process.platform,
    });
  });

  it('setBadgeCount takes whole non-negative numbers only', async () => {
    await call(BRIDGE_CHANNELS.setBadgeCount, appEvent, 4);
    expect(electron.app.setBadgeCount).toHaveBeenCalledWith(4);
    for (const bad of [-1, 1.5, '4', Number.NaN]) {
      await expect(call(BRIDGE_CHANNELS.setBadgeCount, appEvent, bad)).rejects.toThrow(/malformed/);
    }
  });

  it('saveFile validates before opening a dialog', async () => {
    await expect(
      call(BRIDGE_CHANNELS.saveFile, appEvent, { suggestedName: 'a.csv', data: 'not bytes' }),
    ).rejects.toThrow(/malformed/);
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('saveFile reports a cancelled dialog', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(
      await call(BRIDGE_CHANNELS.saveFile, appEvent, {
        suggestedName: '../x.csv',
        data: new Uint8Array(),
      }),
    ).toEqual({ status: 'cancelled' });
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: 'x.csv',
      filters: [],
    });
  });

  it('openFile reports a cancelled dialog', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await call(BRIDGE_CHANNELS.openFile, appEvent, {})).toEqual({ status: 'cancelled' });
  });

  it('notify validates, and shows nothing where notifications are unsupported', async () => {
    await expect(call(BRIDGE_CHANNELS.notify, appEvent, { title: '' })).rejects.toThrow(
      /malformed/,
    );
    await call(BRIDGE_CHANNELS.notify, appEvent, { title: 'Reminder', body: '3 people' });
    expect(electron.Notification).not.toHaveBeenCalled();
  });
});
