/**
 * Reading a contacts file: the entry points the import flow calls. Pure — no database, no
 * Node, no DOM beyond TextDecoder — so the same code runs in the browser and is unit-tested.
 * Order of checks: size, binary signatures, encoding, then CSV or vCard by content (the
 * file name's extension is only trusted to refuse a ".vcf" that is not a vCard). The CSV
 * and vCard readers stop at the first row, card or field past ./limits.ts.
 */
import { fileTooLargeMessage } from '../bridge';
import { addCandidate } from './candidate';
import { readCsv, detectDelimiter } from './csv';
import { recogniseCsv } from './csv-formats';
import { binaryKind, decodeText, detectEncoding, looksBinary } from './decode';
import { suggestMapping } from './mapping';
import type { ParsedContacts, ReadOptions, ReadResult } from './types';
import { readVcards } from './vcard';

export { mapColumns, suggestMapping } from './mapping';

/** The 50 MB limit on a contacts file (see fileTooLargeMessage). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const FIRST_LINE_VCARD = /^\s*begin:vcard\s*$/i;
const VCARD_EXTENSION = /\.(vcf|vcard)$/i;

function error(message: string): ReadResult {
  return { status: 'error', message };
}

function notContacts(fileName: string, what: string): ReadResult {
  return error(`“${fileName}” looks like ${what}, not a CSV or vCard file. Nothing was imported.`);
}

/** Reads a CSV or vCard file into candidates, a table to map, or one sentence why not. */
export function readContactsFile(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): ReadResult {
  if (bytes.length > MAX_IMPORT_BYTES) return error(fileTooLargeMessage(fileName));
  const kind = binaryKind(bytes);
  if (kind) return notContacts(fileName, kind);

  const encoding = options.encoding ?? detectEncoding(bytes);
  const text = decodeText(bytes, encoding);
  if (text.trim() === '') return error(`“${fileName}” is empty. Nothing was imported.`);
  if (looksBinary(text)) return notContacts(fileName, 'binary data');

  const firstLine =
    text
      .slice(0, 200)
      .trimStart()
      .split(/\r\n|\r|\n/, 1)[0] ?? '';
  if (FIRST_LINE_VCARD.test(firstLine)) return readVcards(text, fileName);
  if (VCARD_EXTENSION.test(fileName)) {
    return error(
      `“${fileName}” does not start with BEGIN:VCARD, so it is not a vCard file. Nothing was imported.`,
    );
  }

  const delimiter = options.delimiter ?? detectDelimiter(text);
  const csv = readCsv(text, fileName, delimiter);
  if (!csv.ok) return error(csv.message);
  const { header, rows } = csv.table;

  const recognised = recogniseCsv(header);
  if (!recognised) {
    return {
      status: 'needs-mapping',
      table: { encoding, delimiter, header, rows },
      suggested: suggestMapping(header),
    };
  }
  const parsed: ParsedContacts = {
    format: recognised.format,
    formatLabel: recognised.label,
    candidates: [],
    problems: [],
  };
  for (const { line, cells } of rows) {
    addCandidate(
      recognised.toDraft(cells, line),
      recognised.rules,
      parsed.candidates,
      parsed.problems,
    );
  }
  return { status: 'recognised', parsed };
}
