import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../main/files/atomic-write';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'handshake-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const text = (value: string) => new TextEncoder().encode(value);

describe('writeFileAtomic', () => {
  it('writes a new file', async () => {
    const target = join(dir, 'partners.csv');
    await writeFileAtomic(target, text('name\r\nAda\r\n'));
    expect(readFileSync(target, 'utf8')).toBe('name\r\nAda\r\n');
  });

  it('replaces an existing file completely', async () => {
    const target = join(dir, 'backup.json');
    writeFileSync(target, 'a much longer old content that must not survive');
    await writeFileAtomic(target, text('{}'));
    expect(readFileSync(target, 'utf8')).toBe('{}');
  });

  it('writes binary data byte for byte', async () => {
    const target = join(dir, 'bytes.bin');
    const bytes = Uint8Array.from({ length: 256 }, (_, index) => index);
    await writeFileAtomic(target, bytes);
    expect(new Uint8Array(readFileSync(target))).toEqual(bytes);
  });

  it('leaves no temporary file behind', async () => {
    await writeFileAtomic(join(dir, 'a.csv'), text('1'));
    await writeFileAtomic(join(dir, 'a.csv'), text('2'));
    expect(readdirSync(dir)).toEqual(['a.csv']);
  });

  it('rejects when the folder is missing, and creates nothing', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'a.csv'), text('x'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps the old file intact when writing the new one fails, and cleans up', async () => {
    const target = join(dir, 'backup.json');
    writeFileSync(target, 'the old backup');
    // Not bytes: the write into the temporary file throws after the file was created.
    const notBytes = { length: 3 } as unknown as Uint8Array;
    await expect(writeFileAtomic(target, notBytes)).rejects.toThrow();
    expect(readFileSync(target, 'utf8')).toBe('the old backup');
    expect(readdirSync(dir)).toEqual(['backup.json']);
  });

  it('does not clobber the target when the rename fails, and cleans up', async () => {
    // The target is a non-empty folder: the temporary file is written, the rename fails.
    const target = join(dir, 'taken');
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'still here');
    await expect(writeFileAtomic(target, text('new'))).rejects.toThrow();
    expect(readFileSync(join(target, 'keep.txt'), 'utf8')).toBe('still here');
    expect(readdirSync(dir)).toEqual(['taken']);
  });

  // File modes mean nothing on Windows; on POSIX only the owner may read what the app writes.
  it.skipIf(process.platform === 'win32')('makes the file readable by the owner only', async () => {
    const fresh = join(dir, 'partners.csv');
    await writeFileAtomic(fresh, text('x'));
    expect(statSync(fresh).mode & 0o777).toBe(0o600);

    // Replacing a file others could read leaves one they cannot.
    const old = join(dir, 'backup.json');
    writeFileSync(old, 'old');
    chmodSync(old, 0o644);
    await writeFileAtomic(old, text('new'));
    expect(statSync(old).mode & 0o777).toBe(0o600);
  });
});
