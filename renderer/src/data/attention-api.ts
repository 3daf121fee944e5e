/**
 * What is due and what the owner does about it (ARCHITECTURE.md → What can be due): the due list from the
 * attention engine over the records that can be due, and the actions on each item —
 * Mark thanked, Snooze, Dismiss, custom reminders — each with its Undo.
 */
import { dueItems as computeDueItems } from '../../../shared/attention/engine';
import type { DueItem } from '../../../shared/attention/types';
import { isValidLocalDate, todayLocalDate } from '../../../shared/dates';
import { reminderInput, type Interaction, type Reminder } from '../../../shared/records';
import { loadAttention } from './attention-load';
import { createDoneThisWeek, createSuggestions } from './attention-reads';
import { watchTables } from './changes';
import type { HandshakeDatabase } from './database';
import { NotFoundError, ValidationError, guardWrite } from './errors';
import type { InteractionsApi } from './interactions-api';
import type { createSettingsApi } from './settings-api';

/** Every table the due list depends on (Settings holds the default cadences). */
const DUE_TABLES = ['people', 'partners', 'interactions', 'referrals', 'reminders', 'settings'];

export interface AttentionApiOptions {
  db: HandshakeDatabase;
  interactions: InteractionsApi;
  settings: ReturnType<typeof createSettingsApi>;
  now?: () => number;
}

export interface MarkThanked {
  referralId: string;
  /** The day it was done, `yyyy-MM-dd` (the dialog offers today). */
  date: string;
  note?: string | undefined;
  /** A gift rather than a thank-you; its cost in minor units, if known. */
  gift?: boolean | undefined;
  cost?: number | undefined;
}

export interface NewReminder {
  personId?: string | undefined;
  partnerId?: string | undefined;
  dueDate: string;
  note?: string | undefined;
}

export const REMINDER_MESSAGES = {
  whom: 'Choose whom this reminder is about.',
  gone: 'The person or partner for this reminder no longer exists. Choose again.',
  snoozeDate: 'Choose a day after today.',
  notReceived: 'Only a referral someone sent you can be thanked.',
} as const;

