/**
 * The rules behind the recognised formats, beyond the sample files: detection from the
 * header, Google's numbered groups and labels, birthdays in every export's form, and how
 * bad values become problems rather than failures.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseBirthday } from '../../../../shared/import/birthday';
import { googleLabels, recogniseCsv } from '../../../../shared/import/csv-formats';
import { readContactsFile } from '../../../../shared/import/read';
import type { ParsedContacts } from '../../../../shared/import/types';

/** A row for `header` with the named cells filled in. */
const row = (header: string[], cells: Record<string, string>) =>
  header.map((name) => cells[name] ?? '');

function readCsv(rows: string[][]): ParsedContacts {
  const bytes = new TextEncoder().encode(Papa.unparse(rows, { newline: '\r\n' }));
  const result = readContactsFile(bytes, 'contacts.csv');
  if (result.status !== 'recognised') throw new Error(JSON.stringify(result));
  return result.parsed;
}

describe('format detection from the header', () => {
  const google = [
    'First Name',
    'Middle Name',
    'Last Name',
    'File As',
    'Labels',
    'E-mail 1 - Label',
    'E-mail 1 - Value',
  ];
  const legacy = [
    'Name',
    'Given Name',
    'Family Name',
    'Group Membership',
    'E-mail 1 - Type',
    'E-mail 1 - Value',
  ];
  const linkedin = [
    'First Name',
    'Last Name',
    'URL',
    'Email Address',
    'Company',
    'Position',
    'Connected On',
  ];
  const outlookWeb = [
    'First Name',
    'Middle Name',
    'Last Name',
    'E-mail Address',
    'Job Title',
    'Company',
    'Notes',
  ];
  const outlookDesktop = [...outlookWeb, 'E-mail Display Name', 'Categories', 'Referred By'];
  it.each([
    ['Google, current', google, 'google'],
    [
      'Google, current, no value groups at all',
      ['First Name', 'Last Name', 'Organization Name', 'Labels'],
      'google',
    ],
    ['Google, legacy', legacy, 'google-legacy'],
    ['LinkedIn', linkedin, 'linkedin'],
    ['Outlook desktop', outlookDesktop, 'outlook-desktop'],
    ['Outlook on the web', outlookWeb, 'outlook-web'],
    ['a plain list', ['Name', 'Email', 'Phone'], undefined],
    ['a localized Outlook export', ['Vorname', 'Nachname', 'E-Mail-Adresse'], undefined],
  ])('%s', (_, header, format) => {
    expect(recogniseCsv(header)?.format).toBe(format);
  });
});

