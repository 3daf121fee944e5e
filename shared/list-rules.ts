/**
 * The rules behind the People and Partners lists: how the filter box matches a record and
 * how a column sorts. Pure functions fed by the features' list queries; at 50,000 rows the
 * expensive parts (folding text, collating) happen once per record or per distinct value,
 * never once per keystroke or per comparison.
 */
import { foldText } from './text';

// Filter box ------------------------------------------------------------------------------

/** What one record offers to the filter box, computed once when the records load. */
export interface SearchEntry {
  /** Every searchable field, folded (case- and accent-insensitive), joined by spaces. */
  text: string;
  /** The digits of each phone number, space-separated so a query never spans two numbers. */
  phoneDigits: string;
}

export function searchEntry(
  texts: readonly (string | undefined)[],
  phones: readonly (string | undefined)[],
  fold: (value: string) => string = foldQuickly,
): SearchEntry {
  // Plain loops: this runs for every record at load, 50,000 times.
  let text = '';
  for (const value of texts) {
    const folded = value ? fold(value) : '';
    if (folded) text = text ? `${text} ${folded}` : folded;
  }
  let phoneDigits = '';
  for (const phone of phones) {
    const digits = phone ? digitsOf(phone) : '';
    if (digits) phoneDigits = phoneDigits ? `${phoneDigits} ${digits}` : digits;
  }
  return { text, phoneDigits };
}

// Anything beyond printable ASCII and its usual whitespace goes through foldText.
const NEEDS_UNICODE_FOLDING = /[^\t\n\v\f\r -~]/;

/**
 * foldText, with a shortcut for plain ASCII (most emails, phones and many names), where
 * folding is only lower-casing and tidying spaces: Unicode normalisation is what makes
 * folding 50,000 records slow, and ASCII text has nothing to normalise.
 */
