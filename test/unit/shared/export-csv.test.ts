import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  PARTNERS_CSV_HEADER,
  PEOPLE_CSV_HEADER,
  UTF8_BOM,
  birthdayFormatter,
  csvDocument,
  neutraliseCell,
  partnersToCsv,
  peopleToCsv,
} from '../../../shared/export/csv';
import type { Partner, Person } from '../../../shared/records';

const NOW = Date.UTC(2026, 0, 15, 12);

function person(fields: Partial<Person> = {}): Person {
  return {
    id: 'p1',
    createdAt: NOW,
    updatedAt: NOW,
    name: 'Dana Ruiz',
    emails: [],
    phones: [],
    relationship: 'client',
    tags: [],
    ...fields,
  };
}

function partner(fields: Partial<Partner> = {}): Partner {
  return {
    id: 'b1',
    createdAt: NOW,
    updatedAt: NOW,
    name: 'Acme Insurance',
    status: 'active',
    tags: [],
    ...fields,
  };
}

/** Parses the way a spreadsheet would: rows of cells, the BOM already checked and gone. */
function parse(text: string): string[][] {
  expect(text.startsWith(UTF8_BOM)).toBe(true);
  const result = Papa.parse<string[]>(text.slice(1), {
    delimiter: ',',
    newline: '\r\n',
    skipEmptyLines: true,
  });
  expect(result.errors).toEqual([]);
  return result.data;
}

/** The cells of one column, by header, from parsed rows. */
function column(rows: string[][], header: string): string[] {
  const index = rows[0]!.indexOf(header);
  expect(index, `column ${header}`).toBeGreaterThanOrEqual(0);
  return rows.slice(1).map((row) => row[index]!);
}

// Every cell quoted ("" inside), cells separated by commas, every row ended by CRLF.
const QUOTED_ROWS = /^(?:"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*\r\n)*$/;

describe('csvDocument', () => {
  it('starts with a BOM, quotes every cell and ends every row with CRLF', () => {
    const text = csvDocument(
      ['Name', 'Notes'],
      [
        ['Dana', 'plain'],
        ['Sam', undefined],
      ],
    );
    expect(text).toBe('\uFEFF"Name","Notes"\r\n"Dana","plain"\r\n"Sam",""\r\n');
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it.each([
    ['=', '=SUM(A1:A9)'],
    ['+', '+1 555 010 2000'],
    ['-', '-2+3'],
    ['@', '@SUM(1)'],
    ['tab', '\t=cmd'],
    ['CR', '\r=cmd'],
    ['LF', '\n=cmd'],
    ['NUL', '\0=cmd'],
    ['full-width =', '＝HYPERLINK("http://evil.example","x")'],
    ['full-width +', '＋1+1'],
    ['full-width -', '－2+3'],
    ['full-width @', '＠SUM(1)'],
    ['small =', '﹦1+1'],
    ['a space before =', ' =1+1'],
    ['spaces before full-width =', '  ＝1+1'],
    ['a no-break space before +', '\u00a0+1+1'],
    ['an ideographic space before -', '\u3000-2+3'],
  ])('neutralises a cell beginning with %s', (_name, value) => {
    const rows = parse(csvDocument(['Cell'], [[value]]));
    expect(rows[1]).toEqual([`'${value}`]);
  });

  it.each(['Dana', ' not first =', 'a=b', "'quoted", '1+1', 'Ｄana', ' '])(
    'leaves %j as it is',
    (value) => {
      expect(neutraliseCell(value)).toBe(value);
      expect(parse(csvDocument(['Cell'], [[value]]))[1]).toEqual([value]);
    },
  );

  it('doubles quotes and keeps commas, semicolons and line breaks inside a cell', () => {
    const values = ['Say "hi"', 'a, b; c', 'line one\nline two', 'windows\r\nbreak', '"'];
    const text = csvDocument(['A', 'B', 'C', 'D', 'E'], [values]);
    expect(text.slice(1)).toMatch(QUOTED_ROWS);
    expect(text).toContain('"Say ""hi"""');
    expect(parse(text)[1]).toEqual(values);
  });

  it('writes every cell of random rows so a CSV parser reads back the same cells', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.string({ unit: 'binary', maxLength: 12 }), {
            minLength: 3,
            maxLength: 3,
          }),
        ),
        (rows) => {
          const text = csvDocument(['A', 'B', 'C'], rows);
          expect(text.slice(1)).toMatch(QUOTED_ROWS);
          expect(parse(text).slice(1)).toEqual(rows.map((row) => row.map(neutraliseCell)));
        },
      ),
    );
  });
});

