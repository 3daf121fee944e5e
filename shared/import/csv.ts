/**
 * Reading CSV text into a header and rows that know the physical line they start on
 * (a quoted note can span several lines, so row number ≠ line number). papaparse does the
 * quoting rules; this file adds delimiter detection, the preamble LinkedIn puts before the
 * header, and the refusals: unterminated quotes, rows wider than the header.
 */
import Papa from 'papaparse';
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

/** Splits CSV text into the header and the rows with content, or one sentence why not. */
export function readCsv(text: string, fileName: string, delimiter: CsvDelimiter): CsvReadResult {
  // One pass over the whole text (papaparse's step mode is three times slower). Every
  // row, blank ones included, takes one line plus the line breaks quoted inside it, so
  // physical line numbers follow from the rows alone.
  const result = Papa.parse<string[]>(text, { delimiter });
  const parsed = result.data;
  const lines = new Array<number>(parsed.length);
  let line = 1;
  for (let i = 0; i < parsed.length; i++) {
    lines[i] = line;
    line += 1 + breaksInside(parsed[i]!);
  }
  const quoteError = result.errors.find((error) => error.type === 'Quotes');
  if (quoteError) {
    const at = lines[quoteError.row ?? 0] ?? 1;
    return {
      ok: false,
      message: `“${fileName}” has a quoted cell that is never closed properly (starting on line ${at}), so it cannot be read. Nothing was imported.`,
    };
  }

  const skip = preambleLength(parsed.slice(0, PREVIEW_ROWS));
  if (skip === -1 || parsed.length === 0) {
    return { ok: false, message: `“${fileName}” is empty. Nothing was imported.` };
  }
  const header = (parsed[skip] ?? []).map((cell) => cell.trim());
  const rows: CsvRows['rows'] = [];
  for (let i = skip + 1; i < parsed.length; i++) {
    const cells = parsed[i]!;
    const rowLine = lines[i]!;
    if (nonEmptyCells(cells) === 0) continue;
    if (cells.length > header.length) {
      // Trailing empty cells (a delimiter at the end of the line) lose nothing.
      if (cells.slice(header.length).some((cell) => cell.trim() !== '')) {
        return {
          ok: false,
          message: `Line ${rowLine} of “${fileName}” has more cells than the header row, so its columns cannot be matched. Nothing was imported.`,
        };
      }
      cells.length = header.length;
    }
    while (cells.length < header.length) cells.push('');
    rows.push({ line: rowLine, cells });
  }
  if (rows.length === 0) {
    return {
      ok: false,
      message: `“${fileName}” has a header row but no contacts. Nothing was imported.`,
    };
  }
  return { ok: true, table: { header, rows } };
}
