import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS } from '../../../shared/bridge';

/** A throwaway user data folder for the backup handlers. */
const userData = vi.hoisted(() => ({ dir: '' }));

// Stand-ins for the parts of Electron the handlers use.
const electron = vi.hoisted(() => ({
  ipcMain: { handle: vi.fn() },
  app: {
    getVersion: () => '1.2.3',
    setBadgeCount: vi.fn(() => true),
    getPath: vi.fn(() => userData.dir),
  },
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
  userData.dir = await mkdtemp(join(tmpdir(), 'handshake-handlers-'));
  const { registerBridgeHandlers } = await import('../../../main/ipc/handlers');
  registerBridgeHandlers({});
  for (const [channel, handler] of electron.ipcMain.handle.mock.calls) {
    handlers.set(channel as string, handler as Handler);
  }
});

afterAll(() => rm(userData.dir, { recursive: true, force: true }));

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

  it('saveAutoBackup and listBackups keep backups in the user data folder', async () => {
    const bytes = new TextEncoder().encode('{"backup":true}');
    const saved = (await call(BRIDGE_CHANNELS.saveAutoBackup, appEvent, {
      reason: 'start',
      data: bytes,
    })) as { status: string; name: string };
    expect(saved.status).toBe('saved');
    const folder = join(userData.dir, 'backups');
    expect(await readdir(folder)).toEqual([saved.name]);
    expect(await call(BRIDGE_CHANNELS.listBackups, appEvent)).toEqual({
      status: 'ok',
      folder,
      backups: [expect.objectContaining({ name: saved.name, reason: 'start', size: bytes.length })],
    });
    expect(await call(BRIDGE_CHANNELS.readBackup, appEvent, saved.name)).toEqual({
      status: 'opened',
      name: saved.name,
      data: new Uint8Array(bytes),
    });
  });

  it.each([
    { reason: 'weekly', data: new Uint8Array() },
    { reason: 'start', data: 'text' },
    { reason: 'start', data: new Uint8Array(), path: '/tmp/x' },
    undefined,
  ])('saveAutoBackup refuses %j', async (request) => {
    await expect(call(BRIDGE_CHANNELS.saveAutoBackup, appEvent, request)).rejects.toThrow(
      /malformed/,
    );
  });

  it.each([
    '../../../../etc/passwd',
    '/etc/passwd',
    'handshake-backup-2026-03-14T09-30-05-042Z-start.json/../../secret',
    '..\\handshake-backup-2026-03-14T09-30-05-042Z-start.json',
    'notes.json',
    42,
  ])('readBackup refuses the name %j before touching the disk', async (name) => {
    await expect(call(BRIDGE_CHANNELS.readBackup, appEvent, name)).rejects.toThrow(/malformed/);
  });

  it('readBackup refuses a well-formed name that is not in the folder', async () => {
    expect(
      await call(
        BRIDGE_CHANNELS.readBackup,
        appEvent,
        'handshake-backup-2020-01-01T00-00-00-000Z-start.json',
      ),
    ).toEqual({
      status: 'error',
      message: 'That backup is no longer in the backup folder. Nothing was changed.',
    });
  });

  it('openBackupFile reports a cancelled dialog, offering backup files', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await call(BRIDGE_CHANNELS.openBackupFile, appEvent)).toEqual({ status: 'cancelled' });
    expect(electron.dialog.showOpenDialog).toHaveBeenLastCalledWith({
      filters: [{ name: 'Handshake backups', extensions: ['json'] }],
      properties: ['openFile'],
    });
  });
});
