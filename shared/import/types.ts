/**
 * The contract between reading a contacts file (./read.ts: detection, decoding, CSV and
 * vCard parsing, mapping — pure, no database) and the import flow in the renderer (review,
 * duplicates, one transaction, report).
 */
import type { PartnerInput, PersonInput } from '../records';

export type ImportFormat =
  'google' | 'google-legacy' | 'linkedin' | 'outlook-desktop' | 'outlook-web' | 'csv' | 'vcard';

/** One contact read from the file, with the line (1-based) it starts on in the file. */
export type ImportCandidate =
  | { line: number; kind: 'person'; person: PersonInput }
  /** A company-only card or row: becomes a Partner, not a nameless person. */
  | { line: number; kind: 'partner'; partner: PartnerInput };

/** A row that could not become a record, with the reason in one plain sentence. */
export interface ImportProblem {
  line: number;
  reason: string;
}

export interface ParsedContacts {
  format: ImportFormat;
  /** For the owner: "Google Contacts", "LinkedIn connections", "vCard 3.0", … */
  formatLabel: string;
  candidates: ImportCandidate[];
  problems: ImportProblem[];
}

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type CsvDelimiter = ',' | ';' | '\t' | '|';

/** A CSV whose columns were not recognised: the owner maps them. */
export interface CsvTable {
  encoding: TextEncoding;
  delimiter: CsvDelimiter;
  header: string[];
  rows: { line: number; cells: string[] }[];
}

/** What a column of an unrecognised CSV becomes. */
export type MappedField =
  | 'ignore'
  | 'name'
  | 'firstName'
  | 'lastName'
  | 'company'
  | 'title'
  | 'email'
  | 'phone'
  | 'relationship'
  | 'tags'
  | 'howWeMet'
  | 'birthday'
  | 'notes';

/** One entry per header column, in order. */
export type ColumnMapping = MappedField[];

export interface ReadOptions {
  /** Override what was detected (the mapping step lets the owner change them). */
  encoding?: TextEncoding;
  delimiter?: CsvDelimiter;
}

export type ReadResult =
  /** Not readable at all: one sentence for the owner; nothing is imported. */
  | { status: 'error'; message: string }
  | { status: 'recognised'; parsed: ParsedContacts }
  | { status: 'needs-mapping'; table: CsvTable; suggested: ColumnMapping };
