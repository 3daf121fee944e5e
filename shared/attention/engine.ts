/**
 * The appreciation and attention engine: a pure function of the records and today's date
 * that says what is due, for whom and why. Every cause lives in its own file
 * (./causes/index.ts); this one gathers their items and applies the owner's decisions
 * (snooze, dismiss) about them.
 */
import { REMINDER_REASONS } from '../records';
import { CAUSES } from './causes';
import { createContext, live, type AttentionInput, type Reminder } from './context';
import type { DueItem } from './types';
import { compareCodes, compareNames } from './words';

export type { AttentionInput } from './context';
export { customKey } from './causes/custom';

/** The latest decision per item key: a later snooze replaces an earlier one. */
function decisionsByKey(reminders: readonly Reminder[]) {
  const decisions = new Map<string, Reminder>();
  for (const reminder of live(reminders)) {
    if (reminder.itemKey === undefined) continue;
    const earlier = decisions.get(reminder.itemKey);
    if (!earlier || reminder.updatedAt >= earlier.updatedAt) {
      decisions.set(reminder.itemKey, reminder);
    }
  }
  return decisions;
}

/**
 * Snoozed items move to their new date; dismissed (or done) ones are hidden. Decisions
 * hold an item's key, and keys encode the cause, so a new cause is a new item the old
 * decision does not touch.
 */
function applyDecisions(items: DueItem[], reminders: readonly Reminder[]): DueItem[] {
  const decisions = decisionsByKey(reminders);
  if (decisions.size === 0) return items;
  const decided: DueItem[] = [];
  for (const item of items) {
    const decision = decisions.get(item.key);
    if (!decision) decided.push(item);
    else if (decision.dismissedDate || decision.doneDate) continue;
    else if (!decision.snoozedUntil) decided.push(item);
    else {
      const reminderId = item.reminderId ?? decision.id;
      decided.push({ ...item, dueDate: decision.snoozedUntil, reminderId });
    }
  }
  return decided;
}

const REASON_ORDER = new Map(REMINDER_REASONS.map((reason, index) => [reason, index]));

/** Soonest first; on one day in the This week order of reasons, then by name. */
export function compareItems(a: DueItem, b: DueItem): number {
  return (
    compareCodes(a.dueDate, b.dueDate) ||
    REASON_ORDER.get(a.reason)! - REASON_ORDER.get(b.reason)! ||
    compareNames(a.subject.name, b.subject.name) ||
    compareCodes(a.key, b.key)
  );
}

/**
 * Every item the records make due, on any date (birthdays: the next one on or after
 * today), with the owner's decisions applied, soonest first. Filter by date with
 * ./week.ts. Records in the Trash are never due and never named. With `until`, items
 * due after it are not written out (though a snooze may still leave some later).
 */
export function dueItems(input: AttentionInput, today: string, until?: string): DueItem[] {
  const ctx = createContext(input, today, until);
  const items = CAUSES.flatMap((cause) => cause.items(ctx, input));
  return applyDecisions(items, input.reminders).sort(compareItems);
}
