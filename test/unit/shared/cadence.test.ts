import { describe, expect, it } from 'vitest';
import { cadenceDueDate, cadenceStatus, describeCadence } from '../../../shared/cadence';

const created = (localDate: string) => new Date(`${localDate}T10:00:00`).getTime();

describe('cadence due date', () => {
  it.each([
    // [cadence, lastTouch, createdAt date, expected due date]
    [30, '2026-01-31', '2025-06-01', '2026-03-02'], // across a short February
    [30, '2024-01-31', '2023-06-01', '2024-03-01'], // leap year
    [1, '2026-12-31', '2026-01-01', '2027-01-01'], // year end
    [7, '2026-03-05', '2026-01-01', '2026-03-12'], // across the US DST change (8 March)
    [7, '2026-10-22', '2026-01-01', '2026-10-29'], // across the EU DST change (25 October)
    [14, undefined, '2026-11-01', '2026-11-15'], // never met: counted from creation
  ] as const)('cadence %i after %s (created %s) is due %s', (cadenceDays, lastTouch, made, due) => {
    expect(cadenceDueDate({ cadenceDays, lastTouch, createdAt: created(made) })).toBe(due);
  });

  it('has no due date without a cadence', () => {
    expect(cadenceDueDate({ lastTouch: '2026-01-01', createdAt: 0 })).toBeUndefined();
  });
});

describe('cadence status and its words', () => {
  const subject = { cadenceDays: 30, lastTouch: '2026-10-01', createdAt: created('2026-01-01') };

  it.each([
    ['2026-10-26', { state: 'upcoming', days: 5 }, 'Due in 5 days'],
    ['2026-10-30', { state: 'upcoming', days: 1 }, 'Due tomorrow'],
    ['2026-10-31', { state: 'today' }, 'Due today'],
    ['2026-11-01', { state: 'overdue', days: 1 }, 'Overdue by 1 day'],
    ['2026-11-12', { state: 'overdue', days: 12 }, 'Overdue by 12 days'],
  ] as const)('on %s', (today, expected, words) => {
    const status = cadenceStatus(subject, today);
    expect(status).toMatchObject({ ...expected, dueDate: '2026-10-31' });
    expect(describeCadence(status)).toBe(words);
  });

  it('says nothing without a cadence', () => {
    const status = cadenceStatus({ createdAt: 0 }, '2026-11-22');
    expect(status).toEqual({ state: 'none' });
    expect(describeCadence(status)).toBe('');
  });

  it('counts a 40-day gap on a 30-day cadence as 10 days overdue', () => {
    const status = cadenceStatus(
      { cadenceDays: 30, lastTouch: '2026-10-13', createdAt: 0 },
      '2026-11-22',
    );
    expect(describeCadence(status)).toBe('Overdue by 10 days');
  });
});