export function foldQuickly(value: string): string {
  if (NEEDS_UNICODE_FOLDING.test(value)) return foldText(value);
  return value.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * foldQuickly that remembers the accented values it folded: names, companies and tags
 * repeat across thousands of records. Make one per load, so it is dropped with it.
 */
export function rememberingFold(): (value: string) => string {
  const known = new Map<string, string>();
  return (value) => {
    if (!NEEDS_UNICODE_FOLDING.test(value)) return foldQuickly(value);
    let folded = known.get(value);
    if (folded === undefined) {
      folded = foldText(value);
      known.set(value, folded);
    }
    return folded;
  };
}

/** What the owner typed, prepared once per keystroke. */
export interface TextQuery {
  /** Folded words; a record matches when it contains every one of them. */
  terms: string[];
  /** The digits of a query that looks like a phone number ("(555) 123-4567"), else ''. */
  digits: string;
}

const PHONE_LIKE = /^[\d\s().+\-/]+$/;
const ALL_DIGITS = /^\d+$/;

export function digitsOf(value: string): string {
  return value.replace(/\D/g, '');
}

export function parseTextQuery(raw: string): TextQuery {
  const trimmed = raw.trim();
  return {
    terms: foldText(trimmed).split(' ').filter(Boolean),
    digits: PHONE_LIKE.test(trimmed) ? digitsOf(trimmed) : '',
  };
}

export function isEmptyQuery(query: TextQuery): boolean {
  return query.terms.length === 0;
}

/**
 * A phone-like query matches the digits of a phone however it was written ("5551234567"
 * finds "(555) 123-4567"); otherwise every word must appear in some field, and a word made
 * of digits may also match inside a phone number.
 */
export function matchesTextQuery(entry: SearchEntry, query: TextQuery): boolean {
  if (query.digits && entry.phoneDigits.includes(query.digits)) return true;
  return query.terms.every(
    (term) =>
      entry.text.includes(term) || (ALL_DIGITS.test(term) && entry.phoneDigits.includes(term)),
  );
}

/**
 * The distinct values in use (tags, categories) for a filter menu: one per folded spelling
 * ("VIP" and "vip" are one choice), in the first spelling met, sorted for the locale.
 */
export function distinctValues(values: Iterable<string>, locale?: string): string[] {
  const byKey = new Map<string, string>();
  for (const value of values) {
    const key = foldText(value);
    if (key && !byKey.has(key)) byKey.set(key, value.trim());
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return [...byKey.values()].sort(collator.compare);
}

// Sorting ---------------------------------------------------------------------------------

export type SortDirection = 'ascending' | 'descending';

export interface SortState<Key extends string = string> {
  key: Key;
  direction: SortDirection;
}

/** A value to sort by; undefined and '' are "empty" and always sort last. */
export type SortValue = string | number | undefined;

export interface SortKey<Row> {
  value: (row: Row) => SortValue;
  /**
   * Compare text the way the owner's language orders it (Intl.Collator: accents, case and
   * numbers in names). Leave off for values already in order: numbers, yyyy-MM-dd dates.
   */
  collate?: boolean;
}

/** The next sort after the owner clicks a column: the same column flips, another starts fresh. */
export function nextSort<Key extends string>(
  current: SortState<Key>,
  key: Key,
  firstDirection: SortDirection = 'ascending',
): SortState<Key> {
  if (current.key !== key) return { key, direction: firstDirection };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/**
 * Sorts rows by the first key in `direction`, breaking ties with the following keys
 * (ascending), then by the rows' original order. Empty values sort last whichever the
 * direction. Each key is turned into numeric ranks first, so the collator runs once per
 * distinct value rather than once per comparison.
 */
export function sortRows<Row>(
  rows: readonly Row[],
  keys: readonly SortKey<Row>[],
  direction: SortDirection,
  locale?: string,
): Row[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const ranks = keys.map((key) => rankColumn(rows, key, collator));
  const sign = direction === 'ascending' ? 1 : -1;
  const order = rows.map((_, index) => index);
  order.sort((a, b) => {
    for (let k = 0; k < ranks.length; k++) {
      const column = ranks[k]!;
      const x = column[a]!;
      const y = column[b]!;
      if (x === y) continue;
      if (x === EMPTY) return 1;
      if (y === EMPTY) return -1;
      return k === 0 ? sign * (x - y) : x - y;
    }
    return a - b;
  });
  return order.map((index) => rows[index]!);
}

const EMPTY = Number.POSITIVE_INFINITY;

function rankColumn<Row>(
  rows: readonly Row[],
  key: SortKey<Row>,
  collator: Intl.Collator,
): Float64Array {
  const values = rows.map(key.value);
  const ranks = new Float64Array(values.length);
  const isEmpty = (value: SortValue) => value === undefined || value === '';
  if (values.every((value) => isEmpty(value) || typeof value === 'number')) {
    values.forEach((value, index) => (ranks[index] = isEmpty(value) ? EMPTY : Number(value)));
    return ranks;
  }
  // Text: rank each distinct value once; values the collator calls equal share a rank so
  // the next key decides between them.
  const texts = values.map((value) => (isEmpty(value) ? '' : String(value)));
  const distinct = [...new Set(texts)].filter(Boolean);
  const compare = key.collate
    ? collator.compare
    : (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  distinct.sort(compare);
  const rankOf = new Map<string, number>();
  let rank = 0;
  distinct.forEach((value, index) => {
    if (index > 0 && compare(distinct[index - 1]!, value) !== 0) rank++;
    rankOf.set(value, rank);
  });
  texts.forEach((text, index) => (ranks[index] = text ? rankOf.get(text)! : EMPTY));
  return ranks;
}

/** A sort value for a closed set of choices (relationship, status): their order in the list. */
export function orderIn<Value extends string>(
  list: readonly Value[],
): (value: Value | undefined) => number | undefined {
  return (value) => {
    const index = value === undefined ? -1 : list.indexOf(value);
    return index < 0 ? undefined : index;
  };
}
