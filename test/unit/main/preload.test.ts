import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS } from '../../../shared/bridge';

// The preload only runs inside Electron; these stand-ins record what it exposes.
const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async (..._args: unknown[]) => 'reply'),
    on: vi.fn(),
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
    expect(Object.keys(exposed).sort()).toEqual(Object.keys(BRIDGE_CHANNELS).sort());
    for (const value of Object.values(exposed)) expect(typeof value).toBe('function');
  });

  it.each([
    ['saveFile', [{ suggestedName: 'a.csv', data: new Uint8Array() }]],
    ['openFile', [{}]],
    ['notify', [{ title: 't', body: 'b' }]],
    ['setBadgeCount', [3]],
    ['appInfo', []],
  ] as const)('%s invokes its own channel with its arguments', async (method, args) => {
    electron.ipcRenderer.invoke.mockClear();
    expect(await exposed[method]!(...args)).toBe('reply');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(
      BRIDGE_CHANNELS[method],
      ...args,
    );
  });

  it('never subscribes to or sends raw IPC', () => {
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
  });
});
