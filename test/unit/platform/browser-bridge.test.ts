// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_BACKUP_BYTES,
  MAX_OPEN_FILE_BYTES,
  backupTooLargeMessage,
} from '../../../shared/bridge';
import { createBrowserBridge, readPickedFile } from '../../../renderer/src/platform/browser';

const notices: [string, string][] = [];
const bridge = () =>
  createBrowserBridge({
    version: '1.2.3',
    showNotice: (title, body) => notices.push([title, body]),
  });

beforeEach(() => {
  notices.length = 0;
  document.body.innerHTML = '';
});
afterEach(() => vi.restoreAllMocks());

describe('saveFile in the browser', () => {
  it('downloads the bytes under the suggested name and cleans up the link', async () => {
    const clicked: { download: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ download: this.download, href: this.href });
    });
    const created = vi.spyOn(URL, 'createObjectURL');

    const result = await bridge().saveFile({
      suggestedName: 'partners.csv',
      data: new TextEncoder().encode('name\r\nDana'),
    });

    expect(result).toEqual({ status: 'saved', name: 'partners.csv' });
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('partners.csv');
    const blob = created.mock.calls[0]![0] as Blob;
    expect(await blob.text()).toBe('name\r\nDana');
    expect(document.querySelector('a')).toBeNull();
  });
});

describe('openFile in the browser', () => {
  function pick(files: File[] | 'cancel') {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
      this: HTMLInputElement,
    ) {
      if (files === 'cancel') {
        this.dispatchEvent(new Event('cancel'));
        return;
      }
      Object.defineProperty(this, 'files', { value: files });
      this.dispatchEvent(new Event('change'));
    });
  }

  it('returns the picked file’s name and bytes, and offers only the filtered types', async () => {
    pick([new File(['BEGIN:VCARD'], 'contacts.vcf')]);
    const spy = vi.spyOn(document.body, 'append');
    const result = await bridge().openFile({
      filters: [{ name: 'Contacts', extensions: ['csv', 'vcf'] }],
    });
    const accept = (spy.mock.calls[0]![0] as HTMLInputElement).accept;

    expect(accept).toBe('.csv,.vcf');
    expect(result.status).toBe('opened');
    if (result.status !== 'opened') return;
    expect(result.name).toBe('contacts.vcf');
    expect(new TextDecoder().decode(result.data)).toBe('BEGIN:VCARD');
    expect(document.querySelector('input')).toBeNull();
  });

  it('says cancelled when the owner closes the picker', async () => {
    pick('cancel');
    expect(await bridge().openFile({})).toEqual({ status: 'cancelled' });
  });

  it('refuses a file over 50 MB with a sentence naming it, without reading it', async () => {
    const huge = { name: 'huge.csv', size: MAX_OPEN_FILE_BYTES + 1 } as File;
    const result = await readPickedFile(huge);
    expect(result).toEqual({
      status: 'error',
      message: expect.stringContaining('“huge.csv” is larger than 50 MB'),
    });
  });

  it('accepts a file of exactly 50 MB', async () => {
    const edge = {
      name: 'edge.csv',
      size: MAX_OPEN_FILE_BYTES,
      arrayBuffer: async () => new ArrayBuffer(4),
    } as File;
    expect((await readPickedFile(edge)).status).toBe('opened');
  });

  it('reports an unreadable file plainly', async () => {
    const broken = {
      name: 'locked.csv',
      size: 10,
      arrayBuffer: () => Promise.reject(new Error('NotReadableError')),
    } as File;
    expect(await readPickedFile(broken)).toEqual({
      status: 'error',
      message: '“locked.csv” could not be read. Nothing was imported.',
    });
  });
});

describe('notify in the browser', () => {
  it('shows an in-app notice when desktop notifications are not allowed', async () => {
    vi.stubGlobal('Notification', Object.assign(vi.fn(), { permission: 'default' }));
    await bridge().notify({ title: 'This week', body: '5 people to thank' });
    expect(notices).toEqual([['This week', '5 people to thank']]);
    vi.unstubAllGlobals();
  });

  it('uses the Notification API when the owner allowed it', async () => {
    const NotificationMock = Object.assign(vi.fn(), { permission: 'granted' });
    vi.stubGlobal('Notification', NotificationMock);
    await bridge().notify({ title: 'This week', body: '5 people to thank' });
    expect(NotificationMock).toHaveBeenCalledWith('This week', { body: '5 people to thank' });
    expect(notices).toEqual([]);
    vi.unstubAllGlobals();
  });
});

describe('badge and app info in the browser', () => {
  it('sets and clears the app badge where the browser has one', async () => {
    const setAppBadge = vi.fn(async () => undefined);
    const clearAppBadge = vi.fn(async () => undefined);
    Object.assign(navigator, { setAppBadge, clearAppBadge });
    await bridge().setBadgeCount(4);
    await bridge().setBadgeCount(0);
    expect(setAppBadge).toHaveBeenCalledWith(4);
    expect(clearAppBadge).toHaveBeenCalledTimes(1);
  });

  it('does not fail where the browser refuses a badge', async () => {
    Object.assign(navigator, { setAppBadge: () => Promise.reject(new Error('denied')) });
    await expect(bridge().setBadgeCount(2)).resolves.toBeUndefined();
  });

  it('reports the browser shell and the build’s version', async () => {
    expect(await bridge().appInfo()).toEqual({
      name: 'Handshake',
      version: '1.2.3',
      shell: 'browser',
      platform: 'web',
    });
  });
});

describe('backups in the browser', () => {
  it('has no automatic backups, and says so rather than pretending', async () => {
    expect(await bridge().saveAutoBackup({ reason: 'start', data: new Uint8Array() })).toEqual({
      status: 'unsupported',
    });
    expect(await bridge().listBackups()).toEqual({ status: 'unsupported' });
    expect(await bridge().readBackup('any.json')).toEqual({
      status: 'error',
      message: 'Automatic backups are a desktop app feature.',
    });
  });

  it('has no menu, so a menu subscription never fires and unsubscribes cleanly', () => {
    const listener = vi.fn();
    const unsubscribe = bridge().onMenuAction(listener);
    expect(unsubscribe()).toBeUndefined();
    expect(listener).not.toHaveBeenCalled();
  });

  it('opens a backup file larger than other files may be, offering JSON files', async () => {
    const big = {
      name: 'backup.json',
      size: MAX_OPEN_FILE_BYTES + 1,
      arrayBuffer: async () => new ArrayBuffer(2),
    } as File;
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
      this: HTMLInputElement,
    ) {
      Object.defineProperty(this, 'files', { value: [big] });
      this.dispatchEvent(new Event('change'));
    });
    const spy = vi.spyOn(document.body, 'append');
    const result = await bridge().openBackupFile();
    expect((spy.mock.calls[0]![0] as HTMLInputElement).accept).toBe('.json,application/json');
    expect(result).toMatchObject({ status: 'opened', name: 'backup.json' });
  });

  it('refuses a backup over 512 MB with its own sentence', async () => {
    const huge = { name: 'huge.json', size: MAX_BACKUP_BYTES + 1 } as File;
    expect(await readPickedFile(huge, MAX_BACKUP_BYTES, backupTooLargeMessage)).toEqual({
      status: 'error',
      message:
        '“huge.json” is larger than 512 MB, which is more than any Handshake backup should be. Nothing was changed.',
    });
  });
});
