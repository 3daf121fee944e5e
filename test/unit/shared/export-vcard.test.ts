import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  birthdayValue,
  escapeComponent,
  escapeText,
  foldLine,
  partnerToVCard,
  personToVCard,
  toVCardFile,
} from '../../../shared/export/vcard';
import type { Partner, Person } from '../../../shared/records';

const NOW = Date.UTC(2026, 0, 15, 12, 30, 5);
const DANA_ID = '3f2b8c1e-5d4a-4e7b-9c1f-2a3b4c5d6e7f';

function person(fields: Partial<Person> = {}): Person {
  return {
    id: DANA_ID,
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
    id: 'partner-1',
    createdAt: NOW,
    updatedAt: NOW,
    name: 'Acme Insurance',
    status: 'active',
    tags: [],
    ...fields,
  };
}

/** Reads a card with ical.js (an independent vCard parser): property name → values. */
function read(text: string): Map<string, unknown[]> {
  const card = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const properties = new Map<string, unknown[]>();
  for (const property of card.getAllProperties()) {
    const values = property.getValues().map((value) => (value as object).toString());
    properties.set(property.name, [...(properties.get(property.name) ?? []), ...values]);
  }
  return properties;
}

const lines = (text: string) => text.split('\r\n');
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('escaping', () => {
  it('escapes backslash, comma and line breaks in text, and semicolons in components', () => {
    expect(escapeText('a\\b, c; d\ne\r\nf')).toBe('a\\\\b\\, c; d\\ne\\nf');
    expect(escapeComponent('Ruiz; Sons, Ltd')).toBe('Ruiz\\; Sons\\, Ltd');
  });

  it('round-trips awkward text through a real vCard parser', () => {
    const notes = 'Line one; with "quotes", commas\nand a \\ backslash\r\nLast line';
    const card = read(personToVCard(person({ notes, company: 'Ruiz; Sons, Ltd' })));
    expect(card.get('note')).toEqual([notes.replace('\r\n', '\n')]);
    expect(card.get('org')).toEqual(['Ruiz; Sons, Ltd']);
  });
});

describe('folding', () => {
  it('leaves lines of 75 octets alone and folds longer ones with CRLF and a space', () => {
    const exact = `NOTE:${'a'.repeat(70)}`;
    expect(foldLine(exact)).toBe(exact);
    const long = `NOTE:${'b'.repeat(200)}`;
    const folded = foldLine(long);
    for (const line of lines(folded)) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    expect(
      lines(folded)
        .slice(1)
        .every((line) => line.startsWith(' ')),
    ).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
  });

  it('never splits a character’s UTF-8 bytes, emoji included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }), (text) => {
        const line = `NOTE:${text}`;
        const folded = foldLine(line);
        for (const part of lines(folded)) {
          expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
          // A split surrogate pair would show up as a lone surrogate in a part.
          expect(part).not.toMatch(LONE_SURROGATE);
        }
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }),
    );
  });
});

describe('personToVCard', () => {
  it('writes a 4.0 card with every field a contact app knows, lines ending in CRLF', () => {
    const text = personToVCard(
      person({
        company: 'Ruiz Auto',
        title: 'Owner',
        emails: ['dana@example.com', 'dana@work.example'],
        phones: ['+1 555 010 2000'],
        tags: ['champion', 'a, b'],
        birthday: { month: 3, day: 14 },
        notes: 'Met at the chamber breakfast.',
      }),
    );
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCARD\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines(text)).toContain(`UID:urn:uuid:${DANA_ID}`);
    expect(lines(text)).toContain('N:Ruiz;Dana;;;');
    expect(lines(text)).toContain('BDAY:--0314');
    expect(lines(text)).toContain('CATEGORIES:champion,a\\, b');
    expect(lines(text)).toContain('REV:20260115T123005Z');
    expect(lines(text)).not.toContain('KIND:org');

    const card = read(text);
    expect(card.get('fn')).toEqual(['Dana Ruiz']);
    expect(card.get('org')).toEqual(['Ruiz Auto']);
    expect(card.get('title')).toEqual(['Owner']);
    expect(card.get('email')).toEqual(['dana@example.com', 'dana@work.example']);
    expect(card.get('tel')).toEqual(['+1 555 010 2000']);
    expect(card.get('categories')).toEqual(['champion', 'a, b']);
    expect(card.get('note')).toEqual(['Met at the chamber breakfast.']);
  });

  it('leaves out what the person does not have', () => {
    const text = personToVCard(person({ name: 'Cher' }));
    expect(lines(text)).toContain('N:;Cher;;;');
    for (const name of ['ORG', 'TITLE', 'EMAIL', 'TEL', 'BDAY', 'CATEGORIES', 'NOTE']) {
      expect(text).not.toMatch(new RegExp(`^${name}[:;]`, 'm'));
    }
  });

  it('keeps an id that is not a UUID as a text UID', () => {
    expect(lines(personToVCard(person({ id: 'p,1' })))).toContain('UID:p\\,1');
  });

  it('writes the birthday year when it is known', () => {
    expect(birthdayValue({ month: 2, day: 29, year: 1996 })).toBe('19960229');
    expect(birthdayValue({ month: 12, day: 1 })).toBe('--1201');
  });
});

describe('partnerToVCard', () => {
  it('writes a KIND:org card with the business’s details', () => {
    const text = partnerToVCard(
      partner({
        category: 'Insurance agent',
        email: 'hello@acme.example',
        phone: '555 010 3000',
        website: 'https://acme.example',
        address: '12 Main Street\nSpringfield; IL',
        tags: ['champion'],
        notes: 'Sunday hours.',
      }),
    );
    expect(lines(text)).toContain('KIND:org');
    expect(lines(text)).toContain('ADR:;;12 Main Street\\nSpringfield\\; IL;;;;');
    expect(lines(text)).toContain('UID:partner-1');
    expect(text).not.toMatch(/^N:/m);
    const card = read(text);
    expect(card.get('fn')).toEqual(['Acme Insurance']);
    expect(card.get('org')).toEqual(['Acme Insurance']);
    expect(card.get('email')).toEqual(['hello@acme.example']);
    expect(card.get('tel')).toEqual(['555 010 3000']);
    expect(card.get('url')).toEqual(['https://acme.example']);
    expect(card.get('categories')).toEqual(['champion']);
    expect(card.get('x-handshake-category')).toEqual(['Insurance agent']);
    expect(card.get('note')).toEqual(['Sunday hours.']);
  });
});

describe('toVCardFile', () => {
  it('puts one card per person, then one per partner, in one file', () => {
    const text = toVCardFile(
      [person({ id: 'a', name: 'Ana' }), person({ id: 'b', name: 'Ben' })],
      [partner()],
    );
    expect(text.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(3);
    expect(text.match(/^END:VCARD\r$/gm)).toHaveLength(3);
    const jcards = ICAL.parse(text) as unknown[][];
    expect(jcards).toHaveLength(3);
  });

  it('is empty for no records', () => {
    expect(toVCardFile([], [])).toBe('');
  });
});
