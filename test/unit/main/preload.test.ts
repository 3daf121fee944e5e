import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS, BRIDGE_METHODS, MENU_ACTION_CHANNEL } from '../../../shared/bridge';

// The preload only runs inside Electron; these stand-ins record what it exposes.
const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async (..._args: unknown[]) => 'reply'),
    on: vi.fn(),
    removeListener: vi.fn(),
    send: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

let exposed: Record<string, (...args: unknown[]) => Promise<unknown>>;

beforeAll(async () => {
  await import('../../../main/preload');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0]!;
  expect(name).toBe('handshake');
  exposed = api as typeof exposed;
});

describe('preload', () => {
  it('exposes exactly one function per bridge method, and nothing else', () => {
    // BRIDGE_METHODS is also what the desktop end-to-end test (test/electron/app.spec.ts)
    // expects on window.handshake, so this fails wherever the preload and that test disagree.
    expect(Object.keys(exposed).sort()).toEqual(BRIDGE_METHODS);
    // One per channel, plus the one typed event subscription.
    expect(BRIDGE_METHODS).toEqual([...Object.keys(BRIDGE_CHANNELS), 'onMenuAction'].sort());
    for (const value of Object.values(exposed)) expect(typeof value).toBe('function');
  });

  it.each([
    ['saveFile', [{ suggestedName: 'a.csv', data: new Uint8Array() }]],
    ['openFile', [{}]],
    ['notify', [{ title: 't', body: 'b' }]],
    ['setBadgeCount', [3]],
    ['appInfo', []],
    ['saveAutoBackup', [{ reason: 'start', data: new Uint8Array() }]],
    ['listBackups', []],
    ['readBackup', ['handshake-backup-2026-03-14T09-30-05-042Z-start.json']],
    ['openBackupFile', []],
  ] as const)('%s invokes its own channel with its arguments', async (method, args) => {
    electron.ipcRenderer.invoke.mockClear();
    expect(await exposed[method]!(...args)).toBe('reply');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(
      BRIDGE_CHANNELS[method],
      ...args,
    );
  });

  it('subscribes to nothing until asked, and never sends raw IPC', () => {
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
  });

  it('onMenuAction listens on the menu channel only and passes on known action ids only', () => {
    const listener = vi.fn();
    const unsubscribe = (exposed.onMenuAction as unknown as (l: typeof listener) => () => void)(
      listener,
    );
    expect(electron.ipcRenderer.on).toHaveBeenCalledExactlyOnceWith(
      MENU_ACTION_CHANNEL,
      expect.any(Function),
    );
    const relay = electron.ipcRenderer.on.mock.calls[0]![1] as (...args: unknown[]) => void;
    const event = { sender: 'the ipcRenderer itself', ports: [] };
    relay(event, 'back-up-now');
    relay(event, 'rm -rf');
    relay(event, { action: 'back-up-now' });
    relay(event);
    // Only the id, never the IPC event (which would hand the page ipcRenderer).
    expect(listener.mock.calls).toEqual([['back-up-now']]);

    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledExactlyOnceWith(
      MENU_ACTION_CHANNEL,
      relay,
    );
  });
});
