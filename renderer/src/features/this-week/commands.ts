import type { DueItem } from '../../../../shared/attention/types';
import { showError } from '../../app/errors';
import { data } from '../../data';
import type { MarkThanked, NewReminder } from '../../data/attention-api';
import { toast } from '../../ui/toasts';

const UNDO_FOR_MS = 10_000;

/** Shows what was done with an Undo that takes it back (errors become a toast). */
function doneWithUndo(message: string, undo: () => Promise<unknown>) {
  toast(message, {
    tone: 'success',
    duration: UNDO_FOR_MS,
    action: { label: 'Undo', run: () => undo().then(() => undefined, showError) },
  });
}

/** Mark thanked: throws ValidationError for the dialog to show beside its fields. */
export async function markThanked(request: MarkThanked, name: string) {
  const interaction = await data().attention.markThanked(request);
  doneWithUndo(request.gift ? `Logged a gift for ${name}` : `Logged a thank-you to ${name}`, () =>
    data().attention.undoMarkThanked(interaction.id),
  );
}

export async function snoozeItem(item: DueItem, until: string, words: string) {
  const decision = await data().attention.snooze(item, until);
  doneWithUndo(`Snoozed ${item.subject.name} until ${words}`, () =>
    data().attention.undoSnooze(decision),
  );
}

export async function dismissItem(item: DueItem) {
  try {
    const decision = await data().attention.dismiss(item);
    doneWithUndo(`Dismissed ${item.subject.name}`, () => data().attention.undoDismiss(decision));
  } catch (error) {
    showError(error);
  }
}

export async function completeReminder(item: DueItem) {
  if (!item.reminderId) return;
  const id = item.reminderId;
  try {
    await data().attention.completeReminder(id);
    doneWithUndo(`Done: ${item.explanation}`, () => data().attention.undoCompleteReminder(id));
  } catch (error) {
    showError(error);
  }
}

/** Add reminder: throws ValidationError for the dialog. */
export async function addReminder(request: NewReminder, name: string) {
  const reminder = await data().attention.addReminder(request);
  doneWithUndo(`Added a reminder about ${name}`, () => data().attention.undoAddReminder(reminder));
}
