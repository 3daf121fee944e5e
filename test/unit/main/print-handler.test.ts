import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS } from '../../../shared/bridge';

// Stand-ins for the parts of Electron the handlers use (as in handlers.test.ts).
const electron = vi.hoisted(() => ({
  ipcMain: { handle: vi.fn() },
  app: { getVersion: () => '1.2.3', setBadgeCount: vi.fn(), getLocaleCountryCode: () => 'DE' },
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
  BrowserWindow: { fromWebContents: vi.fn(() => null) },
  Notification: Object.assign(vi.fn(), { isSupported: vi.fn(() => false) }),
}));
vi.mock('electron', () => electron);

type Handler = (event: unknown, ...args: unknown[]) => unknown;
let printHandler: Handler;

const printToPDF = vi.fn(async () => Buffer.from('%PDF'));
const frame = (url: string) => ({ url, parent: null });
const appEvent = { senderFrame: frame('app://handshake/index.html'), sender: { printToPDF } };
const evilEvent = { senderFrame: frame('app://handshake.evil/'), sender: { printToPDF } };

beforeAll(async () => {
  const { registerBridgeHandlers } = await import('../../../main/ipc/handlers');
  registerBridgeHandlers({});
  const registered = electron.ipcMain.handle.mock.calls.find(
    ([channel]) => channel === BRIDGE_CHANNELS.printToPdf,
  );
  printHandler = registered![1] as Handler;
});

const call = (event: unknown, ...args: unknown[]) =>
  Promise.resolve().then(() => printHandler(event, ...args));

describe('the printToPdf handler', () => {
  it('refuses a foreign sender before printing anything', async () => {
    await expect(call(evilEvent, { suggestedName: 'a.pdf' })).rejects.toThrow(/refused/);
    expect(printToPDF).not.toHaveBeenCalled();
  });

  it.each([
    [undefined],
    [{}],
    [{ suggestedName: '' }],
    [{ suggestedName: 'a.pdf', path: '/etc/passwd' }],
    [{ suggestedName: 'x'.repeat(256) }],
  ])('refuses the malformed request %j without a dialog', async (request) => {
    await expect(call(appEvent, request)).rejects.toThrow(/malformed/);
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(printToPDF).not.toHaveBeenCalled();
  });

  it('asks for a PDF name and prints nothing when the owner cancels', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await call(appEvent, { suggestedName: 'Partner directory' })).toEqual({
      status: 'cancelled',
    });
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: 'Partner directory.pdf',
      filters: [{ name: 'PDF documents', extensions: ['pdf'] }],
    });
    expect(printToPDF).not.toHaveBeenCalled();
  });

  it('prints the asking page on the country’s paper when a place is chosen', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: '/nonexistent-folder/Guide.pdf',
    });
    const result = await call(appEvent, { suggestedName: 'Guide.pdf' });
    expect(printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true });
    // The folder does not exist: the write fails with a sentence, nothing thrown.
    expect(result).toMatchObject({ status: 'error' });
  });
});