export function createAttentionApi({
  db,
  interactions,
  settings,
  now = Date.now,
}: AttentionApiOptions) {
  const today = () => todayLocalDate(new Date(now()));

  function parseReminder(value: unknown) {
    const result = reminderInput.safeParse(value);
    if (!result.success) throw ValidationError.fromZod(result.error);
    return result.data;
  }

  /** Stores one Reminder (a decision or the owner's own) and returns it. */
  function addRecord(value: unknown): Promise<Reminder> {
    const parsed = parseReminder(value);
    const time = now();
    const record: Reminder = {
      ...parsed,
      id: crypto.randomUUID(),
      createdAt: time,
      updatedAt: time,
    };
    return guardWrite(() =>
      db.transaction('rw', db.reminders, () => db.reminders.add(record)),
    ).then(() => record);
  }

  /** The decision's subject fields, from the item it is about. */
  const about = (item: DueItem) =>
    item.subject.kind === 'person' ? { personId: item.subject.id } : { partnerId: item.subject.id };

  /** Takes back a decision just made (a snooze, a dismissal): the item is as it was. */
  const forget = (reminder: Pick<Reminder, 'id'>) =>
    guardWrite(() => db.transaction('rw', db.reminders, () => db.reminders.delete(reminder.id)));

  return {
    /**
     * Every item due on or before `until` (overdue included), with snoozes and dismissals
     * applied, soonest first. `today` decides birthdays, champions and the words.
     */
    async dueItems(today: string, until: string): Promise<DueItem[]> {
      const { cadenceDefaults } = await settings.get();
      const input = await loadAttention(db, today, until, cadenceDefaults);
      return computeDueItems(input, today, until).filter((item) => item.dueDate <= until);
    },

    /**
     * Calls `listener` after any committed write, in any window, that may change what
     * `dueItems` says: to every table it reads. Returns unsubscribe.
     */
    watchDue: (listener: () => void) => watchTables(db, DUE_TABLES, listener),

    doneThisWeek: createDoneThisWeek(db),
    suggestions: createSuggestions(db),

    /**
     * Thanks whoever sent a received referral: a `thank-you` (or `gift`, with its cost)
     * linked to the referral, with the referrer, logged through the interactions API so
     * last touch follows — one transaction, which also checks the referral.
     */
    markThanked({ referralId, date, note, gift, cost }: MarkThanked): Promise<Interaction> {
      const tables = [db.referrals, db.interactions, db.people, db.partners];
      return guardWrite(() =>
        db.transaction('rw', tables, async () => {
          const referral = await db.referrals.get(referralId);
          if (!referral || referral.deletedAt !== undefined) throw new NotFoundError('referral');
          if (referral.direction !== 'received') {
            throw new ValidationError(REMINDER_MESSAGES.notReceived, {
              referralId: REMINDER_MESSAGES.notReceived,
            });
          }
          const [person, partner, introduced] = await Promise.all([
            referral.referrerPersonId ? db.people.get(referral.referrerPersonId) : undefined,
            referral.referrerPartnerId ? db.partners.get(referral.referrerPartnerId) : undefined,
            referral.introducedPersonId ? db.people.get(referral.introducedPersonId) : undefined,
          ]);
          const alive = <T extends { deletedAt?: number | undefined }>(r: T | undefined) =>
            r && r.deletedAt === undefined ? r : undefined;
          const who = alive(introduced)?.name ?? 'a referral';
          const { interaction } = await interactions.log({
            kind: gift ? 'gift' : 'thank-you',
            date,
            personIds: alive(person) ? [person!.id] : [],
            partnerIds: alive(partner) ? [partner!.id] : [],
            summary: gift ? `Gift for referring ${who}` : `Thank-you for referring ${who}`,
            notes: note?.trim() || undefined,
            referralId,
            cost: gift ? cost : undefined,
          });
          return interaction;
        }),
      );
    },

    /** Takes a Mark thanked back: the thank-you goes to the Trash and the item returns. */
    undoMarkThanked: (interactionId: string) => interactions.trash(interactionId),

    /** Moves an item to a later day; returns the decision, for Undo. */
    snooze(item: DueItem, until: string): Promise<Reminder> {
      if (!isValidLocalDate(until) || until <= today()) {
        return Promise.reject(
          new ValidationError(REMINDER_MESSAGES.snoozeDate, {
            snoozedUntil: REMINDER_MESSAGES.snoozeDate,
          }),
        );
      }
      return addRecord({
        reason: item.reason,
        ...about(item),
        dueDate: item.dueDate,
        snoozedUntil: until,
        itemKey: item.key,
      });
    },
    undoSnooze: forget,

    /** Hides an item until something new makes it due again; returns the decision. */
    dismiss(item: DueItem): Promise<Reminder> {
      return addRecord({
        reason: item.reason,
        ...about(item),
        dueDate: item.dueDate,
        dismissedDate: today(),
        itemKey: item.key,
      });
    },
    undoDismiss: forget,

    /** The owner's own reminder about one person or one partner. */
    async addReminder({ personId, partnerId, dueDate, note }: NewReminder): Promise<Reminder> {
      if (Boolean(personId) === Boolean(partnerId)) {
        throw new ValidationError(REMINDER_MESSAGES.whom, { subject: REMINDER_MESSAGES.whom });
      }
      const subject = personId ? await db.people.get(personId) : await db.partners.get(partnerId!);
      if (!subject || subject.deletedAt !== undefined) {
        throw new ValidationError(REMINDER_MESSAGES.gone, { subject: REMINDER_MESSAGES.gone });
      }
      return addRecord({ reason: 'custom', personId, partnerId, dueDate, note: note || undefined });
    },
    undoAddReminder: forget,

    /** Marks a custom reminder done today. */
    completeReminder: (id: string) => setDone(id, today()),
    undoCompleteReminder: (id: string) => setDone(id, undefined),
  };

  function setDone(id: string, doneDate: string | undefined) {
    return guardWrite(() =>
      db.transaction('rw', db.reminders, async () => {
        const reminder = await db.reminders.get(id);
        if (!reminder || reminder.deletedAt !== undefined) throw new NotFoundError('reminder');
        const { doneDate: _old, ...rest } = reminder;
        const next: Reminder = { ...rest, updatedAt: now(), ...(doneDate ? { doneDate } : {}) };
        await db.reminders.put(next);
      }),
    );
  }
}

export type AttentionApi = ReturnType<typeof createAttentionApi>;
