/**
 * Hostile contacts files against the import (SECURITY.md): each row of the tables is a
 * defence that, removed, lets the file through; the chunked CSV reader reads the same
 * rows as one pass; and random or mutated files never throw past readContactsFile.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../../shared/import/csv';
import {
  MAX_FIELD_CHARS,
  MAX_IMPORT_ROWS,
  fieldTooLongMessage,
  rowTooLongMessage,
  tooManyRowsMessage,
} from '../../../../shared/import/limits';
import { MAX_IMPORT_BYTES, readContactsFile } from '../../../../shared/import/read';
import type { ReadResult } from '../../../../shared/import/types';

const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (text: string, name: string) => readContactsFile(utf8(text), name);

function message(result: ReadResult): string {
  if (result.status !== 'error') throw new Error(`expected an error, got ${result.status}`);
  return result.message;
}

const csvRows = (count: number) =>
  Array.from({ length: count }, (_, i) => `Person ${i},p${i}@example.com\r\n`).join('');
const card = (i: number, more = '') =>
  `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ${i}\r\n${more}END:VCARD\r\n`;
const cards = (count: number) => Array.from({ length: count }, (_, i) => card(i)).join('');

describe('CSV import: hostile files are refused with their sentence', () => {
  const HEADER = 'Name,Email\r\n';
  const GOOGLE = 'First Name,Last Name,E-mail 1 - Value,Notes\r\n';
  const table: [string, string, string][] = [
    ['more than 100,000 rows', HEADER + csvRows(MAX_IMPORT_ROWS + 1), tooManyRowsMessage('x.csv')],
    [
      'more than 100,000 rows of a recognised format',
      GOOGLE + csvRows(MAX_IMPORT_ROWS + 1).replace(/,/g, ',,'),
      tooManyRowsMessage('x.csv'),
    ],
    [
      // The refusal comes where the limit is met: the broken row after it is never read.
      'more than 100,000 rows, then a broken one',
      HEADER + csvRows(MAX_IMPORT_ROWS + 1) + 'a,b,c,d\r\n"never closed',
      tooManyRowsMessage('x.csv'),
    ],
    [
      'a cell longer than 100,000 characters',
      `${HEADER}Dana,d@example.com\r\nSam,"${'x'.repeat(MAX_FIELD_CHARS + 1)}"\r\n`,
      fieldTooLongMessage('x.csv', 3),
    ],
    [
      'an over-long cell in a recognised format',
      `${GOOGLE}Dana,Ruiz,d@example.com,${'n'.repeat(MAX_FIELD_CHARS + 1)}\r\n`,
      fieldTooLongMessage('x.csv', 2),
    ],
    [
      'an over-long header',
      `Name,${'h'.repeat(MAX_FIELD_CHARS + 1)}\r\nDana,x\r\n`,
      fieldTooLongMessage('x.csv', 1),
    ],
    [
      // An unclosed quote in a large file: the row is never finished, so never re-read.
      'a quote never closed in 3 MB',
      `${HEADER}Dana,"${'word '.repeat(600_000)}`,
      rowTooLongMessage('x.csv', 2),
    ],
  ];
  it.each(table)('%s', (_, text, expected) => {
    expect(message(read(text, 'x.csv'))).toBe(expected);
  });

  it('reads a file of exactly 100,000 rows, and cells of exactly 100,000 characters', () => {
    const result = read(`Name,Email\r\n${csvRows(MAX_IMPORT_ROWS)}`, 'x.csv');
    if (result.status !== 'needs-mapping') throw new Error(JSON.stringify(result).slice(0, 300));
    expect(result.table.rows).toHaveLength(MAX_IMPORT_ROWS);
    const long = read(`Name,Notes\r\nDana,"${'x'.repeat(MAX_FIELD_CHARS)}"\r\n`, 'x.csv');
    expect(long.status).toBe('needs-mapping');
  });

  it('refuses a file over 50 MB before decoding it', () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41);
    expect(message(readContactsFile(bytes, 'big.csv'))).toMatch(/larger than 50 MB/);
  });
});

describe('vCard import: hostile files are refused with their sentence', () => {
  const table: [string, string, string][] = [
    ['more than 100,000 cards', cards(MAX_IMPORT_ROWS + 1), tooManyRowsMessage('x.vcf')],
    [
      'more than 100,000 cards, then one never closed',
      cards(MAX_IMPORT_ROWS + 1) + 'BEGIN:VCARD\r\nFN:Open\r\n',
      tooManyRowsMessage('x.vcf'),
    ],
    [
      'a NOTE longer than 100,000 characters',
      card(0) + card(1, `NOTE:${'n'.repeat(MAX_FIELD_CHARS)}\r\n`),
      fieldTooLongMessage('x.vcf', 8),
    ],
    [
      'a folded FN longer than 100,000 characters',
      card(0, `FN:${'a\r\n '.repeat(MAX_FIELD_CHARS)}\r\n`),
      fieldTooLongMessage('x.vcf', 4),
    ],
  ];
  it.each(table)('%s', (_, text, expected) => {
    expect(message(read(text, 'x.vcf'))).toBe(expected);
  });

  it('reads 100,000 cards, and a photo longer than any field', () => {
    const result = read(cards(MAX_IMPORT_ROWS), 'x.vcf');
    if (result.status !== 'recognised') throw new Error(JSON.stringify(result).slice(0, 300));
    expect(result.parsed.candidates).toHaveLength(MAX_IMPORT_ROWS);
    const photo = read(card(0, `PHOTO;ENCODING=b:${'QUJD'.repeat(MAX_FIELD_CHARS)}\r\n`), 'x.vcf');
    expect(photo.status).toBe('recognised');
  });
});

describe('the chunked CSV reader', () => {
  const cell = fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.constantFrom('"a ""quoted"" cell"', '"two\r\nlines"', '"lone\rCR"', '""', ' ', '"open'),
  );
  const csv = fc
    .tuple(
      fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
      fc.constantFrom('\r\n', '\n', '\r'),
    )
    .map(([rows, newline]) => rows.map((row) => row.join(',')).join(newline));

  it('reads the same rows, lines and refusals whatever the chunk size', () => {
    fc.assert(
      fc.property(csv, fc.integer({ min: 1, max: 40 }), (text, chunk) => {
        const whole = readCsv(text, 'x.csv', ',', 1 << 30);
        expect(readCsv(text, 'x.csv', ',', chunk)).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });
});

describe('reading mutated sample files never throws', () => {
  const SAMPLES = [
    'First Name,Last Name,E-mail 1 - Value,Phone 1 - Value,Notes,Labels\r\nDana,Ruiz,dana@example.com,555 0100,"Met at ""the fair""\r\nLikes tea",* myContacts ::: VIP\r\n',
    'Name,Email,Company\r\nChloé,chloé@exämple.fr,Café\r\n',
    'BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Dubois=C3=A9;Am=C3=A9lie\r\nTEL;CELL;PREF:555\r\nEND:VCARD\r\n',
    'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Lee Patel\r\nEMAIL;TYPE=work:lee@example.com\r\nNOTE:a\\nb\\, c\r\nBDAY:--0314\r\nEND:VCARD\r\n',
  ];
  const mutation = fc.oneof(
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.string({ maxLength: 8 }),
    }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 8 }) }),
    fc.record({
      kind: fc.constant('repeat' as const),
      at: fc.nat(),
      length: fc.nat({ max: 40 }),
      times: fc.integer({ min: 2, max: 50 }),
    }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  );

  it('inserts, deletions, repeats and truncations', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SAMPLES),
        fc.array(mutation, { maxLength: 6 }),
        fc.constantFrom('a.csv', 'a.vcf'),
        (sample, mutations, name) => {
          let text = sample;
          for (const m of mutations) {
            const at = m.at % (text.length + 1);
            if (m.kind === 'insert') text = text.slice(0, at) + m.text + text.slice(at);
            else if (m.kind === 'delete') text = text.slice(0, at) + text.slice(at + m.length);
            else if (m.kind === 'repeat')
              text =
                text.slice(0, at) + text.slice(at, at + m.length).repeat(m.times) + text.slice(at);
            else text = text.slice(0, at);
          }
          const result = readContactsFile(utf8(text), name);
          expect(['error', 'recognised', 'needs-mapping']).toContain(result.status);
          if (result.status === 'error') expect(result.message).toMatch(/Nothing was imported\.$/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
