import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DueItem, DueReason } from '../../../shared/attention/types';
import {
  digestMoment,
  digestText,
  digestWeek,
  nextDigestCheck,
  shouldShowDigest,
  type DigestSettings,
} from '../../../shared/reminders/digest';

/** Runs the enclosing describe in `timeZone` (Node re-reads TZ when it is assigned). */
function useTimeZone(timeZone: string) {
  const original = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = timeZone;
  });
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });
}

/** A local wall-clock moment, built when the test runs (after TZ is set). */
const at = (date: string, time = '00:00') => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  return new Date(y, m - 1, d, h, min);
};

const settings = (
  weekStartsOn: number,
  notifications: Partial<DigestSettings['notifications']> = {},
): DigestSettings => ({
  weekStartsOn,
  notifications: { enabled: true, day: 1, time: '09:00', ...notifications },
});

const MONDAY_WEEKS = settings(1);
const SUNDAY_WEEKS = settings(0);

describe('digestWeek and digestMoment', () => {
  useTimeZone('Europe/Paris');

  it.each([
    { now: '2026-11-18', weekStartsOn: 0, week: '2026-11-15' },
    { now: '2026-11-18', weekStartsOn: 1, week: '2026-11-16' },
    { now: '2026-11-15', weekStartsOn: 1, week: '2026-11-09' },
    { now: '2026-11-15', weekStartsOn: 0, week: '2026-11-15' },
    { now: '2026-11-21', weekStartsOn: 6, week: '2026-11-21' },
    // Year end: the week runs over into January.
    { now: '2027-01-01', weekStartsOn: 1, week: '2026-12-28' },
    { now: '2027-01-01', weekStartsOn: 0, week: '2026-12-27' },
  ])('$now, weeks from day $weekStartsOn → $week', ({ now, weekStartsOn, week }) => {
    expect(digestWeek(at(now, '23:59'), weekStartsOn)).toBe(week);
  });

  it.each([
    { week: '2026-11-16', s: settings(1), moment: ['2026-11-16', '09:00'] },
    { week: '2026-11-15', s: settings(0), moment: ['2026-11-16', '09:00'] },
    // Sunday is the last day of a week that starts on Monday.
    { week: '2026-11-16', s: settings(1, { day: 0 }), moment: ['2026-11-22', '09:00'] },
    {
      week: '2026-11-14',
      s: settings(6, { day: 5, time: '17:30' }),
      moment: ['2026-11-20', '17:30'],
    },
    { week: '2026-12-28', s: settings(1, { day: 5 }), moment: ['2027-01-01', '09:00'] },
  ])('week $week → $moment', ({ week, s, moment }) => {
    expect(digestMoment(week, s)).toEqual(at(moment[0]!, moment[1]));
  });
});

