import { DatabaseClosedError, NotFoundError, StorageFullError, ValidationError } from '../data';
import { toast } from '../ui/toasts';

const KNOWN = [ValidationError, StorageFullError, DatabaseClosedError, NotFoundError];

/** Tells the owner what went wrong in one sentence; details stay in the console. */
export function showError(error: unknown) {
  const known = KNOWN.some((type) => error instanceof type);
  const message = known
    ? (error as Error).message
    : 'Something went wrong and that change was not saved. Please try again.';
  if (!known) console.error(error);
  toast(message, { tone: 'error' });
}
