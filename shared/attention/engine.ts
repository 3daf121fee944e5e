/**
 * The appreciation and attention engine (PRODUCT.md §4): a pure function of the records
 * and today's date that says what is due, for whom and why. Every rule lives in its own
 * file; this one adds the owner's custom reminders and applies their decisions (snooze,
 * dismiss) about suggested items.
 */
import { REMINDER_REASONS } from '../records';
import { createContext, live, personSubject, partnerSubject, type AttentionInput } from './context';
import type { Context, Reminder } from './context';
import { referralItems } from './referral-items';
import { compareCodes, compareNames } from './words';
import { birthdayItems, followUpItems, keepInTouchItems } from './touch-items';
import type { DueItem } from './types';

export type { AttentionInput } from './context';

/** The key of the item a custom reminder stands for. */
export const customKey = (reminderId: string) => `custom:reminder:${reminderId}`;

/** The owner's own reminders that are not done (a dismissal is a decision, below). */
function customItems(ctx: Context, reminders: readonly Reminder[]): DueItem[] {
  const items: DueItem[] = [];
  for (const reminder of live(reminders)) {
    if (reminder.itemKey !== undefined || reminder.reason !== 'custom') continue;
    if (reminder.doneDate || reminder.dismissedDate) continue;
    const person = ctx.person(reminder.personId);
    const partner = ctx.partner(reminder.partnerId);
    const subject = person ? personSubject(person) : partner && partnerSubject(partner);
    if (!subject) continue;
    items.push({
      key: customKey(reminder.id),
      reason: 'custom',
      subject,
      dueDate: reminder.snoozedUntil ?? reminder.dueDate,
      explanation: reminder.note || `Your reminder about ${subject.name}`,
      reminderId: reminder.id,
      personIds: person ? [person.id] : [],
      partnerIds: partner ? [partner.id] : [],
    });
  }
  return items;
}

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
  const items = [
    ...referralItems(ctx, input.referrals, input.interactions),
    ...followUpItems(ctx, input.interactions),
    ...keepInTouchItems(ctx, input.people, input.partners),
    ...birthdayItems(ctx, input.people),
    ...customItems(ctx, input.reminders),
  ];
  return applyDecisions(items, input.reminders).sort(compareItems);
}
