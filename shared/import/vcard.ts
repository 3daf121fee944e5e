/**
 * vCard 2.1, 3.0 and 4.0 into contacts. ical.js (Mozilla's, already used for calendars)
 * parses each property — parameters, quoting, escapes, structured and multiple values,
 * the date forms — after ./vcard-lines.ts has split the cards and smoothed 2.1 into the
 * syntax it reads. A company-only card becomes a Partner, not a nameless person.
 */
import ICAL from 'ical.js';
import { addCandidate, type ContactDraft } from './candidate';
import { MAX_FIELD_CHARS, fieldTooLongMessage, tooManyRowsMessage } from './limits';
import type { ParsedContacts, ReadResult } from './types';
import { normaliseContentLine, splitCards, type RawCard } from './vcard-lines';

const VCARD3 = ICAL.design.getDesignSet('vcard3');
const VCARD4 = ICAL.design.getDesignSet('vcard');
const VERSION_LINE = /^version:\s*(\S+)/i;
const TEL_URI = /^tel:/i;
const TEL_EXTENSION = /;ext=/i;
/** ical.js leaves `\;` escaped in vCard text; 3.0 writes it in notes and titles. */
const ESCAPED_SEMICOLON = /\\;/g;

/**
 * The properties a contact is built from: only these are parsed (a PHOTO can be
 * megabytes), and a broken one of these is worth reporting.
 */
const USED = new Set([
  'fn',
  'n',
  'org',
  'title',
  'email',
  'tel',
  'note',
  'bday',
  'categories',
  'kind',
  'url',
  'adr',
  'x-abshowas',
]);
const PROPERTY_NAME = /^(?:[\w-]+\.)?([\w-]+)/;

type Params = Record<string, unknown>;
interface Property {
  name: string;
  params: Params;
  values: unknown[];
}

function text(value: unknown): string {
  if (Array.isArray(value)) return value.map(text).filter(Boolean).join(' ');
  return typeof value === 'string' ? value.replace(ESCAPED_SEMICOLON, ';') : '';
}

/** Component `index` of a structured value (N, ORG, ADR); a plain value is component 0. */
function component(value: unknown, index: number): string {
  if (Array.isArray(value)) return text(value[index]);
  return index === 0 ? text(value) : '';
}

function isPreferred(params: Params): boolean {
  const types = ([] as unknown[]).concat(params.type ?? []);
  return params.pref !== undefined || types.some((type) => String(type).toLowerCase() === 'pref');
}

/** `tel:+1-816-555-0123;ext=12` → `+1-816-555-0123 ext. 12`. */
function phoneText(value: string): string {
  return value.replace(TEL_URI, '').replace(TEL_EXTENSION, ' ext. ').trim();
}

function parseCard(
  card: RawCard,
  problems: ParsedContacts['problems'],
): { version: string; properties: Property[] } {
  const versionLine = card.lines.find((line) => VERSION_LINE.test(line.text));
  const version = versionLine ? (VERSION_LINE.exec(versionLine.text)?.[1] ?? '3.0') : '3.0';
  const design = version.startsWith('4') ? VCARD4 : VCARD3;
  const properties: Property[] = [];
  for (const { line, text: raw } of card.lines) {
    const name = PROPERTY_NAME.exec(raw)?.[1]?.toLowerCase();
    if (!name || !USED.has(name)) continue;
    try {
      const [parsedName, params, , ...values] = ICAL.parse.property(
        normaliseContentLine(raw, version === '2.1'),
        design,
      ) as [string, Params, string, ...unknown[]];
      properties.push({ name: parsedName, params, values });
    } catch {
      problems.push({
        line,
        reason: `The ${name.toUpperCase()} line could not be read, so it was left out.`,
      });
    }
  }
  return { version, properties };
}

