/**
 * Properties of reading contact files: nothing the owner picks can make it throw, and
 * people written as a Google-style CSV read back as the same people.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readContactsFile } from '../../../../shared/import/read';
import type { ReadResult } from '../../../../shared/import/types';
import { personInput, type Birthday } from '../../../../shared/records';
import { foldText } from '../../../../shared/text';

const STATUSES = ['error', 'recognised', 'needs-mapping'];

function expectReadResult(result: ReadResult) {
  expect(STATUSES).toContain(result.status);
  if (result.status === 'error') expect(result.message).toMatch(/^\S.*\.$/);
}

describe('reading never throws', () => {
  it('random bytes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 2000 }),
        fc.constantFrom('a.csv', 'a.vcf', 'a'),
        (bytes, name) => {
          expectReadResult(readContactsFile(bytes, name));
        },
      ),
      { numRuns: 300 },
    );
  });

  // Pieces that steer the reader into its less travelled paths.
  const csvPiece = fc.constantFrom(
    ',',
    ';',
    '\t',
    '|',
    '"',
    '""',
    '\r\n',
    '\n',
    '\r',
    ' ::: ',
    '* ',
    'Notes:',
    'E-mail 1 - Value',
    'Phone 1 - Label',
    'First Name',
    'Last Name',
    'Labels',
    'Connected On',
    'Birthday',
    '--07-30',
    '0/0/00',
    '@',
    'a@b.example',
    '\uFEFF',
    'é',
    '😀',
  );
  const vcardPiece = fc.constantFrom(
    'BEGIN:VCARD',
    'END:VCARD',
    'VERSION:2.1',
    'VERSION:3.0',
    'VERSION:4.0',
    '\r\n',
    '\n',
    '\r\n ',
    'FN:',
    'N:',
    ';',
    ':',
    '=',
    '=C3',
    '=A9',
    '=\r\n',
    'ENCODING=QUOTED-PRINTABLE',
    'CHARSET=',
    'TEL;CELL',
    'EMAIL;TYPE=',
    '"',
    ',',
    '\\',
    '\\n',
    'item1.',
    'BDAY:',
    'KIND:org',
    'ORG:',
    'tel:',
    'X',
  );

  it.each([
    ['CSV-like text', csvPiece],
    ['vCard-like text', vcardPiece],
  ])('%s', (_, piece) => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(piece, fc.string({ maxLength: 5 })), { maxLength: 80 }),
        (pieces) => {
          const text = pieces.join('');
          expectReadResult(readContactsFile(new TextEncoder().encode(text), 'x.csv'));
          const asVcard = `BEGIN:VCARD\r\n${text}\r\nEND:VCARD\r\n`;
          expectReadResult(readContactsFile(new TextEncoder().encode(asVcard), 'x.vcf'));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('people → Google CSV → people', () => {
  const word = fc.stringMatching(/^[A-Za-zÀ-ÿ'’-][A-Za-zÀ-ÿ0-9'’.-]{0,11}$/);
  const words = (max: number) =>
    fc.array(word, { minLength: 1, maxLength: max }).map((w) => w.join(' '));
  const email = fc
    .tuple(fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,10}$/), fc.stringMatching(/^[a-z]{1,10}$/))
    .map(
      ([local, domain]) =>
        `${local.replace(/\.+$/, '').replace(/\.{2,}/g, '.') || 'x'}@${domain}.example`,
    );
  const phone = fc.stringMatching(/^\+?[0-9][0-9 ().-]{2,15}[0-9]$/);
  const birthday: fc.Arbitrary<Birthday> = fc
    .record({
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      year: fc.option(fc.integer({ min: 1901, max: 2100 }), { nil: undefined }),
    })
    .map(({ year, ...rest }) => (year === undefined ? rest : { ...rest, year }));
  const notes = fc
    .array(fc.oneof(words(6), fc.constantFrom('"quoted", too', 'a;b', '=sum', '* star', ' ::: ')), {
      minLength: 1,
      maxLength: 4,
    })
    .map((lines) => lines.join('\n').trim())
    .filter((text) => text !== '');

  const person = fc
    .record(
      {
        name: words(3),
        company: words(3),
        title: words(3),
        emails: fc.uniqueArray(email, { maxLength: 3, selector: (e) => e.toLowerCase() }),
        phones: fc.uniqueArray(phone, { maxLength: 3 }),
        // Distinct as the app tells tags apart: "À" and "á" are one tag (tag-list.ts).
        tags: fc.uniqueArray(words(2), { maxLength: 4, selector: foldText }),
        birthday,
        notes,
      },
      { requiredKeys: ['name', 'emails', 'phones', 'tags'] },
    )
    .map((fields) => personInput.parse(fields));

  /** A Google Contacts export of the people, with as many value groups as the widest needs. */
  function googleCsv(people: ReturnType<typeof personInput.parse>[]): string {
    const emailGroups = Math.max(1, ...people.map((p) => p.emails.length));
    const phoneGroups = Math.max(1, ...people.map((p) => p.phones.length));
    const header = [
      'First Name',
      'Middle Name',
      'Last Name',
      'File As',
      'Organization Name',
      'Organization Title',
      'Birthday',
      'Notes',
      'Labels',
    ];
    for (let i = 1; i <= emailGroups; i++)
      header.push(`E-mail ${i} - Label`, `E-mail ${i} - Value`);
    for (let i = 1; i <= phoneGroups; i++) header.push(`Phone ${i} - Label`, `Phone ${i} - Value`);
    const pad = (n: number) => String(n).padStart(2, '0');
    const rows = people.map((p) => {
      const b = p.birthday;
      const row = [
        p.name,
        '',
        '',
        '',
        p.company ?? '',
        p.title ?? '',
        b ? `${b.year ?? '-'}-${pad(b.month)}-${pad(b.day)}` : '',
        p.notes ?? '',
        ['* myContacts', ...p.tags].join(' ::: '),
      ];
      for (let i = 0; i < emailGroups; i++)
        row.push(i === 0 ? '* Work' : 'Home', p.emails[i] ?? '');
      for (let i = 0; i < phoneGroups; i++) row.push('Mobile', p.phones[i] ?? '');
      return row;
    });
    return Papa.unparse([header, ...rows], { newline: '\r\n' });
  }

  it('reads back exactly the people written', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 8 }), (people) => {
        const result = readContactsFile(
          new TextEncoder().encode(googleCsv(people)),
          'contacts.csv',
        );
        if (result.status !== 'recognised') throw new Error(JSON.stringify(result));
        expect(result.parsed.problems).toEqual([]);
        expect(result.parsed.candidates.map((c) => c.kind === 'person' && c.person)).toEqual(
          people,
        );
      }),
      { numRuns: 200 },
    );
  });
});
