import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fileTooLargeMessage } from '../../../shared/bridge';
import { openFile, saveFile, type FileDialogs } from '../../../main/ipc/file-actions';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'handshake-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Stands in for the owner: picks `path` (or cancels with undefined). */
function owner(path: string | undefined) {
  return {
    askSavePath: vi.fn<FileDialogs['askSavePath']>(async () => path),
    askOpenPath: vi.fn<FileDialogs['askOpenPath']>(async () => path),
  };
}

const bytes = new TextEncoder().encode('name\r\nAda\r\n');
const csv = [{ name: 'CSV files', extensions: ['csv'] }];

describe('saveFile', () => {
  it('offers a bare file name and writes where the owner chose', async () => {
    const target = join(dir, 'chosen.csv');
    const dialogs = owner(target);
    const result = await saveFile(
      { suggestedName: '../../partners.csv', filters: csv, data: bytes },
      dialogs,
    );
    expect(dialogs.askSavePath).toHaveBeenCalledWith('partners.csv', csv);
    expect(result).toEqual({ status: 'saved', name: 'chosen.csv' });
    expect(readFileSync(target, 'utf8')).toBe('name\r\nAda\r\n');
    // Readable by the owner only (file modes mean nothing on Windows).
    if (process.platform !== 'win32') expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('reports a cancel and writes nothing', async () => {
    const result = await saveFile({ suggestedName: 'a.csv', data: bytes }, owner(undefined));
    expect(result).toEqual({ status: 'cancelled' });
  });

  it('turns a write failure into a plain sentence', async () => {
    const result = await saveFile(
      { suggestedName: 'a.csv', data: bytes },
      owner(join(dir, 'gone', 'a.csv')),
    );
    expect(result).toEqual({
      status: 'error',
      message: expect.stringMatching(/^“a\.csv” could not be saved\. .*Nothing was changed\.$/),
    });
  });
});

describe('openFile', () => {
  it('returns the base name and the bytes, never the path', async () => {
    const path = join(dir, 'contacts.csv');
    writeFileSync(path, bytes);
    const dialogs = owner(path);
    const result = await openFile({ filters: csv }, dialogs);
    expect(dialogs.askOpenPath).toHaveBeenCalledWith(csv);
    expect(result).toEqual({ status: 'opened', name: 'contacts.csv', data: bytes });
    expect(JSON.stringify(result)).not.toContain(dir);
  });

  it('reports a cancel', async () => {
    expect(await openFile({}, owner(undefined))).toEqual({ status: 'cancelled' });
  });

  it('refuses a file over the limit with the shared message', async () => {
    const path = join(dir, 'huge.csv');
    writeFileSync(path, Buffer.alloc(11));
    expect(await openFile({}, owner(path), 10)).toEqual({
      status: 'error',
      message: fileTooLargeMessage('huge.csv'),
    });
  });

  it('explains a folder and a missing file in plain sentences', async () => {
    const folder = join(dir, 'exports');
    mkdirSync(folder);
    expect(await openFile({}, owner(folder))).toEqual({
      status: 'error',
      message: '“exports” is not a file. Choose a file to open.',
    });
    expect(await openFile({}, owner(join(dir, 'missing.csv')))).toEqual({
      status: 'error',
      message:
        '“missing.csv” could not be read. Check that it still exists and that you may open it.',
    });
  });
});
