import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isValidLocalDate,
  parseLocalDate,
  toLocalDateString,
  todayLocalDate,
} from '../../../shared/dates';

describe('isValidLocalDate', () => {
  it.each([
    // Leap days.
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2000-02-29', true], // divisible by 400
    ['1900-02-29', false], // divisible by 100 only
    ['2100-02-29', false],
    // Month ends.
    ['2026-01-31', true],
    ['2026-02-28', true],
    ['2026-02-30', false],
    ['2026-04-30', true],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-12-32', false],
    // Months and days out of range.
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-05-00', false],
    // Year and week boundaries, DST change days (US and EU 2026).
    ['2025-12-31', true],
    ['2026-01-01', true],
    ['2026-03-08', true],
    ['2026-03-29', true],
    ['2026-10-25', true],
    ['2026-11-01', true],
    // Not the yyyy-MM-dd shape.
    ['2026-1-1', false],
    ['2026-01-1', false],
    ['26-01-01', false],
    ['02026-01-01', false],
    ['2026/01/01', false],
    ['2026-01-01T00:00', false],
    [' 2026-01-01', false],
    ['2026-01-01 ', false],
    ['', false],
    ['abc', false],
    ['२०२६-०१-०१', false], // Devanagari digits are not \d here
  ])('%j → %s', (value, valid) => {
    expect(isValidLocalDate(value)).toBe(valid);
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/)), (value) => {
        expect(typeof isValidLocalDate(value)).toBe('boolean');
      }),
    );
  });
});

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

// Days whose local midnight does not exist or happens twice in some zone: DST changes at
// 00:00 in São Paulo (2018-11-04), Santiago (2022-09-11) and Tehran (2022-03-22), and the
// usual 02:00/03:00 changes in New York and Paris. Samoa skipped 2011-12-30 entirely.
const DST_DAYS = [
  '2018-11-04',
  '2019-02-16',
  '2022-09-11',
  '2022-03-22',
  '2022-09-21',
  '2026-03-08',
  '2026-03-29',
  '2026-10-25',
  '2026-11-01',
  '2011-12-29',
  '2011-12-30',
  '2011-12-31',
];

describe.each([
  'UTC',
  'America/New_York',
  'Europe/Paris',
  'America/Sao_Paulo',
  'America/Santiago',
  'Asia/Tehran',
  'Pacific/Apia',
])('local date round trips in %s', (timeZone) => {
  useTimeZone(timeZone);

  it('runs in that time zone', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(timeZone);
  });

  it('accepts every one of those days as a real date', () => {
    for (const value of DST_DAYS) expect(isValidLocalDate(value), value).toBe(true);
  });

  it('agrees with the calendar for every day of a leap and a common year', () => {
    for (const year of [2024, 2026]) {
      for (let month = 1; month <= 12; month++) {
        const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
        for (let day = 1; day <= 31; day++) {
          const value = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(isValidLocalDate(value), value).toBe(day <= days);
        }
      }
    }
  });

  const roundTrips = ['2024-02-29', '2026-01-01', '1900-01-01', ...DST_DAYS].filter(
    // Samoa skipped that day: see 'a day that did not happen locally' below.
    (value) => !(timeZone === 'Pacific/Apia' && value === '2011-12-30'),
  );
  it.each(roundTrips)('%s parses to local midnight of that day and formats back', (value) => {
    const date = parseLocalDate(value);
    const [y, m, d] = value.split('-').map(Number);
    expect([date.getFullYear(), date.getMonth() + 1, date.getDate()]).toEqual([y, m, d]);
    expect(toLocalDateString(date)).toBe(value);
  });

  it('string → Date → string is stable for any real date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1900, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true }),
        (date) => {
          const value = toLocalDateString(date);
          expect(isValidLocalDate(value)).toBe(true);
          expect(toLocalDateString(parseLocalDate(value))).toBe(value);
        },
      ),
    );
  });

  it('uses the local calendar day, not the UTC one', () => {
    const lateEvening = new Date(2026, 2, 14, 23, 59, 59);
    expect(toLocalDateString(lateEvening)).toBe('2026-03-14');
    expect(todayLocalDate(new Date(2026, 0, 1, 0, 0, 0))).toBe('2026-01-01');
  });

  it('refuses to format an invalid Date', () => {
    expect(() => toLocalDateString(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => toLocalDateString(parseLocalDate('2026-02-30'))).toThrow(RangeError);
  });
});

describe('a day that did not happen locally', () => {
  useTimeZone('Pacific/Apia');

  it('is still a real calendar date, but parses to the next local day', () => {
    // Samoa skipped 2011-12-30. Validation does not depend on the zone, so a backup made
    // elsewhere still restores; turning it into a local Date can only land on the 31st.
    expect(isValidLocalDate('2011-12-30')).toBe(true);
    expect(toLocalDateString(parseLocalDate('2011-12-30'))).toBe('2011-12-31');
  });
});
