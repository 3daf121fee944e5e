import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileLimited } from '../../../main/files/read-limited';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'handshake-read-'));
  writeFileSync(join(dir, 'small.csv'), 'name\nAda\n');
  writeFileSync(join(dir, 'exact.bin'), Buffer.alloc(10));
  writeFileSync(join(dir, 'big.bin'), Buffer.alloc(11));
  writeFileSync(join(dir, 'empty.csv'), '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readFileLimited', () => {
  it('returns the bytes of a file within the limit', async () => {
    const result = await readFileLimited(join(dir, 'small.csv'), 10);
    expect(result.status).toBe('ok');
    if (result.status === 'ok') {
      expect(result.bytes).toBeInstanceOf(Uint8Array);
      expect(new TextDecoder().decode(result.bytes)).toBe('name\nAda\n');
    }
  });

  it('accepts a file of exactly the limit', async () => {
    expect((await readFileLimited(join(dir, 'exact.bin'), 10)).status).toBe('ok');
  });

  it('accepts an empty file', async () => {
    const result = await readFileLimited(join(dir, 'empty.csv'), 10);
    expect(result).toEqual({ status: 'ok', bytes: new Uint8Array() });
  });

  it('refuses a file one byte over the limit, with its size', async () => {
    expect(await readFileLimited(join(dir, 'big.bin'), 10)).toEqual({
      status: 'too-large',
      size: 11,
    });
  });

  it('refuses a folder', async () => {
    expect(await readFileLimited(dir, 10)).toEqual({ status: 'not-a-file' });
  });

  it('reports a missing file with its code', async () => {
    expect(await readFileLimited(join(dir, 'missing.csv'), 10)).toEqual({
      status: 'error',
      code: 'ENOENT',
    });
  });
});
