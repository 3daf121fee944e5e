import { describe, expect, it } from 'vitest';
import { affectedSubjects, latestTouch } from '../../../shared/last-touch';

const touch = (date: string, deletedAt?: number) => ({
  date,
  personIds: ['p1'],
  partnerIds: [],
  deletedAt,
});

describe('latestTouch', () => {
  it.each([
    [[], undefined],
    [[touch('2026-03-01')], '2026-03-01'],
    [[touch('2026-03-01'), touch('2026-11-02'), touch('2025-12-31')], '2026-11-02'],
    [[touch('2026-03-01'), touch('2026-11-02', 1)], '2026-03-01'], // trashed ones do not count
    [[touch('2026-11-02', 1)], undefined],
  ])('of %j is %s', (interactions, expected) => {
    expect(latestTouch(interactions)).toBe(expected);
  });
});

describe('affectedSubjects', () => {
  it('includes everyone before and after an edit, so removed people are recomputed too', () => {
    const before = { date: '2026-01-01', personIds: ['a', 'b'], partnerIds: ['x'] };
    const after = { date: '2026-01-02', personIds: ['b', 'c'], partnerIds: [] };
    const subjects = affectedSubjects(before, after);
    expect([...subjects.personIds].sort()).toEqual(['a', 'b', 'c']);
    expect([...subjects.partnerIds]).toEqual(['x']);
  });

  it('handles a create (no before) and a delete (no after)', () => {
    const one = { date: '2026-01-01', personIds: ['a'], partnerIds: ['x'] };
    expect([...affectedSubjects(undefined, one).personIds]).toEqual(['a']);
    expect([...affectedSubjects(one, undefined).partnerIds]).toEqual(['x']);
  });
});
