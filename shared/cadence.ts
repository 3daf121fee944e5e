/**
 * Keep-in-touch cadence: someone with a cadence of N days is
 * due N days after their last touch — or, if never met, N days after they were added.
 * Counted in calendar days, so DST changes and time zones never shift a due date.
 */
import { addDays, differenceInCalendarDays } from 'date-fns';
import { localDateAfter, parseLocalDate, toLocalDateString } from './dates';

export type CadenceStatus =
  | { state: 'none' }
  | { state: 'upcoming'; dueDate: string; days: number }
  | { state: 'today'; dueDate: string }
  | { state: 'overdue'; dueDate: string; days: number };

export interface CadenceSubject {
  cadenceDays?: number | undefined;
  lastTouch?: string | undefined;
  /** Epoch ms when the record was created: the clock for someone never met. */
  createdAt: number;
}

/** The date the next touch is due, or undefined without a cadence. */
export function cadenceDueDate(subject: CadenceSubject): string | undefined {
  const { cadenceDays, lastTouch, createdAt } = subject;
  if (!cadenceDays) return undefined;
  if (!lastTouch) return toLocalDateString(addDays(new Date(createdAt), cadenceDays));
  return localDateAfter(lastTouch, cadenceDays);
}

/**
 * The person or partner with `keepInTouchDue` set to cadenceDueDate, or left off without
 * a cadence: the stored copy This week reads through an index (a copy; never mutates).
 */
export function withKeepInTouchDue<T>(record: T): T {
  if (typeof record !== 'object' || record === null) return record;
  const { keepInTouchDue: _old, ...rest } = record as T & { keepInTouchDue?: string };
  const subject = rest as unknown as CadenceSubject;
  const due = typeof subject.createdAt === 'number' ? cadenceDueDate(subject) : undefined;
  return (due ? { ...rest, keepInTouchDue: due } : rest) as T;
}

export function cadenceStatus(subject: CadenceSubject, today: string): CadenceStatus {
  const dueDate = cadenceDueDate(subject);
  if (!dueDate) return { state: 'none' };
  const days = differenceInCalendarDays(parseLocalDate(dueDate), parseLocalDate(today));
  if (days > 0) return { state: 'upcoming', dueDate, days };
  if (days === 0) return { state: 'today', dueDate };
  return { state: 'overdue', dueDate, days: -days };
}

const dayCount = (days: number) => (days === 1 ? '1 day' : `${days} days`);

/** "Due in 5 days", "Due today", "Overdue by 12 days"; empty without a cadence. */
export function describeCadence(status: CadenceStatus): string {
  switch (status.state) {
    case 'none':
      return '';
    case 'upcoming':
      return status.days === 1 ? 'Due tomorrow' : `Due in ${dayCount(status.days)}`;
    case 'today':
      return 'Due today';
    case 'overdue':
      return `Overdue by ${dayCount(status.days)}`;
  }
}