describe('peopleToCsv', () => {
  const partnerNames = new Map([['b1', 'Acme Insurance']]);

  it('writes every field under a header, with multi-values joined by "; "', () => {
    const rows = parse(
      peopleToCsv(
        [
          person({
            company: 'Ruiz & Co',
            title: 'Owner',
            emails: ['dana@example.com', 'd.ruiz@example.org'],
            phones: ['555 010 2000', '+1 555 010 2001'],
            relationship: 'partner contact',
            partnerId: 'b1',
            tags: ['champion', 'VIP'],
            howWeMet: 'Chamber breakfast',
            birthday: { month: 3, day: 14, year: 1980 },
            cadenceDays: 30,
            notes: 'Likes "tea".\nCall after 10.',
            lastTouch: '2026-01-10',
          }),
        ],
        { locale: 'en-US', partnerNames },
      ),
    );
    expect(rows[0]).toEqual([...PEOPLE_CSV_HEADER]);
    expect(Object.fromEntries(rows[0]!.map((header, i) => [header, rows[1]![i]]))).toEqual({
      Name: 'Dana Ruiz',
      Company: 'Ruiz & Co',
      Title: 'Owner',
      Emails: 'dana@example.com; d.ruiz@example.org',
      Phones: '555 010 2000; +1 555 010 2001',
      Relationship: 'Partner contact',
      Partner: 'Acme Insurance',
      Tags: 'champion; VIP',
      'How we met': 'Chamber breakfast',
      Birthday: 'March 14, 1980',
      'Keep-in-touch cadence (days)': '30',
      Notes: 'Likes "tea".\nCall after 10.',
      'Last touch': '2026-01-10',
      Added: '2026-01-15',
    });
  });

  it('neutralises a phone list that would start a formula, and leaves empty fields empty', () => {
    const rows = parse(
      peopleToCsv([person({ phones: ['+44 20 7946 0000'], partnerId: 'gone' })], {
        locale: 'en-US',
        partnerNames,
      }),
    );
    expect(column(rows, 'Phones')).toEqual(["'+44 20 7946 0000"]);
    expect(column(rows, 'Partner')).toEqual(['']);
    expect(column(rows, 'Birthday')).toEqual(['']);
    expect(column(rows, 'Company')).toEqual(['']);
  });

  it('gives one row per person, in the order given', () => {
    const people = ['Zoë', 'Ana', 'Émile'].map((name, i) => person({ id: `p${i}`, name }));
    const rows = parse(peopleToCsv(people, { partnerNames }));
    expect(column(rows, 'Name')).toEqual(['Zoë', 'Ana', 'Émile']);
  });
});

describe('birthdayFormatter', () => {
  it('writes birthdays in words, with or without the year', () => {
    const en = birthdayFormatter('en-US');
    expect(en({ month: 3, day: 14 })).toBe('March 14');
    expect(en({ month: 2, day: 29 })).toBe('February 29');
    expect(en({ month: 12, day: 31, year: 1999 })).toBe('December 31, 1999');
    expect(birthdayFormatter('de-DE')({ month: 3, day: 14 })).toBe('14. März');
  });
});

