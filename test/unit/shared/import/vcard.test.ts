/**
 * vCard beyond the sample files: grouped properties, 2.1 in other charsets, the BDAY and
 * TEL forms, and broken lines reported on their line rather than failing the file.
 */
import { describe, expect, it } from 'vitest';
import { readContactsFile } from '../../../../shared/import/read';
import type { ParsedContacts } from '../../../../shared/import/types';

function read(lines: string[], eol = '\r\n'): ParsedContacts {
  const result = readContactsFile(new TextEncoder().encode(lines.join(eol) + eol), 'cards.vcf');
  if (result.status !== 'recognised') throw new Error(JSON.stringify(result));
  return result.parsed;
}

const card = (version: string, ...lines: string[]) => [
  'BEGIN:VCARD',
  `VERSION:${version}`,
  ...lines,
  'END:VCARD',
];

describe('vCard', () => {
  it('grouped properties (item1.EMAIL) and their labels', () => {
    const parsed = read(
      card(
        '3.0',
        'FN:Gr Oup',
        'item1.EMAIL;type=INTERNET;type=pref:first@x.example',
        'item1.X-ABLabel:_$!<Other>!$_',
        'item2.TEL:555 0101',
        'item2.X-ABLabel:Studio',
      ),
    );
    expect(parsed.candidates[0]).toMatchObject({
      person: { name: 'Gr Oup', emails: ['first@x.example'], phones: ['555 0101'] },
    });
  });

  it('2.1 QUOTED-PRINTABLE in Windows-1252, bare types, escaped semicolons in N', () => {
    const parsed = read(
      card(
        '2.1',
        'N;CHARSET=WINDOWS-1252;QUOTED-PRINTABLE:M=FCller;J=FCrgen;;;',
        'TITLE;ENCODING=QUOTED-PRINTABLE:Chef, Gr=FCnder',
        'TEL;HOME;VOICE:030 1234',
        'EMAIL;PREF;INTERNET:j@x.example',
        'EMAIL;INTERNET:other@x.example',
      ),
    );
    expect(parsed.candidates[0]).toMatchObject({
      person: {
        name: 'Jürgen Müller',
        title: 'Chef, Gründer',
        phones: ['030 1234'],
        emails: ['j@x.example', 'other@x.example'],
      },
    });
  });

  it('the preferred email and phone come first', () => {
    const parsed = read(
      card(
        '4.0',
        'FN:Lee',
        'EMAIL:second@x.example',
        'EMAIL;PREF=1:first@x.example',
        'TEL;VALUE=uri:tel:+1-555-0102;ext=12',
        'TEL;VALUE=uri;TYPE="cell,pref":tel:+1-555-0101',
      ),
    );
    expect(parsed.candidates[0]).toMatchObject({
      person: {
        emails: ['first@x.example', 'second@x.example'],
        phones: ['+1-555-0101', '+1-555-0102 ext. 12'],
      },
    });
  });

  it.each([
    ['BDAY:19790412', { month: 4, day: 12, year: 1979 }],
    ['BDAY;VALUE=date:1979-04-12', { month: 4, day: 12, year: 1979 }],
    ['BDAY:1979-04-12T00:00:00Z', { month: 4, day: 12, year: 1979 }],
    ['BDAY:--0412', { month: 4, day: 12 }],
    ['BDAY:1604-04-12', { month: 4, day: 12 }],
  ])('%s', (line, birthday) => {
    expect(read(card('3.0', 'FN:B', line)).candidates[0]).toMatchObject({ person: { birthday } });
  });

  it('several NOTE and CATEGORIES lines, escapes in ORG, notes keep line breaks', () => {
    const parsed = read(
      card(
        '3.0',
        'FN:Dana',
        'ORG:Ruiz\\, Sons & Co;Claims',
        'CATEGORIES:Golf,Chamber',
        'CATEGORIES:VIP',
        'NOTE:One\\nTwo',
        'NOTE:Three',
      ),
    );
    expect(parsed.candidates[0]).toMatchObject({
      person: {
        company: 'Ruiz, Sons & Co',
        tags: ['Golf', 'Chamber', 'VIP'],
        notes: 'One\nTwo\n\nThree',
      },
    });
  });

  it('a card with only N still has a name', () => {
    const parsed = read(card('3.0', 'N:Ruiz;Dana;Maria;Dr.;Jr.'));
    expect(parsed.candidates[0]).toMatchObject({ person: { name: 'Dana Maria Ruiz Jr.' } });
  });

  it('bad values and lines become problems on their physical line; the card is kept', () => {
    const parsed = read([
      ...card('3.0', 'FN:Dana', 'EMAIL:not an email', 'BDAY:someday', 'TEL;X-BAD"open:555'),
      ...card('3.0', 'NOTE:nobody'),
    ]);
    expect(parsed.candidates).toEqual([
      { line: 1, kind: 'person', person: expect.objectContaining({ name: 'Dana', emails: [] }) },
    ]);
    expect(parsed.problems).toEqual([
      {
        line: 1,
        reason: 'The birthday “someday” is not a date Handshake understands, so it was left out.',
      },
      {
        line: 1,
        reason: '“not an email” is not an email address Handshake can keep, so it was left out.',
      },
      { line: 6, reason: 'The TEL line could not be read, so it was left out.' },
      { line: 8, reason: 'This card has neither a name nor a company, so it was skipped.' },
    ]);
  });

  it('properties the app does not keep are not parsed, so a broken one is no problem', () => {
    const parsed = read(
      card(
        '2.1',
        'FN:Dana',
        'PHOTO;ENCODING=BASE64;TYPE="JPEG:/9j/4AAQ',
        'AAAQSkZJRg',
        '',
        'X-FOO;BARE',
      ),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.candidates).toEqual([
      { line: 1, kind: 'person', person: expect.objectContaining({ name: 'Dana' }) },
    ]);
  });

  it('line numbers count folded lines, with LF line ends too', () => {
    const parsed = read(
      [
        '',
        ...card('3.0', 'FN:Dana', 'NOTE:folded', ' on', ' three lines'),
        '',
        ...card('4.0', 'FN:Sam'),
      ],
      '\n',
    );
    expect(parsed.candidates.map((c) => c.line)).toEqual([2, 10]);
    expect(parsed.formatLabel).toBe('vCard');
    expect(parsed.candidates[0]).toMatchObject({ person: { notes: 'foldedonthree lines' } });
  });

  it('skips a card nested in another (2.1 AGENT)', () => {
    const parsed = read(
      card('2.1', 'FN:Boss', 'AGENT:', ...card('2.1', 'FN:Assistant'), 'TEL:555'),
    );
    expect(parsed.candidates).toEqual([
      {
        line: 1,
        kind: 'person',
        person: expect.objectContaining({ name: 'Boss', phones: ['555'] }),
      },
    ]);
  });

  it('a company card keeps its address and website as a partner', () => {
    const parsed = read(
      card(
        '3.0',
        'FN:Body Shop',
        'ORG:Body Shop',
        'X-ABShowAs:COMPANY',
        'ADR;TYPE=WORK:;Unit 2;12 Main St;Kansas City;MO;64105;US',
        'URL:https://shop.example',
        'EMAIL:shop@x.example',
      ),
    );
    expect(parsed.candidates).toEqual([
      {
        line: 1,
        kind: 'partner',
        partner: {
          name: 'Body Shop',
          status: 'prospect',
          email: 'shop@x.example',
          website: 'https://shop.example',
          address: '12 Main St\nUnit 2\nKansas City, MO 64105\nUS',
          tags: [],
        },
      },
    ]);
  });
});
