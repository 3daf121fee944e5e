import { navigate } from 'wouter/use-hash-location';
import { showError } from '../../app/errors';
import { toast } from '../../ui/toasts';

const UNDO_FOR_MS = 10_000;

interface TrashWithUndo {
  name: string;
  trash: () => Promise<unknown>;
  restore: () => Promise<unknown>;
  /** Where to go once it is in the Trash (its list), and back to on Undo (its page). */
  listPath: string;
  pagePath: string;
}

/**
 * Move to trash, as both record pages do it: trash, go back to the list, and offer Undo
 * for ten seconds, which restores the record and returns to its page.
 */
export async function moveToTrashWithUndo({
  name,
  trash,
  restore,
  listPath,
  pagePath,
}: TrashWithUndo) {
  try {
    await trash();
  } catch (error) {
    showError(error);
    return;
  }
  navigate(listPath);
  toast(`Moved ${name} to the Trash`, {
    duration: UNDO_FOR_MS,
    action: {
      label: 'Undo',
      run: async () => {
        try {
          await restore();
          navigate(pagePath);
        } catch (error) {
          showError(error);
        }
      },
    },
  });
}