describe('shouldShowDigest', () => {
  useTimeZone('America/New_York');

  it.each([
    {
      what: 'just before the moment',
      now: ['2026-11-16', '08:59'],
      last: '2026-11-09',
      show: false,
    },
    { what: 'at the moment', now: ['2026-11-16', '09:00'], last: '2026-11-09', show: true },
    { what: 'on a later launch', now: ['2026-11-19', '14:00'], last: '2026-11-09', show: true },
    { what: 'the first time ever', now: ['2026-11-16', '09:00'], last: undefined, show: true },
    { what: 'after weeks closed', now: ['2026-11-20', '08:00'], last: '2026-10-05', show: true },
    {
      what: 'a second time this week',
      now: ['2026-11-16', '09:01'],
      last: '2026-11-16',
      show: false,
    },
    {
      what: 'on the last evening of the week',
      now: ['2026-11-22', '23:59'],
      last: '2026-11-16',
      show: false,
    },
    { what: 'in the next week', now: ['2026-11-23', '09:00'], last: '2026-11-16', show: true },
  ])('weeks from Monday: $what → $show', ({ now, last, show }) => {
    expect(shouldShowDigest(at(now[0]!, now[1]), MONDAY_WEEKS, last)).toBe(show);
  });

  it('weeks from Sunday: a new week has begun but its Monday moment has not come', () => {
    expect(shouldShowDigest(at('2026-11-15', '10:00'), SUNDAY_WEEKS, '2026-11-08')).toBe(false);
    expect(shouldShowDigest(at('2026-11-16', '09:00'), SUNDAY_WEEKS, '2026-11-08')).toBe(true);
    expect(shouldShowDigest(at('2026-11-21', '23:00'), SUNDAY_WEEKS, '2026-11-16')).toBe(false);
  });

  it('a Saturday digest in weeks from Monday waits until Saturday', () => {
    const saturday = settings(1, { day: 6, time: '08:00' });
    expect(shouldShowDigest(at('2026-11-16', '09:00'), saturday, '2026-11-09')).toBe(false);
    expect(shouldShowDigest(at('2026-11-21', '08:00'), saturday, '2026-11-09')).toBe(true);
  });

  it('over the year end', () => {
    const friday = settings(1, { day: 5 });
    expect(shouldShowDigest(at('2026-12-31', '09:00'), friday, '2026-12-21')).toBe(false);
    expect(shouldShowDigest(at('2027-01-01', '09:00'), friday, '2026-12-21')).toBe(true);
    expect(shouldShowDigest(at('2027-01-03', '20:00'), friday, '2027-01-01')).toBe(false);
    expect(shouldShowDigest(at('2027-01-08', '09:00'), friday, '2027-01-01')).toBe(true);
  });

  it('never when notifications are off', () => {
    const off = settings(1, { enabled: false });
    expect(shouldShowDigest(at('2026-11-18', '12:00'), off, undefined)).toBe(false);
    expect(nextDigestCheck(at('2026-11-18', '12:00'), off, undefined)).toBeUndefined();
  });

  it('not twice in a week when the owner changes the first day of the week', () => {
    // Shown on Monday 16 Nov in a week from Sunday 15; now weeks start on Monday 16.
    expect(shouldShowDigest(at('2026-11-17', '10:00'), MONDAY_WEEKS, '2026-11-16')).toBe(false);
    expect(shouldShowDigest(at('2026-11-23', '09:00'), MONDAY_WEEKS, '2026-11-16')).toBe(true);
    // And the other way: shown in the week from Monday 16, weeks now start on Sunday.
    expect(shouldShowDigest(at('2026-11-17', '10:00'), SUNDAY_WEEKS, '2026-11-16')).toBe(false);
    expect(shouldShowDigest(at('2026-11-23', '09:00'), SUNDAY_WEEKS, '2026-11-16')).toBe(true);
  });
});

describe('the digest over DST changes', () => {
  useTimeZone('America/New_York');

  it('keeps 09:00 on the Monday after clocks go forward', () => {
    // Clocks went forward on Sunday 8 March 2026.
    const before = digestMoment('2026-03-02', MONDAY_WEEKS);
    const after = digestMoment('2026-03-09', MONDAY_WEEKS);
    expect(after).toEqual(at('2026-03-09', '09:00'));
    expect(after.getTime() - before.getTime()).toBe((7 * 24 - 1) * 3600_000);
    expect(nextDigestCheck(at('2026-03-08', '01:00'), SUNDAY_WEEKS, '2026-03-01')).toEqual(
      at('2026-03-09', '09:00'),
    );
  });

  it('a time skipped by the change comes at the first moment after the gap', () => {
    const sunday = settings(0, { day: 0, time: '02:30' });
    const moment = digestMoment('2026-03-08', sunday);
    expect([moment.getDate(), moment.getHours(), moment.getMinutes()]).toEqual([8, 3, 30]);
    expect(shouldShowDigest(at('2026-03-08', '03:29'), sunday, '2026-03-01')).toBe(false);
    expect(shouldShowDigest(at('2026-03-08', '03:30'), sunday, '2026-03-01')).toBe(true);
  });

  it('is shown once in the week the clocks go back, at 09:00', () => {
    // Clocks went back on Sunday 1 November 2026: 01:00–02:00 happens twice.
    const sunday = settings(0, { day: 0, time: '01:30' });
    expect(digestMoment('2026-11-01', sunday)).toEqual(at('2026-11-01', '01:30'));
    expect(shouldShowDigest(at('2026-11-01', '09:00'), SUNDAY_WEEKS, '2026-10-26')).toBe(false);
    expect(shouldShowDigest(at('2026-11-02', '09:00'), SUNDAY_WEEKS, '2026-10-26')).toBe(true);
    expect(shouldShowDigest(at('2026-11-03', '09:00'), SUNDAY_WEEKS, '2026-11-02')).toBe(false);
  });
});

