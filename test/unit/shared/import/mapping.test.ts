/**
 * Unrecognised CSV: the suggested mapping from header names, and rows mapped with the
 * owner's choices.
 */
import { describe, expect, it } from 'vitest';
import { mapColumns, suggestMapping } from '../../../../shared/import/read';
import type { ColumnMapping, CsvTable } from '../../../../shared/import/types';

function table(header: string[], ...rows: string[][]): CsvTable {
  return {
    encoding: 'utf-8',
    delimiter: ',',
    header,
    rows: rows.map((cells, i) => ({ line: i + 2, cells })),
  };
}

describe('suggestMapping', () => {
  it('guesses from common header names, several email and phone columns allowed', () => {
    expect(
      suggestMapping([
        'Full Name',
        'Given name',
        'Surname',
        'Organisation',
        'Job title',
        'E-mail 1',
        'Work Email',
        'Mobile',
        'Phone (home)',
        'Fax',
        'Groups',
        'How we met',
        'Date of birth',
        'Comments',
        'Relationship',
        'Favourite colour',
      ]),
    ).toEqual([
      'name',
      'firstName',
      'lastName',
      'company',
      'title',
      'email',
      'email',
      'phone',
      'phone',
      'ignore',
      'tags',
      'howWeMet',
      'birthday',
      'notes',
      'relationship',
      'ignore',
    ]);
  });

  it('suggests a single-value field once', () => {
    expect(suggestMapping(['Name', 'Name', 'Company', 'Company'])).toEqual([
      'name',
      'ignore',
      'company',
      'ignore',
    ]);
  });
});

describe('mapColumns', () => {
  const header = [
    'First',
    'Last',
    'Company',
    'Emails',
    'Other email',
    'Phone',
    'Tags',
    'Kind',
    'Born',
    'Note A',
    'Note B',
    'Unused',
  ];
  const mapping: ColumnMapping = [
    'firstName',
    'lastName',
    'company',
    'email',
    'email',
    'phone',
    'tags',
    'relationship',
    'birthday',
    'notes',
    'notes',
    'ignore',
  ];

  it('maps a row into a person', () => {
    const parsed = mapColumns(
      table(header, [
        'Dana',
        'Ruiz',
        'Ruiz Insurance',
        'a@x.example; b@x.example, c@x.example',
        'd@x.example',
        '555-0101; 555-0102',
        'golf, VIP;chamber',
        'Client',
        '--04-12',
        'First line\nSecond line',
        'More',
        'whatever',
      ]),
      mapping,
    );
    expect(parsed.format).toBe('csv');
    expect(parsed.problems).toEqual([]);
    expect(parsed.candidates).toEqual([
      {
        line: 2,
        kind: 'person',
        person: {
          name: 'Dana Ruiz',
          company: 'Ruiz Insurance',
          emails: ['a@x.example', 'b@x.example', 'c@x.example', 'd@x.example'],
          phones: ['555-0101', '555-0102'],
          tags: ['golf', 'VIP', 'chamber'],
          relationship: 'client',
          birthday: { month: 4, day: 12 },
          notes: 'First line\nSecond line\n\nMore',
        },
      },
    ]);
  });

  it('reports what it cannot keep, and rows it cannot use', () => {
    const empty = Array<string>(header.length).fill('');
    const withCompany = [...empty];
    withCompany[2] = 'Body Shop';
    const badValues = [...empty];
    badValues[0] = 'Sam';
    badValues[3] = 'sam(at)x';
    badValues[7] = 'cousin';
    const parsed = mapColumns(table(header, withCompany, empty, badValues), mapping);
    expect(parsed.candidates).toEqual([
      { line: 2, kind: 'partner', partner: { name: 'Body Shop', status: 'prospect', tags: [] } },
      {
        line: 4,
        kind: 'person',
        person: expect.objectContaining({ name: 'Sam', emails: [], relationship: 'other' }),
      },
    ]);
    expect(parsed.problems).toEqual([
      { line: 3, reason: 'This row has neither a name nor a company, so it was skipped.' },
      {
        line: 4,
        reason:
          '“cousin” is not a relationship Handshake knows (client, prospect, partner contact, friend, other), so it was left out.',
      },
      {
        line: 4,
        reason: '“sam(at)x” is not an email address Handshake can keep, so it was left out.',
      },
    ]);
  });

  it('a "Name" column wins over first and last name', () => {
    const parsed = mapColumns(table(['Name', 'First'], ['Dana Ruiz', 'Dana']), [
      'name',
      'firstName',
    ]);
    expect(parsed.candidates[0]).toMatchObject({ person: { name: 'Dana Ruiz' } });
  });
});
