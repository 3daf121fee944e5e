import { showError } from '../../app/errors';
import { ValidationError } from '../../data';
import type { FieldErrors } from '../../ui/InlineEdit';

/**
 * Runs one in-place edit's write and turns a refusal into messages for the field. Any
 * other failure (disk full, record gone) is said in a toast, and the field stays open so
 * the owner's typing is not lost.
 */
export async function saveField(write: () => Promise<unknown>): Promise<FieldErrors | undefined> {
  try {
    await write();
    return undefined;
  } catch (error) {
    if (error instanceof ValidationError) return error.fields;
    showError(error);
    return { _: 'That change was not saved.' };
  }
}