describe('nextDigestCheck', () => {
  useTimeZone('Australia/Sydney');

  it.each([
    {
      what: 'before this week’s moment',
      now: ['2026-11-16', '07:00'],
      last: '2026-11-09',
      next: ['2026-11-16', '09:00'],
    },
    {
      what: 'after it was shown',
      now: ['2026-11-16', '09:05'],
      last: '2026-11-16',
      next: ['2026-11-23', '09:00'],
    },
    {
      what: 'after the moment, not shown yet',
      now: ['2026-11-17', '09:00'],
      last: '2026-11-09',
      next: ['2026-11-23', '09:00'],
    },
    {
      what: 'over the year end',
      now: ['2026-12-29', '10:00'],
      last: '2026-12-28',
      next: ['2027-01-04', '09:00'],
    },
  ])('$what → $next', ({ now, last, next }) => {
    expect(nextDigestCheck(at(now[0]!, now[1]), MONDAY_WEEKS, last)).toEqual(at(next[0]!, next[1]));
  });
});

let serial = 0;
function item(reason: DueReason, subjectId = `s${++serial}`): DueItem {
  return {
    key: `${reason}:${++serial}`,
    reason,
    subject: { kind: 'person', id: subjectId, name: subjectId },
    dueDate: '2026-11-18',
    explanation: '',
    personIds: [subjectId],
    partnerIds: [],
  };
}
const many = (reason: DueReason, count: number) =>
  Array.from({ length: count }, () => item(reason));

describe('digestText', () => {
  it.each([
    { items: many('thank', 5), text: '5 people to thank this week' },
    { items: many('thank', 1), text: '1 person to thank this week' },
    { items: many('birthday', 1), text: '1 birthday this week' },
    {
      items: [...many('custom', 2), ...many('gift', 1)],
      text: '2 reminders and 1 gift to send this week',
    },
    {
      items: [...many('keep-in-touch', 1), ...many('thank', 3), ...many('follow-up', 2)],
      text: '3 people to thank, 2 follow-ups and 1 person to check in with this week',
    },
    {
      items: [
        ...many('custom', 1),
        ...many('birthday', 2),
        ...many('keep-in-touch', 6),
        ...many('thank', 4),
        ...many('gift', 1),
      ],
      text: '6 people to check in with, 4 people to thank and 4 more this week',
    },
    // Equal groups are named in the This week order.
    {
      items: [...many('follow-up', 2), ...many('thank', 2)],
      text: '2 people to thank and 2 follow-ups this week',
    },
  ])('$text', ({ items, text }) => {
    expect(digestText(items)).toBe(text);
  });

  it('counts a person to thank once, however many referrals they sent', () => {
    const dana = [item('thank', 'dana'), item('thank', 'dana'), item('thank', 'sam')];
    expect(digestText(dana)).toBe('2 people to thank this week');
  });

  it('has nothing to say when nothing is due', () => {
    expect(digestText([])).toBeUndefined();
  });
});
