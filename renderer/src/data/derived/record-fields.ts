/**
 * The first step of the keeper (./keeper.ts): the derived fields a record carries that
 * depend on the record alone, set on every value before it is written.
 * - `nameKey` on people and partners: the folded name, for sorting and prefix search.
 * - `keepInTouchDue` on people: the day their next touch is due (shared/cadence.ts), so
 *   This week finds who is due with one index range.
 */
import { withKeepInTouchDue } from '../../../../shared/cadence';
import { foldText } from '../../../../shared/text';

/** The record tables the keeper watches: every table a due cause reads. */
export type SourceTable = 'people' | 'partners' | 'interactions' | 'referrals' | 'reminders';
export const SOURCE_TABLES: ReadonlySet<string> = new Set<SourceTable>([
  'people',
  'partners',
  'interactions',
  'referrals',
  'reminders',
]);

function withNameKey<T>(record: T): T {
  const name = (record as { name?: unknown }).name;
  return typeof name === 'string' ? { ...record, nameKey: foldText(name) } : record;
}

/** The value as it is stored: its own derived fields set. */
export function withRecordFields<T>(table: string, value: T): T {
  if (table === 'people') return withKeepInTouchDue(withNameKey(value));
  if (table === 'partners') return withNameKey(value);
  return value;
}
