import type { InteractionInput } from '../../../../shared/records';
import { data } from '../../data';

/** Logs an interaction, creating the new people named in it, in one transaction. */
export function logInteraction(input: InteractionInput, newPeopleNames: readonly string[]) {
  return data().interactions.log(input, newPeopleNames);
}

/**
 * Takes a just-logged interaction back: it goes to the Trash, and so do the people that
 * logging it created (nothing is deleted for good: both can be restored).
 */
export async function undoLog(interactionId: string, createdPeopleIds: readonly string[]) {
  await data().interactions.trash(interactionId);
  for (const id of createdPeopleIds) await data().people.trash(id);
}