describe('partnersToCsv', () => {
  it('writes every field, status in words and won values as money', () => {
    const rows = parse(
      partnersToCsv(
        [
          partner({
            category: 'Insurance agent',
            website: 'acme.example',
            email: 'hello@acme.example',
            phone: '555 010 3000',
            address: '12 Main Street\nSpringfield',
            recommendation: 'They answer the phone on Sundays.',
            whatsInItForThem: 'Our clients need car insurance.',
            tags: ['champion'],
            cadenceDays: 14,
            notes: '=HYPERLINK("http://evil.example")',
            lastTouch: '2026-01-02',
          }),
        ],
        {
          locale: 'en-US',
          currency: 'USD',
          reciprocity: new Map([
            ['b1', { given: 2, received: 5, givenWonValue: 120000, receivedWonValue: 50 }],
          ]),
        },
      ),
    );
    expect(rows[0]).toEqual([...PARTNERS_CSV_HEADER]);
    expect(Object.fromEntries(rows[0]!.map((header, i) => [header, rows[1]![i]]))).toEqual({
      Name: 'Acme Insurance',
      Category: 'Insurance agent',
      Status: 'Active',
      Website: 'acme.example',
      Email: 'hello@acme.example',
      Phone: '555 010 3000',
      Address: '12 Main Street\nSpringfield',
      'Why we recommend them': 'They answer the phone on Sundays.',
      "What's in it for them": 'Our clients need car insurance.',
      Tags: 'champion',
      'Keep-in-touch cadence (days)': '14',
      Notes: '\'=HYPERLINK("http://evil.example")',
      'Last touch': '2026-01-02',
      'Referrals given': '2',
      'Referrals received': '5',
      'Won value given': '$1,200.00',
      'Won value received': '$0.50',
      Added: '2026-01-15',
    });
  });

  it('counts no referrals for a partner without any, in the currency’s own format', () => {
    const rows = parse(
      partnersToCsv([partner()], { locale: 'de-DE', currency: 'EUR', reciprocity: new Map() }),
    );
    expect(column(rows, 'Referrals given')).toEqual(['0']);
    expect(column(rows, 'Won value received')).toEqual(['0,00\u00a0€']);
  });

  it('exports 2,000 partners as 2,001 lines', () => {
    const many = Array.from({ length: 2000 }, (_, i) =>
      partner({ id: `b${i}`, name: `Partner ${i}`, notes: 'a\nb' }),
    );
    const rows = parse(
      partnersToCsv(many, { locale: 'en-US', currency: 'USD', reciprocity: new Map() }),
    );
    expect(rows).toHaveLength(2001);
    expect(rows[2000]![0]).toBe('Partner 1999');
  });
});

describe('random people → CSV → parser', () => {
  const text = fc.string({ unit: 'binary', maxLength: 30 });
  const optional = fc.option(text, { nil: undefined });
  const arbitraryPerson = fc.record({
    name: text,
    company: optional,
    title: optional,
    emails: fc.array(text, { maxLength: 3 }),
    phones: fc.array(text, { maxLength: 3 }),
    tags: fc.array(text, { maxLength: 3 }),
    howWeMet: optional,
    notes: optional,
    cadenceDays: fc.option(fc.integer({ min: 1, max: 3650 }), { nil: undefined }),
  });

  it('gives back the same cells, neutralised where they would start a formula', () => {
    fc.assert(
      fc.property(fc.array(arbitraryPerson, { maxLength: 8 }), (drafts) => {
        const people = drafts.map((draft, i) => person({ id: `p${i}`, ...draft }));
        const rows = parse(peopleToCsv(people, { partnerNames: new Map() }));
        expect(rows).toHaveLength(people.length + 1);
        const expected = (values: (string | undefined)[]) =>
          values.map((value) => neutraliseCell(value ?? ''));
        expect(column(rows, 'Name')).toEqual(expected(people.map((p) => p.name)));
        expect(column(rows, 'Company')).toEqual(expected(people.map((p) => p.company)));
        expect(column(rows, 'Notes')).toEqual(expected(people.map((p) => p.notes)));
        expect(column(rows, 'Emails')).toEqual(expected(people.map((p) => p.emails.join('; '))));
        expect(column(rows, 'Tags')).toEqual(expected(people.map((p) => p.tags.join('; '))));
        expect(column(rows, 'Keep-in-touch cadence (days)')).toEqual(
          people.map((p) => (p.cadenceDays === undefined ? '' : String(p.cadenceDays))),
        );
      }),
    );
  });
});
