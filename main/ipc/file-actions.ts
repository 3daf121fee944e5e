/**
 * Save and open, with the dialog passed in so the tests can stand in for the owner. The
 * renderer never names a path: the owner picks it in a native dialog and main does the
 * reading and writing (ARCHITECTURE.md). Errors come back as plain sentences for the
 * renderer to show; nothing here throws once the request is valid.
 */
import { basename } from 'node:path';
import {
  MAX_OPEN_FILE_BYTES,
  fileTooLargeMessage,
  type FileFilter,
  type OpenFileRequest,
  type OpenFileResult,
  type SaveFileRequest,
  type SaveFileResult,
} from '../../shared/bridge';
import { writeFileAtomic } from '../files/atomic-write';
import { sanitizeFileName } from '../files/file-name';
import { readFileLimited } from '../files/read-limited';

export interface FileDialogs {
  /** Resolves to the chosen path, or undefined when the owner cancels. */
  askSavePath(defaultName: string, filters: FileFilter[]): Promise<string | undefined>;
  askOpenPath(filters: FileFilter[]): Promise<string | undefined>;
}

export async function saveFile(
  request: SaveFileRequest,
  dialogs: FileDialogs,
): Promise<SaveFileResult> {
  const path = await dialogs.askSavePath(
    sanitizeFileName(request.suggestedName),
    request.filters ?? [],
  );
  if (path === undefined) return { status: 'cancelled' };
  const name = basename(path);
  try {
    await writeFileAtomic(path, request.data);
    return { status: 'saved', name };
  } catch {
    return {
      status: 'error',
      message: `“${name}” could not be saved. Check that the folder still exists, that you may write to it and that the disk is not full. Nothing was changed.`,
    };
  }
}

export async function openFile(
  request: OpenFileRequest,
  dialogs: FileDialogs,
  maxBytes: number = MAX_OPEN_FILE_BYTES,
): Promise<OpenFileResult> {
  const path = await dialogs.askOpenPath(request.filters ?? []);
  if (path === undefined) return { status: 'cancelled' };
  const name = basename(path);
  const result = await readFileLimited(path, maxBytes);
  switch (result.status) {
    case 'ok':
      return { status: 'opened', name, data: result.bytes };
    case 'too-large':
      return { status: 'error', message: fileTooLargeMessage(name) };
    case 'not-a-file':
      return { status: 'error', message: `“${name}” is not a file. Choose a file to open.` };
    case 'error':
      return {
        status: 'error',
        message: `“${name}” could not be read. Check that it still exists and that you may open it.`,
      };
  }
}
