/**
 * Writes a file so that it is either the old file or the complete new one, never half of
 * either: a crash, a full disk or a yanked USB stick mid-write must not destroy an export
 * or a backup the owner already had. Write a temporary file beside the target (same
 * directory, so the rename cannot cross file systems), flush it to disk, then rename it
 * over the target, which replaces it in one step.
 *
 * The file is readable by the owner only (0600 on POSIX; SECURITY.md): backups and
 * exports hold the owner's whole address book, and other accounts on the computer must
 * not read them. The rename carries the temporary file's mode over to the target.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Read and write for the owner, nothing for anyone else (ignored on Windows). */
export const OWNER_ONLY_FILE = 0o600;

function temporaryPathFor(target: string): string {
  // Hidden, unique, and recognisable if a crash ever leaves one behind.
  const suffix = `${process.pid}-${randomBytes(6).toString('hex')}`;
  return join(dirname(target), `.${basename(target)}.${suffix}.tmp`);
}

export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const temporary = temporaryPathFor(target);
  try {
    // 'wx': never follow or reuse an existing file at the temporary name.
    const handle = await open(temporary, 'wx', OWNER_ONLY_FILE);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