function toDraft(card: RawCard, properties: Property[]): ContactDraft {
  const draft: ContactDraft = { line: card.line, emails: [], phones: [], tags: [] };
  const preferred = { emails: [] as string[], phones: [] as string[] };
  const notes: string[] = [];
  let organisation = false;
  let formattedName = '';
  let nameParts: string[] = [];
  for (const { name, params, values } of properties) {
    const value = values[0];
    switch (name) {
      case 'fn':
        formattedName ||= text(value);
        break;
      case 'n':
        // N is family; given; additional; prefixes; suffixes.
        nameParts = [
          component(value, 1),
          component(value, 2),
          component(value, 0),
          component(value, 4),
        ];
        break;
      case 'org':
        draft.company ||= component(value, 0);
        break;
      case 'title':
        draft.title ||= text(value);
        break;
      case 'email':
        (isPreferred(params) ? preferred.emails : draft.emails).push(text(value));
        break;
      case 'tel':
        (isPreferred(params) ? preferred.phones : draft.phones).push(phoneText(text(value)));
        break;
      case 'note':
        notes.push(text(value));
        break;
      case 'bday':
        draft.birthday ??= text(value);
        break;
      case 'categories':
        for (const tag of values) draft.tags.push(text(tag));
        break;
      case 'kind':
        organisation ||= text(value).toLowerCase() === 'org';
        break;
      case 'x-abshowas':
        organisation ||= text(value).toUpperCase() === 'COMPANY';
        break;
      case 'url':
        draft.website ||= text(value);
        break;
      case 'adr': {
        // ADR is PO box; extended; street; locality; region; postal code; country.
        const [box, extended, street, city, region, postal, country] = [0, 1, 2, 3, 4, 5, 6].map(
          (i) => component(value, i),
        );
        const place = [city, [region, postal].filter(Boolean).join(' ')].filter(Boolean).join(', ');
        draft.address ||= [street, extended, box, place, country].filter(Boolean).join('\n');
        break;
      }
    }
  }
  draft.emails = preferred.emails.concat(draft.emails);
  draft.phones = preferred.phones.concat(draft.phones);
  draft.notes = notes.join('\n\n');
  const hasPersonalName = nameParts.some(Boolean);
  // Apple and Google write a company card with FN = ORG and an empty N.
  if (!hasPersonalName && draft.company && formattedName === draft.company) organisation = true;
  if (organisation && !draft.company) draft.company = formattedName;
  draft.organisation = organisation;
  draft.name = formattedName;
  draft.nameParts = nameParts;
  return draft;
}

/**
 * The line of the first property a contact is built from that is longer than a field may
 * be (./limits.ts), checked before any card is parsed. Others (a PHOTO) are never parsed.
 */
function overlongProperty(cards: readonly RawCard[]): number | undefined {
  for (const card of cards) {
    for (const { line, text: raw } of card.lines) {
      if (raw.length <= MAX_FIELD_CHARS) continue;
      const name = PROPERTY_NAME.exec(raw)?.[1]?.toLowerCase();
      if (name && USED.has(name)) return line;
    }
  }
  return undefined;
}

/** The cards in a vCard file, or one sentence when the file cannot be trusted. */
export function readVcards(content: string, fileName: string): ReadResult {
  const split = splitCards(content);
  if (!split.ok) {
    return {
      status: 'error',
      message:
        'tooMany' in split
          ? tooManyRowsMessage(fileName)
          : `“${fileName}” has a card starting on line ${split.unclosedLine} that never ends (END:VCARD is missing), so it cannot be read. Nothing was imported.`,
    };
  }
  const tooLong = overlongProperty(split.cards);
  if (tooLong !== undefined) {
    return { status: 'error', message: fieldTooLongMessage(fileName, tooLong) };
  }
  const parsed: ParsedContacts = {
    format: 'vcard',
    formatLabel: 'vCard',
    candidates: [],
    problems: [],
  };
  const versions = new Set<string>();
  for (const card of split.cards) {
    const { version, properties } = parseCard(card, parsed.problems);
    versions.add(version);
    addCandidate(
      toDraft(card, properties),
      { noun: 'card', companyOnlyIsPartner: true },
      parsed.candidates,
      parsed.problems,
    );
  }
  if (versions.size === 1) parsed.formatLabel = `vCard ${[...versions][0]}`;
  parsed.problems.sort((a, b) => a.line - b.line);
  return { status: 'recognised', parsed };
}
