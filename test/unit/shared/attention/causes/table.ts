/** A cause's table test: records in, the keys of that cause's items out. */
import { dueItems } from '../../../../../shared/attention/engine';
import type { Cause } from '../../../../../shared/attention/causes';
import { input, reminder, type Records } from '../records';

export const TODAY = '2026-11-16';

/** The end of the span a table looks at: a snooze to the end of the year moves past it. */
export const UNTIL = '2026-11-30';

/** The keys of the items `cause` makes due by `until`, with the owner's decisions applied. */
export function keysOf(cause: Cause, records: Records, today = TODAY, until = UNTIL): string[] {
  return dueItems(input(records), today)
    .filter((item) => item.key.startsWith(`${cause.name}:`) && item.dueDate <= until)
    .map((item) => item.key);
}

/** A decision to snooze the item with this key until a later day. */
export const snoozed = (itemKey: string, until = '2026-12-31') =>
  reminder(`snooze-${itemKey}`, { itemKey, reason: 'follow-up', snoozedUntil: until });
