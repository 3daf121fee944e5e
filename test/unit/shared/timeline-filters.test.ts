import { describe, expect, it } from 'vitest';
import {
  dateRangeError,
  hasFilters,
  matchesActivity,
  nextWindowDays,
  takeWholeDays,
  type Filterable,
} from '../../../shared/timeline-filters';

const interaction = (changes: Partial<Filterable> = {}): Filterable => ({
  kind: 'handshake',
  date: '2026-11-21',
  personIds: ['dana'],
  partnerIds: [],
  ...changes,
});

describe('matchesActivity', () => {
  it('leaves out what is in the Trash, whatever the filters', () => {
    expect(matchesActivity(interaction(), {})).toBe(true);
    expect(matchesActivity(interaction({ deletedAt: 1 }), {})).toBe(false);
  });

  it('keeps only the chosen kind', () => {
    expect(matchesActivity(interaction({ kind: 'call' }), { kind: 'call' })).toBe(true);
    expect(matchesActivity(interaction({ kind: 'gift' }), { kind: 'call' })).toBe(false);
  });

  it('treats From and To as inclusive days', () => {
    const range = { from: '2026-11-01', to: '2026-11-30' };
    expect(matchesActivity(interaction({ date: '2026-11-01' }), range)).toBe(true);
    expect(matchesActivity(interaction({ date: '2026-11-30' }), range)).toBe(true);
    expect(matchesActivity(interaction({ date: '2026-10-31' }), range)).toBe(false);
    expect(matchesActivity(interaction({ date: '2026-12-01' }), range)).toBe(false);
    expect(matchesActivity(interaction({ date: '1999-01-01' }), { to: '2026-11-30' })).toBe(true);
    expect(matchesActivity(interaction({ date: '2099-01-01' }), { from: '2026-11-01' })).toBe(true);
  });

  it('needs someone involved when asked: a person or a partner', () => {
    const involving = { personIds: new Set(['sam']), partnerIds: new Set(['agency']) };
    expect(matchesActivity(interaction({ personIds: ['dana'] }), {}, involving)).toBe(false);
    expect(matchesActivity(interaction({ personIds: ['dana', 'sam'] }), {}, involving)).toBe(true);
    expect(
      matchesActivity(interaction({ personIds: [], partnerIds: ['agency'] }), {}, involving),
    ).toBe(true);
    const nobody = { personIds: new Set<string>(), partnerIds: new Set<string>() };
    expect(matchesActivity(interaction(), {}, nobody)).toBe(false);
  });
});

describe('dateRangeError', () => {
  it('refuses a From after To and nothing else', () => {
    expect(dateRangeError({ from: '2026-11-02', to: '2026-11-01' })).toBe(
      'Choose a date on or after From.',
    );
    expect(dateRangeError({ from: '2026-11-01', to: '2026-11-01' })).toBeUndefined();
    expect(dateRangeError({ from: '2026-11-02' })).toBeUndefined();
    expect(dateRangeError({})).toBeUndefined();
  });
});

describe('hasFilters', () => {
  it('is false only when nothing narrows the activity', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ kind: 'note' })).toBe(true);
    expect(hasFilters({ tag: 'golf' })).toBe(true);
    expect(hasFilters({ subject: { kind: 'person', id: 'dana' } })).toBe(true);
  });
});

describe('takeWholeDays', () => {
  const day = (date: string, id: string) => ({ date, id });
  const list = [
    day('2026-11-03', 'a'),
    day('2026-11-02', 'b'),
    day('2026-11-02', 'c'),
    day('2026-11-02', 'd'),
    day('2026-11-01', 'e'),
  ];
  const ids = (items: { id: string }[]) => items.map((item) => item.id).join('');

  it('extends a page that ends inside a day to the end of that day', () => {
    expect(ids(takeWholeDays(list, 1))).toBe('a');
    expect(ids(takeWholeDays(list, 2))).toBe('abcd');
    expect(ids(takeWholeDays(list, 4))).toBe('abcd');
    expect(ids(takeWholeDays(list, 5))).toBe('abcde');
  });

  it('returns everything when the page is longer than the list, and nothing for no page', () => {
    expect(ids(takeWholeDays(list, 50))).toBe('abcde');
    expect(takeWholeDays(list, 0)).toEqual([]);
    expect(takeWholeDays([], 10)).toEqual([]);
  });

  it('makes every page a prefix of the next', () => {
    for (let limit = 1; limit < list.length; limit++) {
      const page = ids(takeWholeDays(list, limit));
      expect(ids(takeWholeDays(list, limit + 1)).startsWith(page)).toBe(true);
    }
  });
});

describe('nextWindowDays', () => {
  const walk = (matched: number, wanted: number, scannedDays: number, lastMatched = matched) => ({
    matched,
    wanted,
    scannedDays,
    lastDays: 14,
    lastMatched,
  });

  it('asks for as many days as the rest of the page needs at the rate so far, with a margin', () => {
    // 70 matches in 14 days: 5 a day; 130 more need 26 days, 33 with the margin.
    expect(nextWindowDays(walk(70, 200, 14))).toBe(33);
    // Almost there: a day is enough.
    expect(nextWindowDays(walk(199, 201, 14))).toBe(1);
  });

  it('grows fast through a stretch with no matches, but never explodes', () => {
    expect(nextWindowDays(walk(0, 201, 14))).toBe(56);
    expect(nextWindowDays(walk(30, 201, 28, 0))).toBe(56);
    expect(nextWindowDays(walk(1, 201, 14))).toBe(112);
  });
});
