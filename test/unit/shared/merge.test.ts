import { describe, expect, it } from 'vitest';
import {
  MERGE_FIELDS,
  combinePeople,
  defaultChoices,
  laterDate,
  repointIds,
  unionEmails,
  unionPhones,
  unionTags,
  type MergeablePerson,
} from '../../../shared/merge';

const base: MergeablePerson = {
  name: 'Someone',
  relationship: 'other',
  emails: [],
  phones: [],
  tags: [],
};

const DANA: MergeablePerson = {
  ...base,
  name: 'Dana Ruiz',
  company: 'Acme Insurance',
  relationship: 'partner contact',
  emails: ['dana@acme.example'],
  phones: ['+1 (555) 014-2000'],
  tags: ['Champion'],
  notes: 'Prefers mornings.',
};
const DUPLICATE: MergeablePerson = {
  ...base,
  name: 'Dana R.',
  title: 'Agent',
  relationship: 'client',
  emails: ['DANA@acme.example', 'dana.ruiz@home.example'],
  phones: ['555-014-2000', '1 555 014 2000', '555 777 1234'],
  tags: ['champion', 'Golf'],
  birthday: { month: 2, day: 29 },
  cadenceDays: 30,
  notes: '   ',
};

describe('defaultChoices', () => {
  it('keeps the current person’s value unless it is empty and the other one’s is not', () => {
    expect(defaultChoices(DANA, DUPLICATE)).toEqual({
      name: 'kept',
      company: 'kept',
      title: 'merged',
      relationship: 'kept',
      partnerId: 'kept',
      howWeMet: 'kept',
      birthday: 'merged',
      cadenceDays: 'merged',
      notes: 'kept',
    });
  });

  it('treats blank text as empty', () => {
    expect(defaultChoices(DUPLICATE, DANA).notes).toBe('merged');
  });

  it('has a choice for every field the dialog shows', () => {
    expect(Object.keys(defaultChoices(base, base))).toEqual(MERGE_FIELDS.map(({ key }) => key));
  });
});

describe('combinePeople', () => {
  it('takes each field from the chosen side and unions emails, phones and tags', () => {
    const choices = { ...defaultChoices(DANA, DUPLICATE), name: 'merged' as const };
    expect(combinePeople(DANA, DUPLICATE, choices)).toEqual({
      name: 'Dana R.',
      company: 'Acme Insurance',
      title: 'Agent',
      relationship: 'partner contact',
      partnerId: undefined,
      howWeMet: undefined,
      birthday: { month: 2, day: 29 },
      cadenceDays: 30,
      notes: 'Prefers mornings.',
      emails: ['dana@acme.example', 'dana.ruiz@home.example'],
      phones: ['+1 (555) 014-2000', '555-014-2000', '555 777 1234'],
      tags: ['Champion', 'Golf'],
    });
  });

  it('can keep an empty value when the owner chooses it', () => {
    const choices = { ...defaultChoices(DANA, DUPLICATE), title: 'kept' as const };
    expect(combinePeople(DANA, DUPLICATE, choices)).not.toHaveProperty('title');
  });
});

describe('unions', () => {
  it.each([
    [
      'emails ignore case and spaces',
      unionEmails,
      ['a@x.example'],
      [' A@X.example'],
      ['a@x.example'],
    ],
    [
      'phones compare digits',
      unionPhones,
      ['(555) 0142'],
      ['555-0142', '5550143'],
      ['(555) 0142', '5550143'],
    ],
    ['tags compare folded text', unionTags, ['Café'], ['cafe', 'CAFÉ ', 'Golf'], ['Café', 'Golf']],
    ['an empty side', unionTags, [], ['a', 'b'], ['a', 'b']],
  ])('%s', (_what, union, first, second, expected) => {
    expect(union(first, second)).toEqual(expected);
  });
});

describe('laterDate', () => {
  it.each([
    ['2026-03-01', '2026-02-28', '2026-03-01'],
    ['2025-12-31', '2026-01-01', '2026-01-01'],
    [undefined, '2026-01-01', '2026-01-01'],
    ['2026-01-01', undefined, '2026-01-01'],
    [undefined, undefined, undefined],
  ])('%s, %s → %s', (a, b, expected) => {
    expect(laterDate(a, b)).toBe(expected);
  });
});

describe('repointIds', () => {
  it.each([
    [
      ['gone', 'x'],
      ['kept', 'x'],
    ],
    [
      ['x', 'gone', 'kept'],
      ['x', 'kept'],
    ],
    [['kept', 'gone'], ['kept']],
    [['x'], ['x']],
    [[], []],
  ])('%j → %j', (ids, expected) => {
    expect(repointIds(ids, 'gone', 'kept')).toEqual(expected);
  });
});