describe('Google Contacts', () => {
  const header = ['First Name', 'Last Name', 'Labels', 'Birthday', 'File As'];
  const groups = (n: number) =>
    Array.from({ length: n }, (_, i) => [
      `E-mail ${i + 1} - Label`,
      `E-mail ${i + 1} - Value`,
      `Phone ${i + 1} - Label`,
      `Phone ${i + 1} - Value`,
    ]).flat();

  it('reads any number of groups, ` ::: ` values, the primary one first', () => {
    const columns = [...header, ...groups(3)];
    const parsed = readCsv([
      columns,
      row(columns, {
        'First Name': 'Dana',
        'E-mail 1 - Label': 'Work',
        'E-mail 1 - Value': 'a@x.example',
        'E-mail 2 - Label': 'Home',
        'E-mail 2 - Value': 'b@x.example ::: c@x.example',
        'E-mail 3 - Label': '* Other',
        'E-mail 3 - Value': 'p@x.example',
        'Phone 2 - Label': '* Mobile',
        'Phone 2 - Value': '555 0101',
      }),
    ]);
    expect(parsed.candidates[0]).toMatchObject({
      kind: 'person',
      person: {
        emails: ['p@x.example', 'a@x.example', 'b@x.example', 'c@x.example'],
        phones: ['555 0101'],
      },
    });
  });

  it.each([
    ['* myContacts ::: Partners ::: Chamber', ['Partners', 'Chamber']],
    ['* myContacts ::: * starred', ['starred']],
    ['* My Contacts ::: Golf ::: golf', ['Golf', 'golf']],
    ['* friends ::: VIP', ['friends', 'VIP']],
    ['', []],
  ])('labels %j become tags %j', (labels, tags) => {
    expect(googleLabels(labels)).toEqual(tags);
  });

  it('the same tag twice in other case is kept once', () => {
    const parsed = readCsv([
      header,
      row(header, { 'First Name': 'Dana', Labels: 'Golf ::: golf' }),
    ]);
    expect(parsed.candidates[0]).toMatchObject({ person: { tags: ['Golf'] } });
  });

  it('a bad email or birthday is left out with a problem; the person is still imported', () => {
    const columns = [...header, ...groups(2)];
    const parsed = readCsv([
      columns,
      row(columns, {
        'First Name': 'Dana',
        'Last Name': 'Ruiz',
        Birthday: 'sometime in May',
        'E-mail 1 - Value': 'not-an-email',
        'E-mail 2 - Value': 'dana@x.example',
        'Phone 1 - Value': 'no digits',
      }),
    ]);
    expect(parsed.candidates).toEqual([
      {
        line: 2,
        kind: 'person',
        person: {
          name: 'Dana Ruiz',
          emails: ['dana@x.example'],
          phones: [],
          tags: [],
          relationship: 'other',
        },
      },
    ]);
    expect(parsed.problems).toEqual([
      {
        line: 2,
        reason:
          'The birthday “sometime in May” is not a date Handshake understands, so it was left out.',
      },
      {
        line: 2,
        reason: '“not-an-email” is not an email address Handshake can keep, so it was left out.',
      },
      {
        line: 2,
        reason: '“no digits” is not a phone number Handshake can keep, so it was left out.',
      },
    ]);
  });

  it('an over-long tag and a partner’s bad email are left out with their reasons', () => {
    const columns = [...header, 'Organization Name', ...groups(1)];
    const parsed = readCsv([
      columns,
      row(columns, { 'First Name': 'Dana', Labels: `Golf ::: ${'x'.repeat(61)}` }),
      row(columns, { 'Organization Name': 'Shop', 'E-mail 1 - Value': 'shop(at)x', Birthday: '?' }),
    ]);
    expect(parsed.candidates).toEqual([
      { line: 2, kind: 'person', person: expect.objectContaining({ tags: ['Golf'] }) },
      { line: 3, kind: 'partner', partner: { name: 'Shop', status: 'prospect', tags: [] } },
    ]);
    expect(parsed.problems).toEqual([
      {
        line: 2,
        reason: `The tag “${'x'.repeat(61)}” was left out: A tag can be at most 60 characters.`,
      },
      {
        line: 3,
        reason: '“shop(at)x” is not an email address Handshake can keep, so it was left out.',
      },
    ]);
  });

  it('a name that is too long skips the row with the reason', () => {
    const parsed = readCsv([
      header,
      row(header, { 'First Name': 'D'.repeat(201) }),
      row(header, { 'First Name': 'Sam' }),
    ]);
    expect(parsed.candidates.map((c) => c.line)).toEqual([3]);
    expect(parsed.problems).toEqual([
      { line: 2, reason: 'A name can be at most 200 characters. This row was skipped.' },
    ]);
  });

  it('a row with neither name nor organisation is reported', () => {
    const parsed = readCsv([header, row(header, { Labels: '* myContacts' })]);
    expect(parsed.candidates).toEqual([]);
    expect(parsed.problems).toEqual([
      { line: 2, reason: 'This row has neither a name nor a company, so it was skipped.' },
    ]);
  });

  it('a company-only row keeps its extra email in the partner notes', () => {
    const columns = [
      'First Name',
      'Last Name',
      'Organization Name',
      'Labels',
      ...groups(2),
      'Website 1 - Label',
      'Website 1 - Value',
    ];
    const parsed = readCsv([
      columns,
      row(columns, {
        'Organization Name': 'Body Shop',
        Labels: 'Partners',
        'E-mail 1 - Value': 'a@shop.example',
        'E-mail 2 - Value': 'b@shop.example',
        'Phone 1 - Value': '555 0177',
        'Website 1 - Value': 'https://shop.example',
      }),
    ]);
    expect(parsed.candidates).toEqual([
      {
        line: 2,
        kind: 'partner',
        partner: {
          name: 'Body Shop',
          status: 'prospect',
          email: 'a@shop.example',
          phone: '555 0177',
          website: 'https://shop.example',
          tags: ['Partners'],
          notes: 'Also: b@shop.example',
        },
      },
    ]);
  });
});

describe('Outlook', () => {
  const header = [
    'First Name',
    'Middle Name',
    'Last Name',
    'Suffix',
    'E-mail Address',
    'Job Title',
    'Birthday',
    'Categories',
    'Referred By',
    'E-mail Display Name',
  ];
  it('joins the name parts, treats 0/0/00 as no birthday', () => {
    const parsed = readCsv([
      header,
      ['Tom', 'J.', 'Becker', 'Jr.', 'tom@x.example', '', '0/0/00', 'A;B', '', ''],
    ]);
    expect(parsed.candidates[0]).toMatchObject({
      person: { name: 'Tom J. Becker Jr.', tags: ['A', 'B'] },
    });
    expect(parsed.problems).toEqual([]);
  });
});

describe('birthdays', () => {
  it.each([
    ['1979-04-12', { month: 4, day: 12, year: 1979 }],
    ['19790412', { month: 4, day: 12, year: 1979 }],
    ['1979-04-12T00:00:00Z', { month: 4, day: 12, year: 1979 }],
    ['--07-30', { month: 7, day: 30 }],
    ['--0730', { month: 7, day: 30 }],
    ['0000-07-30', { month: 7, day: 30 }],
    ['1604-07-30', { month: 7, day: 30 }],
    ['1900-07-30', { month: 7, day: 30 }],
    ['5/6/1970', { month: 5, day: 6, year: 1970 }],
    ['12/31/1985', { month: 12, day: 31, year: 1985 }],
    ['25/12/1980', { month: 12, day: 25, year: 1980 }],
    ['5/6', { month: 5, day: 6 }],
    ['30.07.1980', { month: 7, day: 30, year: 1980 }],
    ['15 Mar 1983', { month: 3, day: 15, year: 1983 }],
    ['March 15, 1983', { month: 3, day: 15, year: 1983 }],
    ['Sept 3', { month: 9, day: 3 }],
    ['--02-29', { month: 2, day: 29 }],
    ['', undefined],
    ['  ', undefined],
    ['0/0/00', undefined],
    ['1979-02-29', null],
    ['2/30/1980', null],
    ['13/13/1980', null],
    ['sometime in May', null],
    ['Smarch 3', null],
  ])('%j', (text, expected) => {
    expect(parseBirthday(text)).toEqual(expected);
  });
});
