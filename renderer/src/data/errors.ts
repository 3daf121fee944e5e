import type { ZodError } from 'zod';

/** Input that breaks a rule. Nothing was written. `fields` maps field paths to messages. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }

  static fromZod(error: ZodError): ValidationError {
    const fields: Record<string, string> = {};
    for (const issue of error.issues) {
      const path = issue.path.join('.') || '_';
      fields[path] ??= issue.message;
    }
    const first = error.issues[0]?.message ?? 'Some details are not valid.';
    return new ValidationError(first, fields);
  }
}

export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(what: string) {
    super(`That ${what} no longer exists. It may have been deleted in another window.`);
  }
}

export const DISK_FULL_MESSAGE =
  'Your disk is full — nothing was lost, free some space and try again.';
export const BLOCKED_MESSAGE =
  'Handshake is open in another window with an older version — close that window to continue.';
export const UPDATED_ELSEWHERE_MESSAGE =
  'Handshake was updated in another window — reload to keep working.';

/** The browser refused to store more: the disk (or the site's quota) is full. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor() {
    super(DISK_FULL_MESSAGE);
  }
}

/** The database was closed because another window upgraded it. */
export class DatabaseClosedError extends Error {
  override readonly name = 'DatabaseClosedError';
  constructor() {
    super(UPDATED_ELSEWHERE_MESSAGE);
  }
}

function isNamed(error: unknown, name: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name: own, inner } = error as { name?: unknown; inner?: unknown };
  return own === name || (inner !== undefined && isNamed(inner, name));
}

/**
 * One of our own errors, possibly wrapped by Dexie. Dexie maps any error thrown inside a
 * transaction whose `name` is also an IndexedDB/Dexie error name (NotFoundError,
 * DatabaseClosedError, …) into its own error class with ours as `inner` and a message that
 * appends a stack-like "NotFoundError: …" line. Unwrapping keeps `instanceof` and the plain
 * sentence intact for the UI.
 */
function ownError(error: unknown): Error | undefined {
  let current = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    if (
      current instanceof ValidationError ||
      current instanceof NotFoundError ||
      current instanceof StorageFullError ||
      current instanceof DatabaseClosedError
    )
      return current;
    current = (current as { inner?: unknown }).inner;
  }
  return undefined;
}

/** Turns what IndexedDB and Dexie throw into errors with sentences the owner can act on. */
export function toDataError(error: unknown): unknown {
  const own = ownError(error);
  if (own) return own;
  if (isNamed(error, 'QuotaExceededError')) return new StorageFullError();
  if (isNamed(error, 'DatabaseClosedError')) return new DatabaseClosedError();
  return error;
}

/** Runs a write and rethrows its failure as a data error. */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw toDataError(error);
  }
}
