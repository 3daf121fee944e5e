/**
 * Whole files: bad ones refused with one sentence, encodings and delimiters detected (and
 * overridable), unrecognised CSV handed to the mapping step.
 */
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, readContactsFile } from '../../../../shared/import/read';
import type { ReadOptions, ReadResult } from '../../../../shared/import/types';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const bytes = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const code = units.charCodeAt(i);
    bytes[i * 2 + (endian === 'le' ? 0 : 1)] = code & 0xff;
    bytes[i * 2 + (endian === 'le' ? 1 : 0)] = code >> 8;
  }
  return bytes;
}

/** Windows-1252 for the Latin-1 range the tests use (ë is 0xEB, é is 0xE9). */
const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

function message(result: ReadResult): string {
  if (result.status !== 'error') throw new Error(`expected an error, got ${result.status}`);
  return result.message;
}

function recognisedNames(result: ReadResult): string[] {
  if (result.status !== 'recognised') throw new Error(JSON.stringify(result));
  return result.parsed.candidates.map((c) =>
    c.kind === 'person' ? c.person.name : c.partner.name,
  );
}

const LINKEDIN = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n';

describe('bad files get one sentence and nothing parsed', () => {
  const cases: [string, Uint8Array | string, string][] = [
    [
      'a PDF renamed .csv',
      '%PDF-1.7\n%âãÏÓ\n1 0 obj',
      '“contacts.csv” looks like a PDF document, not a CSV or vCard file. Nothing was imported.',
    ],
    [
      'a PNG renamed .csv',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      '“contacts.csv” looks like a PNG image, not a CSV or vCard file. Nothing was imported.',
    ],
    [
      'a JPEG renamed .csv',
      new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]),
      '“contacts.csv” looks like a JPEG image, not a CSV or vCard file. Nothing was imported.',
    ],
    [
      'an Excel workbook (ZIP) renamed .csv',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
      '“contacts.csv” looks like a ZIP archive or an Excel workbook, not a CSV or vCard file. Nothing was imported.',
    ],
    [
      'NUL bytes in an 8-bit file',
      'Name,Email\r\nDana\u0000Ruiz,dana@example.com\r\n',
      '“contacts.csv” looks like binary data, not a CSV or vCard file. Nothing was imported.',
    ],
    ['an empty file', '', '“contacts.csv” is empty. Nothing was imported.'],
    [
      'only blank lines and a BOM',
      '\uFEFF\r\n  \r\n',
      '“contacts.csv” is empty. Nothing was imported.',
    ],
    [
      'a header only',
      'Name,Email,Phone\r\n',
      '“contacts.csv” has a header row but no contacts. Nothing was imported.',
    ],
    [
      'a LinkedIn header after its preamble, and no rows',
      `\uFEFFNotes:\r\n"When exporting…"\r\n\r\n${LINKEDIN}`,
      '“contacts.csv” has a header row but no contacts. Nothing was imported.',
    ],
    [
      'an unterminated quote',
      'Name,Notes\r\nDana,"fine"\r\nSam,"never closed\r\nLee,x\r\n',
      '“contacts.csv” has a quoted cell that is never closed properly (starting on line 3), so it cannot be read. Nothing was imported.',
    ],
    [
      'a row wider than the header',
      'Name,Email\r\nDana,dana@example.com\r\n"Sam\r\nO\'Neil",sam@example.com,extra\r\n',
      'Line 3 of “contacts.csv” has more cells than the header row, so its columns cannot be matched. Nothing was imported.',
    ],
  ];

  it.each(cases)('%s', (_, content, expected) => {
    const bytes = typeof content === 'string' ? utf8(content) : content;
    expect(message(readContactsFile(bytes, 'contacts.csv'))).toBe(expected);
  });

  it('a vCard without END:VCARD', () => {
    const text = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dana\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Sam\r\n';
    expect(message(readContactsFile(utf8(text), 'people.vcf'))).toBe(
      '“people.vcf” has a card starting on line 5 that never ends (END:VCARD is missing), so it cannot be read. Nothing was imported.',
    );
  });

  it('a .vcf that is not a vCard', () => {
    expect(message(readContactsFile(utf8('Name,Email\r\nDana,d@x.com\r\n'), 'people.vcf'))).toBe(
      '“people.vcf” does not start with BEGIN:VCARD, so it is not a vCard file. Nothing was imported.',
    );
  });

  it('a file over 50 MB, before reading a byte of it', () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES + 1);
    expect(message(readContactsFile(bytes, 'huge.csv'))).toBe(
      '“huge.csv” is larger than 50 MB, which is more than any contact list or backup should be. Nothing was imported.',
    );
  });

  it('empty cells past the header are harmless (a trailing delimiter)', () => {
    const result = readContactsFile(utf8('Name,Email\r\nDana,dana@example.com,,\r\n'), 'a.csv');
    expect(result.status).toBe('needs-mapping');
  });
});

