/**
 * How much one contacts file may hold, besides its 50 MB size (read.ts). A file past a
 * limit is refused with one sentence as soon as the reader meets it, before the rest is
 * parsed, so a hostile or mistaken file costs neither time nor memory (SECURITY.md).
 */

/** Contacts (CSV rows or vCard cards) in one import: ten times a large address book. */
export const MAX_IMPORT_ROWS = 100_000;

/**
 * Characters in one CSV cell or one vCard property. The longest text a record keeps is a
 * note of 20,000 characters (shared/records.ts); five times that leaves room for quoting,
 * escapes and quoted-printable encoding, while anything longer is no contact field. A
 * field between the two is still read, and its contact reported as too long, as before.
 */
export const MAX_FIELD_CHARS = 100_000;

/**
 * Characters in one CSV row: ten fields at their limit. Past it the reader stops rather
 * than re-reading an ever longer unfinished row (an unclosed quote) chunk after chunk.
 */
export const MAX_ROW_CHARS = 1_000_000;

export function tooManyRowsMessage(fileName: string): string {
  return `“${fileName}” has more than 100,000 contacts, more than Handshake imports at once. Split it into smaller files and import each. Nothing was imported.`;
}

export function fieldTooLongMessage(fileName: string, line: number): string {
  return `Line ${line} of “${fileName}” holds a value longer than 100,000 characters, far more than any contact field, so the file cannot be imported. Nothing was imported.`;
}

export function rowTooLongMessage(fileName: string, line: number): string {
  return `The row starting on line ${line} of “${fileName}” is longer than 1,000,000 characters, far more than any contact, so the file cannot be imported. Nothing was imported.`;
}
