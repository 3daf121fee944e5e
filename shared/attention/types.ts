/**
 * The contract of the attention engine (ARCHITECTURE.md → What can be due): what is due, for whom and why.
 * The engine (./engine.ts) is a pure function of records and today's date; the This week
 * screen, the navigation count, the desktop badge and notification, and the calendar
 * export all read the same DueItem list.
 */
import type { ReminderReason } from '../records';

/** The groups of the This week screen, in the order they are shown. */
export type DueReason = ReminderReason;

export interface DueSubject {
  kind: 'person' | 'partner';
  id: string;
  /** The name as shown, e.g. "Dana Ruiz". */
  name: string;
}

export interface DueItem {
  /**
   * Stable across runs and unique: built only from the reason and the ids and dates that
   * caused the item (e.g. `thank:referral:<id>`), never from names, positions or today.
   * Snoozes and dismissals are Reminder decisions stored against this key; the calendar
   * export derives its event UIDs from it.
   */
  key: string;
  reason: DueReason;
  /** Whom it is about: the one the owner should thank, call or congratulate. */
  subject: DueSubject;
  /** `yyyy-MM-dd`: when it falls due (after any snooze). */
  dueDate: string;
  /** One line in plain words naming the people involved, e.g.
   * "Dana Ruiz sent you the Patels on 3 Nov — say thank you". */
  explanation: string;
  /** The records that caused it, so actions can link what they create. */
  referralId?: string;
  interactionId?: string;
  /** For custom reminders and decisions: the Reminder record behind the item. */
  reminderId?: string;
  /** People and partners a "Log touch" should be prefilled with. */
  personIds: readonly string[];
  partnerIds: readonly string[];
}
