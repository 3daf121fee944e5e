/**
 * The line layer of vCard that the parsing library leaves to its caller: splitting a file
 * into cards with the line each starts on, unfolding, and the vCard 2.1 habits that
 * ical.js (written for 3.0 and 4.0) refuses — QUOTED-PRINTABLE values with soft line
 * breaks and a CHARSET, and bare parameters like `TEL;CELL;PREF`. The output is content
 * lines in 3.0/4.0 syntax for `ICAL.parse.property`.
 */
import { MAX_IMPORT_ROWS } from './limits';

export interface ContentLine {
  /** Physical line (1-based) the property starts on. */
  line: number;
  text: string;
  /** Judged once from the first physical line, where the parameters are. */
  quotedPrintable: boolean;
}

export interface RawCard {
  line: number;
  lines: ContentLine[];
}

export type CardSplit =
  | { ok: true; cards: RawCard[] }
  | { ok: false; unclosedLine: number }
  /** More cards than MAX_IMPORT_ROWS: the split stopped there. */
  | { ok: false; tooMany: true };

const LINE_BREAK = /\r\n|\r|\n/g;
const BEGIN = /^begin:vcard\s*$/i;
const END = /^end:vcard\s*$/i;
const QUOTED_PRINTABLE = /;(?:encoding=)?quoted-printable(?=[;:])/i;

/** Index of the `:` that ends the name and parameters (a quoted parameter may hold one). */
export function valueStart(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (char === ':' && !quoted) return i;
  }
  return -1;
}

function isQuotedPrintable(text: string): boolean {
  const colon = valueStart(text);
  return colon !== -1 && QUOTED_PRINTABLE.test(text.slice(0, colon + 1));
}

/** The physical lines of the text, one at a time (a 50 MB file is not split at once). */
function* physicalLines(text: string): Generator<string> {
  LINE_BREAK.lastIndex = 0;
  let from = 0;
  for (let match = LINE_BREAK.exec(text); match; match = LINE_BREAK.exec(text)) {
    yield text.slice(from, match.index);
    from = LINE_BREAK.lastIndex;
  }
  yield text.slice(from);
}

/**
 * Cards with their unfolded content lines. A card that never reaches END:VCARD makes the
 * whole file unreadable: where one card ends and the next begins can no longer be trusted.
 * The split stops at the card past MAX_IMPORT_ROWS (./limits.ts).
 */
export function splitCards(text: string): CardSplit {
  const cards: RawCard[] = [];
  let card: RawCard | undefined;
  let depth = 0; // vCard 2.1 may nest a card (AGENT) inside another: skip its lines.
  let lineNumber = 0;
  for (const raw of physicalLines(text)) {
    lineNumber++;
    if (BEGIN.test(raw)) {
      if (card) depth++;
      else if (cards.length === MAX_IMPORT_ROWS) return { ok: false, tooMany: true };
      else card = { line: lineNumber, lines: [] };
      continue;
    }
    if (!card) continue; // Blank lines or stray text between cards.
    if (END.test(raw)) {
      if (depth > 0) depth--;
      else {
        cards.push(card);
        card = undefined;
      }
      continue;
    }
    if (depth > 0) continue;
    const previous = card.lines[card.lines.length - 1];
    if (previous?.quotedPrintable && previous.text.endsWith('=')) {
      // A QUOTED-PRINTABLE soft line break: the value goes on verbatim on the next line.
      previous.text = previous.text.slice(0, -1) + raw;
    } else if (previous && (raw.startsWith(' ') || raw.startsWith('\t'))) {
      previous.text += raw.slice(1); // Folding: the line break and one space are removed.
    } else if (raw.trim() !== '') {
      card.lines.push({ line: lineNumber, text: raw, quotedPrintable: isQuotedPrintable(raw) });
    }
  }
  return card ? { ok: false, unclosedLine: card.line } : { ok: true, cards };
}

const HEX = /^[0-9a-f]{2}$/i;

/** Decodes bytes in the CHARSET given; without one, UTF-8 if they are valid UTF-8, else Windows-1252. */
function decodeBytes(bytes: Uint8Array, charset: string | undefined): string {
  if (charset) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // An unknown CHARSET label: guess as if none was given.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function decodeQuotedPrintable(value: string, charset: string | undefined): string {
  const bytes: number[] = [];
  let text = '';
  // A soft line break on the card's last value line has nothing to join.
  if (value.endsWith('=')) value = value.slice(0, -1);
  const flush = () => {
    if (bytes.length === 0) return;
    text += decodeBytes(new Uint8Array(bytes), charset);
    bytes.length = 0;
  };
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const hex = value.slice(i + 1, i + 3);
    if (code === 61 /* = */ && HEX.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (code < 128) {
      bytes.push(code);
    } else {
      flush(); // Already a character: the file itself was decoded as text.
      text += value[i];
    }
  }
  flush();
  return text;
}

/** Properties whose text 2.1 writes unescaped: commas and line breaks must be escaped for 3.0. */
const TEXT_PROPERTIES = new Set(['fn', 'n', 'org', 'title', 'note', 'nickname', 'role']);

/**
 * One content line in the syntax ical.js reads: bare parameters become TYPE values,
 * and a 2.1 QUOTED-PRINTABLE value is decoded with its CHARSET and escaped as 3.0 text.
 */
export function normaliseContentLine(text: string, version21: boolean): string {
  const colon = valueStart(text);
  if (colon === -1) return text;
  const [name = '', ...params] = splitParams(text.slice(0, colon));
  let value = text.slice(colon + 1);
  let charset: string | undefined;
  let quotedPrintable = false;
  const kept: string[] = [];
  for (const param of params) {
    const equals = param.indexOf('=');
    const key = (equals === -1 ? '' : param.slice(0, equals)).toLowerCase();
    const paramValue = equals === -1 ? param : param.slice(equals + 1);
    if (
      param.toLowerCase() === 'quoted-printable' ||
      (key === 'encoding' && paramValue.toLowerCase() === 'quoted-printable')
    ) {
      quotedPrintable = true;
    } else if (key === 'charset') {
      charset = paramValue.replace(/"/g, '');
    } else if (equals === -1) {
      if (param !== '') kept.push(`TYPE=${param}`); // 2.1: `TEL;CELL` means TYPE=CELL.
    } else {
      kept.push(param);
    }
  }
  const property = (name.split('.').pop() ?? '').toLowerCase();
  if (quotedPrintable) value = decodeQuotedPrintable(value, charset);
  if (version21 && TEXT_PROPERTIES.has(property)) value = escape21(value);
  return [name, ...kept].join(';') + ':' + value;
}

/** `;` outside double quotes separates parameters. */
function splitParams(text: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (char === ';' && !quoted) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

const ESCAPE_21 = /\\(?!;)|,|\r\n|\r|\n/g;

/** 2.1 text: `\;` is its only escape; backslashes, commas and line breaks are literal. */
function escape21(value: string): string {
  return value.replace(ESCAPE_21, (match) =>
    match === '\\' ? '\\\\' : match === ',' ? '\\,' : '\\n',
  );
}
