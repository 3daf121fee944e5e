/**
 * People and partners as vCard 4.0 (RFC 6350): one card per person, and one `KIND:org`
 * card per partner, so address books and phones take them in and Handshake's own import
 * reads them back unchanged.
 *
 * Written by hand rather than with a library: writing is the easy direction (every value
 * is escaped and every line folded the same way), and the vCard libraries' weight is in
 * parsing the many dialects met on import.
 */
import type { Birthday, Partner, Person } from '../records';
import { plainText } from './plain-text';

/**
 * RFC 6350 §3.4: in a text value, backslash, comma and line breaks are escaped (commas
 * separate the items of a list value). In a component of a structured value (N, ADR,
 * ORG) semicolons separate the components, so they are escaped there too — and only
 * there: a `\;` in plain text is not valid 4.0 and some readers would keep the backslash.
 */
export function escapeText(value: string): string {
  // Every line break (a lone CR, NEL, U+2028 too) becomes `\n` and control characters go
  // (./plain-text.ts): a value can never start a line, and so a property, of its own.
  return plainText(
    value.replace(/[\\,]/g, (char) => `\\${char}`),
    '\\n',
  );
}

export function escapeComponent(value: string): string {
  return escapeText(value).replace(/;/g, '\\;');
}

const encoder = new TextEncoder();

/** UTF-8 length of one code point, without encoding it. */
function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * RFC 6350 §3.2: lines longer than 75 octets are folded with CRLF and a space. Breaks
 * fall between code points, never inside a character's UTF-8 bytes; each continuation's
 * leading space counts towards its 75.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  let folded = '';
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const length = octets(char.codePointAt(0)!);
    if (size + length > limit) {
      folded += `${current}\r\n `;
      current = '';
      size = 0;
      limit = 74;
    }
    current += char;
    size += length;
  }
  return folded + current;
}

/** A birthday as BDAY: `--MMDD` when the year is unknown (RFC 6350 §4.3.1), else YYYYMMDD. */
export function birthdayValue({ month, day, year }: Birthday): string {
  const mmdd = `${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
  return year === undefined ? `--${mmdd}` : `${year}${mmdd}`;
}

/** REV: when the record last changed, as a UTC timestamp. */
function timestampValue(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** UID from the record id, so a card exported twice is recognised as the same contact. */
function uidValue(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : escapeText(id);
}

/**
 * N's components (family; given; additional; prefixes; suffixes) from one name field:
 * the last word is taken as the family name, as address books do when splitting.
 */
function structuredName(name: string): string {
  const words = name.trim().split(/\s+/);
  const family = words.length > 1 ? words.pop()! : '';
  return `${escapeComponent(family)};${escapeComponent(words.join(' '))};;;`;
}

class Card {
  private lines = ['BEGIN:VCARD', 'VERSION:4.0'];

  /** Adds `NAME:value` when there is a value; the value is written as given (escaped). */
  raw(name: string, value: string | undefined): this {
    if (value !== undefined && value !== '') this.lines.push(`${name}:${value}`);
    return this;
  }

  text(name: string, value: string | undefined, escape = escapeText): this {
    return this.raw(name, value?.trim() ? escape(value.trim()) : undefined);
  }

  each(name: string, values: readonly string[]): this {
    for (const value of values) this.text(name, value);
    return this;
  }

  /** CATEGORIES: one property, items separated by unescaped commas. */
  list(name: string, values: readonly string[]): this {
    const items = values.map((value) => value.trim()).filter(Boolean);
    return this.raw(name, items.length > 0 ? items.map(escapeText).join(',') : undefined);
  }

  toString(): string {
    return [...this.lines, 'END:VCARD'].map(foldLine).join('\r\n') + '\r\n';
  }
}

const PRODID = '-//Handshake//Handshake//EN';

export function personToVCard(person: Person): string {
  const card = new Card()
    .raw('PRODID', PRODID)
    .raw('UID', uidValue(person.id))
    .text('FN', person.name)
    .raw('N', structuredName(person.name))
    .text('ORG', person.company, escapeComponent)
    .text('TITLE', person.title)
    .each('EMAIL', person.emails)
    .each('TEL', person.phones)
    .raw('BDAY', person.birthday && birthdayValue(person.birthday))
    .list('CATEGORIES', person.tags)
    .text('NOTE', person.notes)
    .raw('REV', timestampValue(person.updatedAt));
  return card.toString();
}

/** A partner business: `KIND:org`, with the business name as both FN and ORG. */
export function partnerToVCard(partner: Partner): string {
  const card = new Card()
    .raw('PRODID', PRODID)
    .raw('KIND', 'org')
    .raw('UID', uidValue(partner.id))
    .text('FN', partner.name)
    .text('ORG', partner.name, escapeComponent)
    .text('EMAIL', partner.email)
    .text('TEL', partner.phone)
    .text('URL', partner.website)
    // The address is free text: it goes in the street component, line breaks kept.
    .raw(
      'ADR',
      partner.address?.trim() ? `;;${escapeComponent(partner.address.trim())};;;;` : undefined,
    )
    .list('CATEGORIES', partner.tags)
    // vCard has no business category; an extension keeps it for Handshake and is ignored
    // by address books (RFC 6350 §6.10).
    .text('X-HANDSHAKE-CATEGORY', partner.category)
    .text('NOTE', partner.notes)
    .raw('REV', timestampValue(partner.updatedAt));
  return card.toString();
}

/** One file holding every card, people first. */
export function toVCardFile(people: readonly Person[], partners: readonly Partner[] = []): string {
  let text = '';
  for (const person of people) text += personToVCard(person);
  for (const partner of partners) text += partnerToVCard(partner);
  return text;
}
