import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FileDialogs } from '../../../main/ipc/file-actions';
import { pageSizeFor, pdfFileName, printToPdf } from '../../../main/ipc/print-actions';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'handshake-print-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Stands in for the owner: picks `path` (or cancels with undefined). */
const owner = (path: string | undefined) => ({
  askSavePath: vi.fn<FileDialogs['askSavePath']>(async () => path),
});

const PDF = new TextEncoder().encode('%PDF-1.7\n%…\n%%EOF\n');
const PDF_FILTERS = [{ name: 'PDF documents', extensions: ['pdf'] }];

describe('printToPdf', () => {
  it('offers a bare .pdf name, renders, and writes where the owner chose', async () => {
    const target = join(dir, 'Directory.pdf');
    const dialogs = owner(target);
    const render = vi.fn(async () => PDF);
    const result = await printToPdf({ suggestedName: '../../Partner directory' }, dialogs, render);
    expect(dialogs.askSavePath).toHaveBeenCalledWith('Partner directory.pdf', PDF_FILTERS);
    expect(render).toHaveBeenCalledOnce();
    expect(result).toEqual({ status: 'saved', name: 'Directory.pdf' });
    expect(readFileSync(target)).toEqual(Buffer.from(PDF));
    // Readable by the owner only (file modes mean nothing on Windows).
    if (process.platform !== 'win32') expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('renders nothing and writes nothing when the owner cancels', async () => {
    const render = vi.fn(async () => PDF);
    const result = await printToPdf({ suggestedName: 'Guide.pdf' }, owner(undefined), render);
    expect(result).toEqual({ status: 'cancelled' });
    expect(render).not.toHaveBeenCalled();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says so plainly when Chromium fails to render, and writes nothing', async () => {
    const target = join(dir, 'Guide.pdf');
    const result = await printToPdf({ suggestedName: 'Guide.pdf' }, owner(target), async () => {
      throw new Error('Printing failed');
    });
    expect(result).toEqual({
      status: 'error',
      message: 'The PDF could not be made, so “Guide.pdf” was not saved. Try again in a moment.',
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('turns a write failure into a sentence and leaves no temporary file', async () => {
    const result = await printToPdf(
      { suggestedName: 'Guide.pdf' },
      owner(join(dir, 'gone', 'Guide.pdf')),
      async () => PDF,
    );
    expect(result).toEqual({
      status: 'error',
      message: expect.stringMatching(/^“Guide\.pdf” could not be saved\. .*Nothing was changed\.$/),
    });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('pdfFileName', () => {
  it.each([
    ['Partner directory', 'Partner directory.pdf'],
    ['Referral guide.PDF', 'Referral guide.PDF'],
    ['C:\\Windows\\evil.pdf', 'evil.pdf'],
    ['', 'Handshake export.pdf'],
  ])('%j → %j', (suggested, expected) => {
    expect(pdfFileName(suggested)).toBe(expected);
  });
});

describe('pageSizeFor', () => {
  it('uses US Letter where printers hold it and A4 elsewhere', () => {
    expect(pageSizeFor('US')).toBe('Letter');
    expect(pageSizeFor('ca')).toBe('Letter');
    expect(pageSizeFor('DE')).toBe('A4');
    expect(pageSizeFor('')).toBe('A4');
  });
});