describe('encodings', () => {
  const cases: [string, (text: string) => Uint8Array, string][] = [
    ['UTF-8', utf8, 'utf-8'],
    ['UTF-8 with BOM', (text) => utf8(`\uFEFF${text}`), 'utf-8'],
    ['UTF-16 LE with BOM', (text) => utf16(text, 'le', true), 'utf-16le'],
    ['UTF-16 BE with BOM', (text) => utf16(text, 'be', true), 'utf-16be'],
    ['UTF-16 LE without BOM', (text) => utf16(text, 'le', false), 'utf-16le'],
    ['UTF-16 BE without BOM', (text) => utf16(text, 'be', false), 'utf-16be'],
    ['Windows-1252', latin1, 'windows-1252'],
  ];

  it.each(cases)('%s: a recognised export', (_, encode) => {
    const csv = `${LINKEDIN}Zoë,Kowalczyk,,zoe@example.com,Massage,Therapist,30 Jun 2025\r\n`;
    expect(recognisedNames(readContactsFile(encode(csv), 'Connections.csv'))).toEqual([
      'Zoë Kowalczyk',
    ]);
  });

  it.each(cases)('%s: detected and told to the mapping step', (_, encode, encoding) => {
    const result = readContactsFile(encode('Nom,Courriel\r\nZoë,zoe@example.com\r\n'), 'x.csv');
    if (result.status !== 'needs-mapping') throw new Error(JSON.stringify(result));
    expect(result.table.encoding).toBe(encoding);
    expect(result.table.rows[0]?.cells).toEqual(['Zoë', 'zoe@example.com']);
  });

  it('the owner can override the encoding', () => {
    const bytes = utf8(`Name\r\nZoë\r\n`);
    const result = readContactsFile(bytes, 'x.csv', { encoding: 'windows-1252' });
    expect(result.status === 'needs-mapping' && result.table.rows[0]?.cells[0]).toBe('ZoÃ«');
  });
});

describe('delimiters', () => {
  const rows = (d: string) =>
    `Name${d}Email${d}Company\r\nDana Ruiz${d}dana@example.com${d}"Ruiz${d} Inc."\r\nSam${d}sam@example.com${d}\r\n`;

  it.each([',', ';', '\t', '|'] as const)('detects %j', (delimiter) => {
    const result = readContactsFile(utf8(rows(delimiter)), 'x.csv');
    if (result.status !== 'needs-mapping') throw new Error(JSON.stringify(result));
    expect(result.table.delimiter).toBe(delimiter);
    expect(result.table.header).toEqual(['Name', 'Email', 'Company']);
    expect(result.table.rows).toEqual([
      { line: 2, cells: ['Dana Ruiz', 'dana@example.com', `Ruiz${delimiter} Inc.`] },
      { line: 3, cells: ['Sam', 'sam@example.com', ''] },
    ]);
    expect(result.suggested).toEqual(['name', 'email', 'company']);
  });

  it('the owner can override the delimiter', () => {
    const options: ReadOptions = { delimiter: ';' };
    const result = readContactsFile(utf8(rows(',')), 'x.csv', options);
    expect(result.status === 'needs-mapping' && result.table.header).toEqual([
      'Name,Email,Company',
    ]);
  });

  it('a one-column list still reads', () => {
    const result = readContactsFile(utf8('Name\nDana Ruiz\nSam Lee\n'), 'x.csv');
    expect(result.status === 'needs-mapping' && result.table.rows.map((r) => r.line)).toEqual([
      2, 3,
    ]);
  });
});
