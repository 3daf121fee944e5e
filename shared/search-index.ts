/**
 * The global search over people and partners (the command palette and every type-ahead
 * that picks a person). It lives in memory and is updated record by record, so a
 * keystroke never reads IndexedDB: at 50,000 people a query is one pass over short,
 * pre-folded strings (README.md → Performance budget: 50 ms p95 from keystroke to results).
 *
 * Matching is case- and accent-insensitive (foldText): every word of the query must occur
 * in the record's name, company or category, emails, phones or tags. A query made of
 * digits and phone punctuation also matches the digits of a phone number however either
 * is written ("555 0142" finds "+1 (555) 014-2…").
 */
import { foldText } from './text';

export type SearchKind = 'person' | 'partner';

/** What the index reads from a person or partner (the stored records fit as they are). */
export type Searchable =
  | {
      kind: 'person';
      id: string;
      name: string;
      company?: string | undefined;
      emails: readonly string[];
      phones: readonly string[];
      tags: readonly string[];
      deletedAt?: number | undefined;
    }
  | {
      kind: 'partner';
      id: string;
      name: string;
      category?: string | undefined;
      email?: string | undefined;
      phone?: string | undefined;
      tags: readonly string[];
      deletedAt?: number | undefined;
    };

export interface SearchHit {
  kind: SearchKind;
  id: string;
  name: string;
  /** The company (a person) or category (a partner) shown beside the name; '' if none. */
  detail: string;
}

export interface SearchOptions {
  /** At most this many hits, best first (default 20). */
  limit?: number;
  /** Only people or only partners. */
  kind?: SearchKind;
}

interface Entry extends SearchHit {
  nameKey: string;
  /** Every searchable field, folded, one per line (so a word never spans two fields). */
  text: string;
  /** The digits of each phone number, one per line. */
  phoneDigits: string;
}

// How well a record matches, best first: the name starts with the query; every query word
// starts a word of the name; every query word starts a word somewhere; found inside words.
const NAME_PREFIX = 4;
const NAME_WORD_PREFIX = 3;
const WORD_PREFIX = 2;
const SUBSTRING = 1;

const PHONE_LIKE = /^[\d\s()+\-./]*\d[\d\s()+\-./]*$/;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

const digitsOf = (value: string) => value.replace(/\D/g, '');

function toEntry(record: Searchable): Entry {
  const nameKey = foldText(record.name);
  const detail = (record.kind === 'person' ? record.company : record.category) ?? '';
  const emails = record.kind === 'person' ? record.emails : record.email ? [record.email] : [];
  const phones = record.kind === 'person' ? record.phones : record.phone ? [record.phone] : [];
  const phoneDigits = phones.map(digitsOf).join('\n');
  const fields = [nameKey, detail, ...emails, ...phones, ...record.tags].map(foldText);
  return {
    kind: record.kind,
    id: record.id,
    name: record.name,
    detail,
    nameKey,
    text: [...fields, phoneDigits].join('\n'),
    phoneDigits,
  };
}

/** Whether `word` occurs in `text` at the start of a word. */
function startsAWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (at === 0 || !WORD_CHARACTER.test(text[at - 1]!)) return true;
  }
  return false;
}

function rank(entry: Entry, query: string, words: readonly string[]): number {
  if (entry.nameKey.startsWith(query)) return NAME_PREFIX;
  if (words.every((word) => startsAWord(entry.nameKey, word))) return NAME_WORD_PREFIX;
  if (words.every((word) => startsAWord(entry.text, word))) return WORD_PREFIX;
  return SUBSTRING;
}

interface Scored {
  entry: Entry;
  score: number;
}

/** Better score first; equal scores in name order, then by id, so results are stable. */
function before(a: Scored, b: Scored): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.entry.nameKey !== b.entry.nameKey) return a.entry.nameKey < b.entry.nameKey;
  return a.entry.id < b.entry.id;
}

export interface SearchIndex {
  /** Adds or replaces a record; a trashed one (deletedAt set) is removed instead. */
  upsert(record: Searchable): void;
  remove(id: string): void;
  /** Removes every record of one kind (before reloading that kind from storage). */
  clear(kind?: SearchKind): void;
  search(query: string, options?: SearchOptions): SearchHit[];
  readonly size: number;
}

export function createSearchIndex(records: Iterable<Searchable> = []): SearchIndex {
  // A flat array scans fastest; `positions` finds an entry for replace/remove in O(1).
  const entries: Entry[] = [];
  const positions = new Map<string, number>();

  function remove(id: string) {
    const at = positions.get(id);
    if (at === undefined) return;
    const last = entries.pop()!;
    positions.delete(id);
    if (at < entries.length) {
      entries[at] = last;
      positions.set(last.id, at);
    }
  }

  function upsert(record: Searchable) {
    if (record.deletedAt !== undefined) return remove(record.id);
    const entry = toEntry(record);
    const at = positions.get(record.id);
    if (at === undefined) {
      positions.set(record.id, entries.length);
      entries.push(entry);
    } else {
      entries[at] = entry;
    }
  }

  function search(query: string, { limit = 20, kind }: SearchOptions = {}): SearchHit[] {
    const folded = foldText(query);
    if (!folded || limit <= 0) return [];
    const words = folded.split(' ');
    const digits = PHONE_LIKE.test(folded) ? digitsOf(folded) : '';

    // Keep only the best `limit` while scanning: sorting every match of a one-letter query
    // (tens of thousands) would cost more than the scan itself.
    const best: Scored[] = [];
    for (const entry of entries) {
      if (kind && entry.kind !== kind) continue;
      const found = words.every((word) => entry.text.includes(word));
      if (!found && !(digits && entry.phoneDigits.includes(digits))) continue;
      const scored = { entry, score: found ? rank(entry, folded, words) : SUBSTRING };
      if (best.length === limit && !before(scored, best[limit - 1]!)) continue;
      let at = best.length;
      while (at > 0 && before(scored, best[at - 1]!)) at--;
      best.splice(at, 0, scored);
      if (best.length > limit) best.pop();
    }
    return best.map(({ entry: { kind, id, name, detail } }) => ({ kind, id, name, detail }));
  }

  function clear(kind?: SearchKind) {
    for (const entry of [...entries]) if (!kind || entry.kind === kind) remove(entry.id);
  }

  for (const record of records) upsert(record);
  return {
    upsert,
    remove,
    clear,
    search,
    get size() {
      return entries.length;
    },
  };
}
