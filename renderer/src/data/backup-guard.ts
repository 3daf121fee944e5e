/**
 * The first look at a parsed backup file, before any of it is used: a backup may come from
 * anyone (a USB stick, an e-mail), so nothing in it is trusted to be what Handshake wrote.
 * The whole parsed tree is walked once, and the file is refused if it holds
 *
 * - a key (or a component of a dotted `$types` key path) named `__proto__`, `constructor`
 *   or `prototype`: Handshake never writes one, and walking or copying such a key is how
 *   a file reaches `Object.prototype` (SECURITY.md);
 * - values nested deeper than any record nests them;
 * - a text longer than any field of any record schema accepts (shared/records.ts).
 *
 * JSON.parse itself is safe: it creates a `__proto__` key as an own property. The walk
 * only reads, and its depth is capped, so a file nested a million levels deep is refused
 * instead of overflowing the stack.
 */

/** Keys that reach an object's prototype when walked or assigned. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export const isForbiddenKey = (key: string) => FORBIDDEN_KEYS.has(key);

/**
 * The longest text any record field accepts (a person's or partner's notes, in
 * shared/records.ts). Fields with their own, shorter limit are held to it by the record
 * schemas; this catches every other string, ids and unknown fields included.
 */
export const MAX_TEXT = 20_000;

/**
 * How deep values may nest inside one row. Records nest at most two levels (a settings
 * row's `referralGuide`, the tag list of a `$types` path); one more leaves room.
 */
export const MAX_ROW_NESTING = 3;

/** Where rows sit in a dexie-export-import file: `data.data[t].rows[r]`. */
const ROW_LEVEL = 5;

/** Unescapes one component of a Typeson key path (`~1` is a dot, `~0` a tilde). */
const unescapeKey = (key: string) => key.replace(/~1/g, '.').replace(/~0/g, '~');

/** The components of a key, read as a dotted `$types` key path. */
export function keyPath(key: string): string[] {
  return key.split('.').map(unescapeKey);
}

/** The forbidden name a key holds, read whole or as a key path; undefined if none. */
function forbiddenIn(key: string): string | undefined {
  if (FORBIDDEN_KEYS.has(key)) return key;
  if (!key.includes('.') && !key.includes('~')) return undefined;
  return keyPath(key).find(isForbiddenKey);
}

export type Hostility =
  { kind: 'key'; key: string } | { kind: 'depth' } | { kind: 'text'; length: number };

/** A problem and where it is: the path of keys from the top of the file. */
export interface HostileFinding {
  problem: Hostility;
  path: (string | number)[];
}

function inspect(value: unknown, level: number): HostileFinding | undefined {
  if (typeof value === 'string') {
    return value.length > MAX_TEXT
      ? { problem: { kind: 'text', length: value.length }, path: [] }
      : undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  if (level > ROW_LEVEL + MAX_ROW_NESTING) return { problem: { kind: 'depth' }, path: [] };
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = inspect(value[index], level + 1);
      if (found) return { ...found, path: [index, ...found.path] };
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    const forbidden = forbiddenIn(key);
    if (forbidden !== undefined) return { problem: { kind: 'key', key: forbidden }, path: [key] };
    if (key.length > MAX_TEXT) return { problem: { kind: 'text', length: key.length }, path: [] };
    const found = inspect((value as Record<string, unknown>)[key], level + 1);
    if (found) return { ...found, path: [key, ...found.path] };
  }
  return undefined;
}

/** The first hostile thing in a parsed file, or undefined when there is none. */
export function findHostile(json: unknown): HostileFinding | undefined {
  return inspect(json, 0);
}

/** Which row a path points into, if it does: `data.data[t].rows[r]…`. */
export function rowOf(
  path: readonly (string | number)[],
): { table: number; row: number } | undefined {
  const [data, list, table, rows, row] = path;
  if (data !== 'data' || list !== 'data' || rows !== 'rows') return undefined;
  if (typeof table !== 'number' || typeof row !== 'number') return undefined;
  return { table, row };
}
