import { describe, expect, it } from 'vitest';
import {
  LONG_CATEGORY,
  UNCATEGORISED,
  directoryGroups,
  parseStatusesSegment,
  statusesSegment,
} from '../../../shared/export/directory';
import type { Partner } from '../../../shared/records';

let next = 0;
function partner(fields: Partial<Partner>): Partner {
  next += 1;
  return {
    id: `b${next}`,
    createdAt: 0,
    updatedAt: 0,
    name: `Partner ${next}`,
    status: 'active',
    tags: [],
    ...fields,
  };
}

const names = (groups: ReturnType<typeof directoryGroups>) =>
  groups.map((group) => [group.category, group.partners.map((p) => p.name)]);

describe('directoryGroups', () => {
  it('groups by category, sorted, names sorted, the uncategorised last', () => {
    const partners = [
      partner({ name: 'Zed Pediatrics', category: 'Pediatrician' }),
      partner({ name: 'Acme Insurance', category: 'Insurance agent' }),
      partner({ name: 'Ávila Kids', category: 'pediatrician ' }),
      partner({ name: 'Nameless Help' }),
      partner({ name: 'Blank Category', category: '  ' }),
      partner({ name: 'Bee Insurance', category: 'Insurance agent' }),
    ];
    expect(names(directoryGroups(partners, ['active'], 'en'))).toEqual([
      ['Insurance agent', ['Acme Insurance', 'Bee Insurance']],
      ['Pediatrician', ['Ávila Kids', 'Zed Pediatrics']],
      [UNCATEGORISED, ['Blank Category', 'Nameless Help']],
    ]);
  });

  it('keeps only the chosen statuses', () => {
    const partners = [
      partner({ name: 'Active', category: 'A' }),
      partner({ name: 'Paused', category: 'A', status: 'paused' }),
      partner({ name: 'Prospect', category: 'B', status: 'prospect' }),
    ];
    expect(names(directoryGroups(partners, ['active', 'paused'], 'en'))).toEqual([
      ['A', ['Active', 'Paused']],
    ]);
    expect(directoryGroups(partners, [], 'en')).toEqual([]);
  });

  it('starts a long category on a new page, never the first one', () => {
    const many = (category: string, count: number) =>
      Array.from({ length: count }, () => partner({ category }));
    const groups = directoryGroups(
      [...many('A long', LONG_CATEGORY + 1), ...many('B short', 2), ...many('C long', 7)],
      ['active'],
      'en',
    );
    expect(groups.map((group) => [group.category, group.startsPage])).toEqual([
      ['A long', false],
      ['B short', false],
      ['C long', true],
    ]);
  });
});

describe('status segment', () => {
  it('writes statuses in pipeline order and reads them back', () => {
    expect(statusesSegment(['paused', 'active', 'prospect'])).toBe('prospect+active+paused');
    expect(parseStatusesSegment('prospect+active+paused')).toEqual([
      'prospect',
      'active',
      'paused',
    ]);
  });

  it('falls back to active partners for an empty or unknown segment', () => {
    expect(parseStatusesSegment(undefined)).toEqual(['active']);
    expect(parseStatusesSegment('')).toEqual(['active']);
    expect(parseStatusesSegment('deleted+<script>')).toEqual(['active']);
    expect(parseStatusesSegment('talking%2Bbogus')).toEqual(['talking']);
    expect(parseStatusesSegment('paused+%E0%A4%A')).toEqual(['paused']);
  });
});
