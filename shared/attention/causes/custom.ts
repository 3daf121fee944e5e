/**
 * The owner's own reminders: due on their date (or the date they were snoozed to) until
 * done or dismissed.
 */
import { live, partnerSubject, personSubject } from '../context';
import { defineCause } from './cause';

/** The key of the item a custom reminder stands for. */
export const customKey = (reminderId: string) => `custom:reminder:${reminderId}`;

export const custom = defineCause({
  name: 'custom',
  reason: 'custom',
  reads: {
    reminders: ['reason', 'dueDate', 'snoozedUntil', 'note', 'personId', 'partnerId', 'doneDate'],
  },
  resolvedBy: 'Done, or Dismiss',
  actions: ['done', 'log-touch', 'snooze', 'dismiss'],
  // Every reminder not done: decisions about other causes' items are reminders too.
  keeps: { reminder: (reminder) => !reminder.doneDate },
  names: { reminder: (reminder) => [reminder.personId] },
  indexed: [{ table: 'reminders' }],
  items(ctx, input) {
    return live(input.reminders).flatMap((reminder) => {
      if (reminder.itemKey !== undefined || reminder.reason !== 'custom') return [];
      if (reminder.doneDate || reminder.dismissedDate) return [];
      const person = ctx.person(reminder.personId);
      const partner = ctx.partner(reminder.partnerId);
      const subject = person ? personSubject(person) : partner && partnerSubject(partner);
      if (!subject) return [];
      return {
        key: customKey(reminder.id),
        reason: 'custom' as const,
        subject,
        dueDate: reminder.snoozedUntil ?? reminder.dueDate,
        explanation: reminder.note || `Your reminder about ${subject.name}`,
        reminderId: reminder.id,
        personIds: person ? [person.id] : [],
        partnerIds: partner ? [partner.id] : [],
      };
    });
  },
});
