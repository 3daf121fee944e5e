/**
 * Reading a contacts file: the entry points the import flow calls. Internals live in the
 * sibling modules (decoding, CSV, vCard, mapping); this file only routes between them.
 */
import type { ColumnMapping, CsvTable, ParsedContacts, ReadOptions, ReadResult } from './types';

/** Reads a CSV or vCard file into candidates, a table to map, or one sentence why not. */
export function readContactsFile(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): ReadResult {
  void bytes;
  void options;
  return { status: 'error', message: `“${fileName}” could not be read yet.` };
}

/** Turns the rows of an unrecognised CSV into candidates with the owner's column choices. */
export function mapColumns(table: CsvTable, mapping: ColumnMapping): ParsedContacts {
  void mapping;
  return {
    format: 'csv',
    formatLabel: 'CSV',
    candidates: [],
    problems: table.rows.length ? [] : [],
  };
}
