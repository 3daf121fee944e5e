/**
 * Hostile record text against every export (SECURITY.md): a table of inputs per format,
 * each row failing if its defence is removed, and a property that random text never adds
 * a row, a column, a line or a property to a CSV, vCard or iCalendar file.
 */
/* eslint-disable no-control-regex -- these tests look for control characters */
import fc from 'fast-check';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { DueItem } from '../../../shared/attention/types';
import { buildCalendar } from '../../../shared/calendar/ics';
import { UTF8_BOM, partnersToCsv, peopleToCsv } from '../../../shared/export/csv';
import { toVCardFile } from '../../../shared/export/vcard';
import type { Partner, Person } from '../../../shared/records';

const NOW = Date.UTC(2026, 0, 15, 12);

function person(name: string, more: Partial<Person> = {}): Person {
  return {
    id: 'p1',
    createdAt: NOW,
    updatedAt: NOW,
    name,
    emails: [],
    phones: [],
    relationship: 'client',
    tags: [],
    ...more,
  };
}

function partner(name: string, more: Partial<Partner> = {}): Partner {
  return { id: 'b1', createdAt: NOW, updatedAt: NOW, name, status: 'active', tags: [], ...more };
}

function item(name: string, explanation = `Say thanks to ${name}`): DueItem {
  return {
    key: 'thank:referral:r1',
    reason: 'thank',
    subject: { kind: 'person', id: 'p1', name },
    dueDate: '2026-01-20',
    explanation,
    personIds: ['p1'],
    partnerIds: [],
  };
}

function csvRows(text: string): string[][] {
  expect(text.startsWith(UTF8_BOM)).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ',', newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  // The file ends with CRLF, which papaparse reads as one last empty row.
  expect(parsed.data.pop()).toEqual(['']);
  return parsed.data;
}

/** The content lines of a vCard or iCalendar file, unfolded. */
function contentLines(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) expect(line).not.toMatch(/[\r\n\u0085\u2028\u2029]/);
  return physical
    .join('\r\n')
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
}

const FORMULAS: [string, string][] = [
  ['= at the start', '=1+1'],
  ['+ at the start', '+1+1'],
  ['- at the start', '-2+3'],
  ['@ at the start', '@SUM(A1)'],
  ['a tab at the start', '\t=1+1'],
  ['a CR at the start', '\r=1+1'],
  ['a LF at the start', '\n=1+1'],
  ['a NUL at the start', '\0=1+1'],
  ['full-width ＝', '＝HYPERLINK("http://evil.example","x")'],
  ['full-width ＋', '＋1+1'],
  ['full-width －', '－2+3'],
  ['full-width ＠', '＠SUM(A1)'],
  ['small ﹦', '﹦1+1'],
  ['a space, then =', ' =1+1'],
  ['an ideographic space, then ＝', '\u3000＝1+1'],
];

describe('CSV export: a cell that could run as a formula is neutralised', () => {
  it.each(FORMULAS)('%s', (_, text) => {
    const people = csvRows(
      peopleToCsv([person(text, { notes: text, tags: [] })], { partnerNames: new Map() }),
    );
    expect(people).toHaveLength(2);
    expect(people[1]![0]).toBe(`'${text}`);
    expect(people[1]![people[0]!.indexOf('Notes')]).toBe(`'${text}`);
    const partners = csvRows(
      partnersToCsv([partner(text, { address: text })], {
        currency: 'USD',
        reciprocity: new Map(),
      }),
    );
    expect(partners[1]![0]).toBe(`'${text}`);
    expect(partners[1]![partners[0]!.indexOf('Address')]).toBe(`'${text}`);
  });
});

const BREAKS: [string, string][] = [
  ['a lone CR', 'Dana\rEND:VCARD'],
  ['a lone LF', 'Dana\nEND:VCARD'],
  ['CRLF', 'Dana\r\nEND:VCARD'],
  ['NEL', 'Dana\u0085END:VCARD'],
  ['a line separator', 'Dana\u2028END:VCARD'],
  ['a paragraph separator', 'Dana\u2029END:VCARD'],
  ['a vertical tab', 'Dana\u000bEND:VCARD'],
  ['a form feed', 'Dana\u000cEND:VCARD'],
  ['a NUL', 'Dana\u0000END:VCARD'],
  ['an escape', 'Dana\u001bEND:VCARD'],
  ['DEL', 'Dana\u007fEND:VCARD'],
];

