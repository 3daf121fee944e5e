import fc from 'fast-check';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { shortDate } from '../../../../shared/attention/words';
import { parseLocalDate, toLocalDateString } from '../../../../shared/dates';

describe('shortDate', () => {
  it('writes "3 Nov" in today’s year and "3 Nov 2025" otherwise', () => {
    expect(shortDate('2026-11-03', '2026-11-22')).toBe('3 Nov');
    expect(shortDate('2025-11-03', '2026-11-22')).toBe('3 Nov 2025');
    expect(shortDate('2027-01-31', '2026-11-22')).toBe('31 Jan 2027');
  });

  it('writes any date exactly as date-fns formats it', () => {
    const date = fc
      .date({ min: new Date(1901, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true })
      .map((value) => toLocalDateString(value));
    fc.assert(
      fc.property(date, date, (value, today) => {
        const sameYear = value.slice(0, 4) === today.slice(0, 4);
        const pattern = sameYear ? 'd MMM' : 'd MMM yyyy';
        expect(shortDate(value, today)).toBe(format(parseLocalDate(value), pattern));
      }),
      { numRuns: 500 },
    );
  });
});
