import { describe, expect, it } from 'vitest';
import {
  addParticipant,
  describeParticipants,
  resolveTyped,
  splitParticipants,
} from '../../../shared/participants';

const dana = { kind: 'person' as const, id: 'p1', name: 'Dana Ruiz', detail: 'Ruiz Insurance' };
const agency = { kind: 'partner' as const, id: 'x1', name: 'Dana Ruiz', detail: 'Insurance agent' };
const amelie = { kind: 'person' as const, id: 'p2', name: 'Amélie Dupont', detail: '' };

describe('resolveTyped', () => {
  it.each([
    ['Dana Ruiz', [dana], dana],
    ['  dana   ruiz ', [dana], dana], // case and spacing
    ['amelie dupont', [amelie], amelie], // accents
    ['Dana Ruiz', [agency, dana], dana], // a person wins over a partner of the same name
    ['Dana Ruiz', [agency], agency],
    ['Dana', [dana], { kind: 'new', name: 'Dana' }], // a prefix is not a match
    ['Lee  Chen', [], { kind: 'new', name: 'Lee Chen' }],
    ['   ', [dana], undefined],
  ])('“%s” is %j', (text, candidates, expected) => {
    expect(resolveTyped(text, candidates)).toEqual(expected);
  });
});

describe('addParticipant', () => {
  it('does not add the same person twice, nor the same new name in other case', () => {
    let list = addParticipant([], dana);
    list = addParticipant(list, { ...dana });
    list = addParticipant(list, { kind: 'new', name: 'Lee Chen' });
    list = addParticipant(list, { kind: 'new', name: 'lee chen' });
    expect(list).toEqual([dana, { kind: 'new', name: 'Lee Chen' }]);
  });

  it('keeps a person and a partner with the same name apart', () => {
    expect(addParticipant([dana], agency)).toHaveLength(2);
  });
});

describe('splitParticipants', () => {
  it('separates people, partners and new names', () => {
    expect(splitParticipants([dana, agency, { kind: 'new', name: 'Lee Chen' }])).toEqual({
      personIds: ['p1'],
      partnerIds: ['x1'],
      newPeopleNames: ['Lee Chen'],
    });
  });
});

describe('describeParticipants', () => {
  it.each([
    [['Dana'], 'Dana'],
    [['Dana', 'Sam'], 'Dana and Sam'],
    [['Dana', 'Sam', 'Lee'], 'Dana, Sam and Lee'],
    [['Dana', 'Sam', 'Lee', 'Ana'], 'Dana, Sam and 2 others'],
  ])('%j → %s', (names, words) => {
    expect(describeParticipants(names)).toBe(words);
  });
});
