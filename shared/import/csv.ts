/**
 * Reading CSV text into a header and rows that know the physical line they start on
 * (a quoted note can span several lines, so row number ≠ line number). papaparse does the
 * quoting rules; this file adds delimiter detection, the preamble LinkedIn puts before the
 * header, and the refusals: unterminated quotes, rows wider than the header, and files
 * past the limits of ./limits.ts.
 */
import Papa from 'papaparse';
import {
  MAX_FIELD_CHARS,
  MAX_IMPORT_ROWS,
  MAX_ROW_CHARS,
  fieldTooLongMessage,
  rowTooLongMessage,
  tooManyRowsMessage,
} from './limits';
import type { CsvDelimiter } from './types';

export interface CsvRows {
  header: string[];
  rows: { line: number; cells: string[] }[];
}

export type CsvReadResult = { ok: true; table: CsvRows } | { ok: false; message: string };

const DELIMITERS: CsvDelimiter[] = [',', ';', '\t', '|'];
const PREVIEW_ROWS = 30;

function nonEmptyCells(row: string[]): number {
  let count = 0;
  for (const cell of row) if (cell.trim() !== '') count++;
  return count;
}

/**
 * How many leading rows are a preamble rather than the header: LinkedIn starts with
 * "Notes:" and a quoted paragraph. A preamble row has at most one cell filled in, and
 * only counts as one when a wider row follows.
 */
function preambleLength(rows: string[][]): number {
  const header = rows.findIndex((row) => nonEmptyCells(row) >= 2);
  if (header <= 0) return rows.findIndex((row) => nonEmptyCells(row) > 0);
  return rows.slice(0, header).every((row) => nonEmptyCells(row) <= 1) ? header : 0;
}

/**
 * The delimiter that splits the first rows into the same number of columns (two or more)
 * most consistently; a comma when nothing splits (a one-column list).
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let best: CsvDelimiter = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(sample, { delimiter, preview: PREVIEW_ROWS }).data;
    const body = rows
      .slice(Math.max(0, preambleLength(rows)))
      .filter((row) => nonEmptyCells(row) > 0);
    const width = body[0]?.length ?? 0;
    if (width < 2) continue;
    // Rows as wide as the header, weighted by the width: more columns is a better split.
    const score = (body.filter((row) => row.length === width).length / body.length) * width;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** Line breaks (`\r\n`, `\n` or a lone `\r`) inside a row's quoted cells. */
function breaksInside(cells: string[]): number {
  let count = 0;
  for (const cell of cells) {
    if (cell.length === 0 || (cell.indexOf('\n') === -1 && cell.indexOf('\r') === -1)) continue;
    for (let i = 0; i < cell.length; i++) {
      const code = cell.charCodeAt(i);
      if (code === 10) count++;
      else if (code === 13 && cell.charCodeAt(i + 1) !== 10) count++;
    }
  }
  return count;
}

/**
 * Papaparse reads the text a megabyte at a time (its chunk mode, as fast as one pass), so
 * a file past a limit (./limits.ts) is refused where the reader meets it, and rows past
 * the limit are never made: memory stays bounded by the limits, not by the file.
 */
const CHUNK_CHARS = 1 << 20;

class TableBuilder {
  /** The first rows, blank ones included, until the header is known. */
  private head: { line: number; cells: string[] }[] = [];
  private header: string[] | undefined;
  readonly rows: CsvRows['rows'] = [];
  failure: string | undefined;

  constructor(private readonly fileName: string) {}

  add(cells: string[], line: number) {
    for (const cell of cells) {
      if (cell.length > MAX_FIELD_CHARS) {
        this.failure = fieldTooLongMessage(this.fileName, line);
        return;
      }
    }
    if (this.header) this.addRow(this.header, cells, line);
    else {
      this.head.push({ line, cells });
      if (this.head.length === PREVIEW_ROWS) this.settleHeader();
    }
  }

