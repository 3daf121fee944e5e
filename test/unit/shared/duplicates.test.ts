import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createPersonDuplicateFinder,
  describeDuplicate,
  emailKey,
  findPartnerDuplicates,
  findPersonDuplicates,
  nameKey,
  phoneKey,
  type PersonContact,
} from '../../../shared/duplicates';

const dana = {
  id: 'dana',
  name: 'Dana Ruiz',
  emails: ['Dana@Example.com', 'dana.ruiz@agency.example'],
  phones: ['+1 (555) 123-4567'],
};
const amelie = { id: 'amelie', name: 'Amélie Dupont', emails: [], phones: ['020 7946 0958'] };
const sam = { id: 'sam', name: 'Sam Lee', emails: ['sam@example.com'], phones: ['911'] };
const people = [dana, amelie, sam];

describe('phoneKey', () => {
  it.each([
    ['555-123-4567', '5551234567'],
    ['+1 (555) 123-4567', '5551234567'],
    ['(555) 123 4567 ', '5551234567'],
    ['+44 20 7946 0958', '2079460958'],
    ['020 7946 0958', '2079460958'],
    ['123-4567', '1234567'],
    ['123-456', undefined],
    ['911', undefined],
    ['', undefined],
    ['call me', undefined],
  ])('%j → %j', (phone, key) => {
    expect(phoneKey(phone)).toBe(key);
  });
});

describe('emailKey', () => {
  it.each([
    ['Dana@Example.COM', 'dana@example.com'],
    ['  dana@example.com ', 'dana@example.com'],
    ['', undefined],
    ['   ', undefined],
  ])('%j → %j', (email, key) => {
    expect(emailKey(email)).toBe(key);
  });
});

describe('findPersonDuplicates', () => {
  it.each<[string, PersonContact, { id: string; reasons: string }[]]>([
    [
      'same email, any case',
      { name: 'Someone Else', emails: ['DANA@example.com'] },
      [{ id: 'dana', reasons: 'same email Dana@Example.com' }],
    ],
    [
      'same email with spaces around it',
      { name: 'X', emails: ['  sam@example.com '] },
      [{ id: 'sam', reasons: 'same email sam@example.com' }],
    ],
    [
      'second email of the existing person',
      { name: 'X', emails: ['dana.ruiz@AGENCY.example'] },
      [{ id: 'dana', reasons: 'same email dana.ruiz@agency.example' }],
    ],
    [
      'same phone, written differently',
      { name: 'X', phones: ['555.123.4567'] },
      [{ id: 'dana', reasons: 'same phone +1 (555) 123-4567' }],
    ],
    [
      'same phone with and without the country code',
      { name: 'X', phones: ['+44 20 7946 0958'] },
      [{ id: 'amelie', reasons: 'same phone 020 7946 0958' }],
    ],
    ['short numbers never match', { name: 'X', phones: ['911'] }, []],
    [
      'same name, accents and case folded',
      { name: '  amelie   DUPONT ' },
      [{ id: 'amelie', reasons: 'same name' }],
    ],
    [
      'several reasons at once, strongest first',
      { name: 'dana ruiz', emails: ['dana@example.com'], phones: ['5551234567'] },
      [
        {
          id: 'dana',
          reasons: 'same email Dana@Example.com and same phone +1 (555) 123-4567 and same name',
        },
      ],
    ],
    [
      'two people, the one matched on more grounds first',
      { name: 'Sam Lee', emails: ['dana@example.com'], phones: ['555 123 4567'] },
      [
        { id: 'dana', reasons: 'same email Dana@Example.com and same phone +1 (555) 123-4567' },
        { id: 'sam', reasons: 'same name' },
      ],
    ],
    ['a different person', { name: 'Lee Sam', emails: ['lee@example.com'] }, []],
    ['an empty name matches nobody', { name: '   ' }, []],
  ])('%s', (_title, candidate, expected) => {
    const found = findPersonDuplicates(candidate, people).map(({ record, reasons }) => ({
      id: record.id,
      reasons: describeDuplicate(reasons),
    }));
    expect(found).toEqual(expected);
  });

  it('ignores the record being edited', () => {
    expect(findPersonDuplicates({ name: 'Dana Ruiz' }, people, 'dana')).toEqual([]);
  });

  it('notes a reason once even when the candidate repeats a value', () => {
    const [found] = findPersonDuplicates(
      { name: 'X', emails: ['dana@example.com', 'DANA@example.com'] },
      people,
    );
    expect(found?.reasons).toEqual([{ kind: 'email', value: 'Dana@Example.com' }]);
  });

  it('finds records added to the finder after it was built (rows of one import)', () => {
    const finder = createPersonDuplicateFinder<(typeof people)[number]>([]);
    expect(finder.find({ name: 'Sam Lee' })).toEqual([]);
    finder.add(sam);
    expect(finder.find({ name: 'sam lee' }).map(({ record }) => record.id)).toEqual(['sam']);
  });

  it('never throws on arbitrary text, and a person with a name always matches themselves', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.string()),
        fc.array(fc.string()),
        (name, emails, phones) => {
          const person = { id: 'p', name, emails, phones };
          const found = findPersonDuplicates(person, [person]);
          expect(found.length).toBeLessThanOrEqual(1);
          if (nameKey(name) !== undefined) expect(found).toHaveLength(1);
        },
      ),
    );
  });
});

describe('findPartnerDuplicates', () => {
  const partners = [
    { id: 'a', name: 'Acme Insurance' },
    { id: 'b', name: 'Crème Bakery' },
  ];

  it.each([
    ['acme insurance', ['a']],
    ['  ACME   Insurance ', ['a']],
    ['Creme bakery', ['b']],
    ['Acme', []],
    ['', []],
  ])('%j → %j', (name, ids) => {
    expect(findPartnerDuplicates({ name }, partners).map(({ record }) => record.id)).toEqual(ids);
  });

  it('ignores the partner being edited', () => {
    expect(findPartnerDuplicates({ name: 'Acme Insurance' }, partners, 'a')).toEqual([]);
  });

  it('says why', () => {
    const [found] = findPartnerDuplicates({ name: 'ACME insurance' }, partners);
    expect(describeDuplicate(found!.reasons)).toBe('same name');
  });
});
