/**
 * Reads a file the owner chose, refusing anything too large before reading it: a huge or
 * endless file (a device, a 4 GB log) would otherwise freeze the app or exhaust memory.
 * The size is checked on the open handle and again after reading, so a file that grows in
 * between is still refused.
 */
import { open } from 'node:fs/promises';

export type ReadLimitedResult =
  | { status: 'ok'; bytes: Uint8Array }
  | { status: 'too-large'; size: number }
  | { status: 'not-a-file' }
  | { status: 'error'; code: string };

export async function readFileLimited(path: string, maxBytes: number): Promise<ReadLimitedResult> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    return { status: 'error', code: errorCode(error) };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { status: 'not-a-file' };
    if (stats.size > maxBytes) return { status: 'too-large', size: stats.size };
    const buffer = await handle.readFile();
    if (buffer.byteLength > maxBytes) return { status: 'too-large', size: buffer.byteLength };
    return {
      status: 'ok',
      bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
    };
  } catch (error) {
    return { status: 'error', code: errorCode(error) };
  } finally {
    await handle.close();
  }
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'UNKNOWN';
}