  /** The header and rows, or one sentence why not; call once the text is read. */
  finish(): CsvReadResult {
    if (!this.failure && !this.header) this.settleHeader();
    if (this.failure || !this.header) {
      return { ok: false, message: this.failure ?? this.emptyMessage() };
    }
    if (this.rows.length === 0) {
      return {
        ok: false,
        message: `“${this.fileName}” has a header row but no contacts. Nothing was imported.`,
      };
    }
    return { ok: true, table: { header: this.header, rows: this.rows } };
  }

  private settleHeader() {
    const skip = preambleLength(this.head.map((row) => row.cells));
    if (skip === -1 || this.head.length === 0) {
      this.failure = this.emptyMessage();
      return;
    }
    const header = (this.head[skip]?.cells ?? []).map((cell) => cell.trim());
    this.header = header;
    for (const { cells, line } of this.head.slice(skip + 1)) {
      if (this.failure) break;
      this.addRow(header, cells, line);
    }
    this.head = [];
  }

  private emptyMessage() {
    return `“${this.fileName}” is empty. Nothing was imported.`;
  }

  private addRow(header: string[], cells: string[], line: number) {
    if (nonEmptyCells(cells) === 0) return;
    if (cells.length > header.length) {
      // Trailing empty cells (a delimiter at the end of the line) lose nothing.
      if (cells.slice(header.length).some((cell) => cell.trim() !== '')) {
        this.failure = `Line ${line} of “${this.fileName}” has more cells than the header row, so its columns cannot be matched. Nothing was imported.`;
        return;
      }
      cells.length = header.length;
    }
    while (cells.length < header.length) cells.push('');
    if (this.rows.length === MAX_IMPORT_ROWS) {
      this.failure = tooManyRowsMessage(this.fileName);
      return;
    }
    this.rows.push({ line, cells });
  }
}

/** Splits CSV text into the header and the rows with content, or one sentence why not. */
export function readCsv(
  text: string,
  fileName: string,
  delimiter: CsvDelimiter,
  /** Only tests pass another size, to prove rows read the same across chunk boundaries. */
  chunkChars = CHUNK_CHARS,
): CsvReadResult {
  const table = new TableBuilder(fileName);
  // Every row, blank ones included, takes one line plus the line breaks quoted inside it,
  // so physical line numbers follow from the rows alone.
  let line = 1;
  let read = 0;
  // papaparse would guess the line break from the first chunk alone: guess it from the
  // first megabyte, as a one-pass read does, whatever the chunk size.
  const newline = Papa.parse<string[]>(text.slice(0, CHUNK_CHARS), { delimiter, preview: 1 }).meta
    .linebreak as '\r\n' | '\n' | '\r';
  Papa.parse<string[]>(text, {
    delimiter,
    newline,
    chunkSize: chunkChars,
    chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
      read = Math.min(text.length, read + chunkChars);
      const rows = results.data;
      // A chunk may end between the two quotes of a `""`: papaparse then reports the row
      // it has not finished, and reads it again whole with the next chunk.
      const quoteError = results.errors.find(
        (error) =>
          error.type === 'Quotes' && (read === text.length || (error.row ?? 0) < rows.length),
      );
      for (let i = 0; i < rows.length && !table.failure; i++) {
        if (quoteError && (quoteError.row ?? 0) <= i) break;
        const cells = rows[i]!;
        table.add(cells, line);
        line += 1 + breaksInside(cells);
      }
      if (!table.failure && quoteError) {
        table.failure = `“${fileName}” has a quoted cell that is never closed properly (starting on line ${line}), so it cannot be read. Nothing was imported.`;
      }
      // What papaparse holds back for the next chunk: the row it has not finished.
      if (!table.failure && read - results.meta.cursor > MAX_ROW_CHARS) {
        table.failure = rowTooLongMessage(fileName, line);
      }
      if (table.failure) parser.abort();
    },
    // Text (unlike a File) is read synchronously: every chunk is in when parse returns.
    complete() {},
  });
  return table.finish();
}
