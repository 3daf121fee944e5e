/**
 * Export to calendar: the due items of the next four weeks as an iCalendar file
 * (RFC 5545), made with ical.js so escaping, folding and line endings are right.
 *
 * Each item is one all-day event whose UID comes from the item's stable key, so importing
 * a newer export into the same calendar updates the events instead of duplicating them.
 */
import ICAL from 'ical.js';
import { addDays } from 'date-fns';
import type { DueItem, DueReason } from '../attention/types';
import { parseLocalDate, toLocalDateString } from '../dates';
import { plainText } from '../export/plain-text';

export const CALENDAR_FILE_NAME = 'handshake-this-month.ics';
export const CALENDAR_DAYS = 28;
const UID_DOMAIN = 'handshake.app';
const PRODID = '-//Handshake//Handshake//EN';

/** The last day the export covers: four weeks starting today. */
export function calendarUntil(today: string): string {
  return toLocalDateString(addDays(parseLocalDate(today), CALENDAR_DAYS - 1));
}

/**
 * A UID from an item key, e.g. `thank.referral.1f3c…@handshake.app`. Colons (the key's
 * separators) become dots; every other character outside letters, digits and `-` is
 * percent-encoded (dots too), so two different keys never share a UID.
 */
export function eventUid(key: string): string {
  const local = [...key]
    .map((char) => {
      if (char === ':') return '.';
      if (/[A-Za-z0-9-]/.test(char)) return char;
      return [...new TextEncoder().encode(char)]
        .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
        .join('');
    })
    .join('');
  return `${local}@${UID_DOMAIN}`;
}

const SUMMARIES: Record<DueReason, (name: string) => string> = {
  thank: (name) => `Thank ${name}`,
  gift: (name) => `Send ${name} a gift`,
  'follow-up': (name) => `Follow up with ${name}`,
  'keep-in-touch': (name) => `Keep in touch with ${name}`,
  birthday: (name) => `${name}’s birthday`,
  custom: (name) => `Reminder: ${name}`,
};

/** The event title: what to do and with whom, e.g. "Thank Dana Ruiz". */
export function eventSummary(item: DueItem): string {
  return SUMMARIES[item.reason](item.subject.name);
}

export interface CalendarOptions {
  /** Today, `yyyy-MM-dd`: overdue items are put on it, where the owner will see them. */
  today: string;
  /** When the file is made (DTSTAMP). */
  now: Date;
}

/** An all-day date value (VALUE=DATE) for `yyyy-MM-dd`. */
const dateValue = (date: string) => ICAL.Time.fromDateString(date);

/** The iCalendar text for these items, one all-day VEVENT each, CRLF line endings. */
export function buildCalendar(items: readonly DueItem[], { today, now }: CalendarOptions): string {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.updatePropertyWithValue('prodid', PRODID);
  calendar.updatePropertyWithValue('version', '2.0');
  calendar.updatePropertyWithValue('calscale', 'GREGORIAN');
  calendar.updatePropertyWithValue('method', 'PUBLISH');
  calendar.updatePropertyWithValue('x-wr-calname', 'Handshake');
  const stamp = ICAL.Time.fromJSDate(now, true);

  const sorted = [...items].sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || a.key.localeCompare(b.key),
  );
  for (const item of sorted) {
    const day = item.dueDate < today ? today : item.dueDate;
    const event = new ICAL.Component('vevent');
    event.addPropertyWithValue('uid', eventUid(item.key));
    event.addPropertyWithValue('dtstamp', stamp);
    event.addPropertyWithValue('dtstart', dateValue(day));
    event.addPropertyWithValue(
      'dtend',
      dateValue(toLocalDateString(addDays(parseLocalDate(day), 1))),
    );
    // ical.js escapes LF but leaves a lone CR (and NEL, U+2028) raw, which would start a
    // new line in the file: plainText turns every line break into one it escapes.
    event.addPropertyWithValue('summary', plainText(eventSummary(item), ' '));
    event.addPropertyWithValue('description', plainText(item.explanation));
    // A reminder, not an appointment: it does not make the owner look busy.
    event.addPropertyWithValue('transp', 'TRANSPARENT');
    calendar.addSubcomponent(event);
  }
  return `${calendar.toString()}\r\n`;
}
