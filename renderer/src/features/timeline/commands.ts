import type { Interaction, InteractionInput } from '../../../../shared/records';
import { showError } from '../../app/errors';
import { data } from '../../data';
import { toast } from '../../ui/toasts';

const UNDO_FOR_MS = 10_000;
const QUOTED_MAX = 60;

/** A summary short enough to quote in a toast. */
export function quoted(summary: string): string {
  const short =
    summary.length > QUOTED_MAX ? `${summary.slice(0, QUOTED_MAX - 1).trimEnd()}…` : summary;
  return `“${short}”`;
}

/** Changes an entry's fields; everyone's last touch follows (the data API sees to it). */
export function updateInteraction(id: string, changes: Partial<InteractionInput>) {
  return data().interactions.update(id, changes);
}

/** Moves an entry to the Trash and offers Undo for ten seconds. Resolves to whether it moved. */
export async function trashInteractionWithUndo(interaction: Interaction): Promise<boolean> {
  try {
    await data().interactions.trash(interaction.id);
  } catch (error) {
    showError(error);
    return false;
  }
  toast(`Moved ${quoted(interaction.summary)} to the Trash`, {
    duration: UNDO_FOR_MS,
    action: {
      label: 'Undo',
      run: () => data().interactions.restore(interaction.id).catch(showError),
    },
  });
  return true;
}
