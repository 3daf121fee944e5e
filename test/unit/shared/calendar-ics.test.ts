import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { DueItem, DueReason } from '../../../shared/attention/types';
import { buildCalendar, calendarUntil, eventSummary, eventUid } from '../../../shared/calendar/ics';

function item(
  key: string,
  reason: DueReason,
  name: string,
  dueDate: string,
  explanation = `${name}: ${reason}`,
): DueItem {
  return {
    key,
    reason,
    subject: { kind: 'person', id: key, name },
    dueDate,
    explanation,
    personIds: [key],
    partnerIds: [],
  };
}

const TODAY = '2026-11-22';
const ITEMS = [
  item(
    'thank:referral:3f2a9c1e-0b7d-4a55-9e61-2c8d1f0a7b34',
    'thank',
    'Dana Ruiz',
    '2026-11-24',
    'Dana Ruiz sent you the Patels on 22 Nov — say thank you',
  ),
  item('keep-in-touch:partner:p-9:2026-09-01', 'keep-in-touch', 'Acme Insurance', '2026-10-01'),
  item('birthday:person:p-2:2026', 'birthday', 'Sam Lee', '2026-12-31'),
  item('custom:reminder:r-1', 'custom', 'Ana, Bo; and "Cy"', '2026-12-19'),
];

/** The events of an exported file, read back with ical.js. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((vevent) => {
      const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
      const end = vevent.getFirstPropertyValue('dtend') as ICAL.Time;
      return {
        uid: vevent.getFirstPropertyValue('uid'),
        summary: vevent.getFirstPropertyValue('summary'),
        description: vevent.getFirstPropertyValue('description'),
        start: start.toString(),
        startIsDate: start.isDate,
        end: end.toString(),
        endIsDate: end.isDate,
        stamp: (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toString(),
      };
    }),
  };
}

describe('buildCalendar', () => {
  const now = new Date(Date.UTC(2026, 10, 22, 15, 4, 5));
  const text = buildCalendar(ITEMS, { today: TODAY, now });

  it('is a calendar with one all-day event per item, in date order', () => {
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Handshake//Handshake//EN');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(events).toEqual([
      {
        // Overdue since 1 October: shown today, where the owner will see it.
        uid: 'keep-in-touch.partner.p-9.2026-09-01@handshake.app',
        summary: 'Keep in touch with Acme Insurance',
        description: 'Acme Insurance: keep-in-touch',
        start: '2026-11-22',
        startIsDate: true,
        end: '2026-11-23',
        endIsDate: true,
        stamp: '2026-11-22T15:04:05Z',
      },
      {
        uid: 'thank.referral.3f2a9c1e-0b7d-4a55-9e61-2c8d1f0a7b34@handshake.app',
        summary: 'Thank Dana Ruiz',
        description: 'Dana Ruiz sent you the Patels on 22 Nov — say thank you',
        start: '2026-11-24',
        startIsDate: true,
        end: '2026-11-25',
        endIsDate: true,
        stamp: '2026-11-22T15:04:05Z',
      },
      expect.objectContaining({
        uid: 'custom.reminder.r-1@handshake.app',
        summary: 'Reminder: Ana, Bo; and "Cy"',
        start: '2026-12-19',
        end: '2026-12-20',
      }),
      // The day after the year's last day is in the next year.
      expect.objectContaining({
        summary: 'Sam Lee’s birthday',
        start: '2026-12-31',
        end: '2027-01-01',
      }),
    ]);
  });

  it('writes DTSTART and DTEND as dates, with CRLF lines of at most 75 octets', () => {
    expect(text).toContain('DTSTART;VALUE=DATE:20261124\r\n');
    expect(text).toContain('DTEND;VALUE=DATE:20261125\r\n');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.every((line) => !line.includes('\n'))).toBe(true);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('keeps commas, semicolons and new lines in names and explanations', () => {
    const tricky = item(
      'custom:x',
      'custom',
      'A;B,C\\D',
      '2026-11-30',
      'Line one\nLine two, ok; yes',
    );
    const [event] = parse(buildCalendar([tricky], { today: TODAY, now })).events;
    expect(event).toMatchObject({
      summary: 'Reminder: A;B,C\\D',
      description: 'Line one\nLine two, ok; yes',
    });
  });

  it('gives the same UIDs when exported again later, so a calendar updates the events', () => {
    const later = buildCalendar(ITEMS.slice().reverse(), {
      today: '2026-11-23',
      now: new Date(Date.UTC(2026, 10, 23, 8)),
    });
    const uids = (file: string) =>
      parse(file)
        .events.map((event) => event.uid)
        .sort();
    expect(uids(later)).toEqual(uids(text));
    expect(new Set(uids(text)).size).toBe(ITEMS.length);
  });

  it('is an empty calendar when nothing is due', () => {
    const { calendar, events } = parse(buildCalendar([], { today: TODAY, now }));
    expect(events).toEqual([]);
    expect(calendar.name).toBe('vcalendar');
  });

  it('covers a leap day', () => {
    const leap = item('birthday:person:p-3:2028', 'birthday', 'Leap', '2028-02-28');
    const [event] = parse(buildCalendar([leap], { today: '2028-02-01', now })).events;
    expect([event!.start, event!.end]).toEqual(['2028-02-28', '2028-02-29']);
  });
});

describe('eventUid', () => {
  it.each([
    ['thank:referral:abc-1', 'thank.referral.abc-1@handshake.app'],
    ['custom:a.b', 'custom.a%2Eb@handshake.app'],
    ['custom:a b/é', 'custom.a%20b%2F%C3%A9@handshake.app'],
  ])('%s → %s', (key, uid) => {
    expect(eventUid(key)).toBe(uid);
  });

  it('never gives two keys the same UID, and uses only safe characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(eventUid(a)).toMatch(/^[A-Za-z0-9.%-]*@handshake\.app$/);
        if (a !== b) expect(eventUid(a)).not.toBe(eventUid(b));
      }),
    );
    expect(eventUid('custom:a.b')).not.toBe(eventUid('custom:a:b'));
  });
});

describe('calendarUntil and eventSummary', () => {
  it('covers four weeks starting today', () => {
    expect(calendarUntil('2026-11-22')).toBe('2026-12-19');
    expect(calendarUntil('2026-12-15')).toBe('2027-01-11');
  });

  it.each([
    ['thank', 'Thank Dana'],
    ['gift', 'Send Dana a gift'],
    ['follow-up', 'Follow up with Dana'],
    ['keep-in-touch', 'Keep in touch with Dana'],
    ['birthday', 'Dana’s birthday'],
    ['custom', 'Reminder: Dana'],
  ] as const)('%s → %s', (reason, summary) => {
    expect(eventSummary(item('k', reason, 'Dana', TODAY))).toBe(summary);
  });
});
