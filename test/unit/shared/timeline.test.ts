import { describe, expect, it } from 'vitest';
import { farFutureSuggestion, timelineRows } from '../../../shared/timeline';

const entry = (id: string, date: string, createdAt = 0) => ({ id, date, createdAt });

describe('timelineRows', () => {
  it('puts the newest first under month headings with counts', () => {
    const rows = timelineRows([
      entry('a', '2026-10-03'),
      entry('b', '2026-11-21'),
      entry('c', '2026-10-30'),
      entry('d', '2025-12-31'),
    ]);
    expect(
      rows.map((row) => (row.type === 'month' ? `${row.label} (${row.count})` : row.key)),
    ).toEqual(['November 2026 (1)', 'b', 'October 2026 (2)', 'c', 'a', 'December 2025 (1)', 'd']);
  });

  it('shows the later-created entry first within a day', () => {
    const rows = timelineRows([entry('early', '2026-11-02', 1), entry('late', '2026-11-02', 2)]);
    expect(rows.filter((row) => row.type === 'entry').map((row) => row.key)).toEqual([
      'late',
      'early',
    ]);
  });

  it('is empty for no entries', () => {
    expect(timelineRows([])).toEqual([]);
  });

  it('keeps month ends and leap days in their own month', () => {
    const rows = timelineRows([entry('leap', '2024-02-29'), entry('march', '2024-03-01')]);
    expect(rows.filter((row) => row.type === 'month').map((row) => row.key)).toEqual([
      '2024-03',
      '2024-02',
    ]);
  });
});

describe('farFutureSuggestion', () => {
  it.each([
    ['2026-11-22', undefined], // today
    ['2027-11-22', undefined], // exactly a year ahead is still plausible
    ['2027-11-23', '2026-11-23'], // a year and a day: probably a typo
    ['2036-11-20', '2026-11-20'],
    ['2001-01-01', undefined], // the past is never questioned
  ])('for %s suggests %s', (date, suggestion) => {
    expect(farFutureSuggestion(date, '2026-11-22')).toBe(suggestion);
  });

  it('moves 29 February to 28 February in a common year', () => {
    expect(farFutureSuggestion('2032-02-29', '2026-11-22')).toBe('2026-02-28');
  });
});