describe('vCard export: no text starts a line or carries a control character', () => {
  it.each(BREAKS)('%s', (_, text) => {
    const file = toVCardFile(
      [person(text, { company: text, notes: text, tags: [text] })],
      [partner(text, { address: text })],
    );
    const lines = contentLines(file);
    expect(lines.filter((line) => line === 'END:VCARD')).toHaveLength(2);
    expect(lines.filter((line) => /^END:/.test(line))).toHaveLength(2);
    for (const line of lines) expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});

describe('iCalendar export: no text starts a line or carries a control character', () => {
  it.each(BREAKS.map(([what, text]) => [what, text.replace('END:VCARD', 'END:VEVENT')]))(
    '%s',
    (_, text) => {
      const file = buildCalendar([item(text, text)], { today: '2026-01-15', now: new Date(NOW) });
      const lines = contentLines(file);
      expect(lines.filter((line) => line.startsWith('END:'))).toHaveLength(2);
      for (const line of lines)
        expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      const event = new ICAL.Component(ICAL.parse(file)).getFirstSubcomponent('vevent')!;
      expect(event.getFirstPropertyValue('summary')).toMatch(/^Thank Dana ?END:VEVENT$/);
    },
  );
});

describe('random record text never adds a row, a line or a property', () => {
  // Strings rich in what breaks files: line breaks of every kind, controls, formula signs,
  // quotes, separators and escapes, among arbitrary Unicode.
  const nasty = fc.constantFrom(
    '\r',
    '\n',
    '\r\n',
    '\u0085',
    '\u2028',
    '\u2029',
    '\0',
    '\u000b',
    '\u001b',
    '"',
    ',',
    ';',
    ':',
    '\\',
    '=',
    '＝',
    '+',
    '-',
    '@',
    '\t',
    ' ',
    'END:VCARD',
    'BEGIN:VEVENT',
  );
  const text = fc
    .array(fc.oneof(nasty, fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 12 })
    .map((parts) => parts.join(''));
  // A name the schema takes has something to show (a name of only controls is none).
  const name = text.filter((value) => /[\p{L}\p{N}]/u.test(value));

  it('CSV: one row per record, every row as wide as the header, every cell as written', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(name, text, text), { minLength: 1, maxLength: 5 }),
        (records) => {
          const people = records.map(([n, company, notes], i) =>
            person(n, { id: `p${i}`, company, notes }),
          );
          const rows = csvRows(peopleToCsv(people, { partnerNames: new Map() }));
          expect(rows).toHaveLength(people.length + 1);
          for (const row of rows) expect(row).toHaveLength(rows[0]!.length);
          rows.slice(1).forEach((row, i) => {
            const written = row[0]!;
            expect(written.startsWith("'") ? written.slice(1) : written).toBe(people[i]!.name);
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('vCard: the same properties whatever the text, and the text read back', () => {
    fc.assert(
      fc.property(name, text, text, (n, company, notes) => {
        const file = toVCardFile([person(n, { company, notes })]);
        const lines = contentLines(file);
        const names = lines.map((line) => /^[A-Z-]+/.exec(line)?.[0]);
        const expected = ['BEGIN', 'VERSION', 'PRODID', 'UID', 'FN', 'N'];
        expect(names.slice(0, 6)).toEqual(expected);
        expect(names.filter((property) => property === undefined)).toEqual([]);
        expect(names.filter((property) => property === 'END')).toHaveLength(1);
        const card = new ICAL.Component(ICAL.parse(file));
        const fn = card.getFirstPropertyValue('fn') as string;
        // Written without controls; line breaks as \n, read back as line breaks.
        expect(fn).toBe(
          n
            .trim()
            .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g, '')
            .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, '\n'),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('iCalendar: one event of the same properties whatever the text', () => {
    fc.assert(
      fc.property(name, text, (n, explanation) => {
        const file = buildCalendar([item(n, explanation)], {
          today: '2026-01-15',
          now: new Date(NOW),
        });
        const lines = contentLines(file);
        expect(lines.map((line) => /^[A-Z-]+/.exec(line)?.[0])).toEqual([
          'BEGIN',
          'PRODID',
          'VERSION',
          'CALSCALE',
          'METHOD',
          'X-WR-CALNAME',
          'BEGIN',
          'UID',
          'DTSTAMP',
          'DTSTART',
          'DTEND',
          'SUMMARY',
          'DESCRIPTION',
          'TRANSP',
          'END',
          'END',
        ]);
        const event = new ICAL.Component(ICAL.parse(file)).getFirstSubcomponent('vevent')!;
        expect(event.getFirstPropertyValue('summary')).not.toMatch(/[\r\n]/);
      }),
      { numRuns: 100 },
    );
  });
});
