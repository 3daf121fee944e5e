/**
 * Import contacts: choosing and reading the file, reviewing it against the stored records,
 * and writing the reviewed plan. Reading and reviewing are pure (shared/import); only
 * `applyImport` writes, in one transaction.
 */
import type { OpenFileResult } from '../../../../shared/bridge';
import { readContactsFile } from '../../../../shared/import/read';
import {
  reviewImport,
  type Decisions,
  type ExistingRecords,
  type ImportReview,
} from '../../../../shared/import/review';
import { importTag } from '../../../../shared/import/review-merge';
import { planImport, type ImportReport } from '../../../../shared/import/review-plan';
import type { ParsedContacts, ReadOptions, ReadResult } from '../../../../shared/import/types';
import { data } from '../../data';
import type { ApplyImportOptions } from '../../data/import-api';
import { platform } from '../../platform';

export const CONTACT_FILE_FILTERS = [
  { name: 'Contacts (CSV or vCard)', extensions: ['csv', 'vcf', 'vcard', 'txt'] },
];

/** A file the owner picked: its name and bytes, kept to read again with other settings. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** The desktop app's open dialog, or <input type=file> in a browser (platform/browser.ts). */
export async function pickContactsFile(): Promise<
  { status: 'picked'; file: PickedFile } | Exclude<OpenFileResult, { status: 'opened' }>
> {
  const result = await platform().openFile({ filters: CONTACT_FILE_FILTERS });
  if (result.status !== 'opened') return result;
  return { status: 'picked', file: { name: result.name, bytes: result.data } };
}

/** Reads the file; any surprise from the reader becomes a sentence, never a crash. */
export function readPickedFile(file: PickedFile, options: ReadOptions = {}): ReadResult {
  try {
    return readContactsFile(file.bytes, file.name, options);
  } catch (error) {
    console.error(error);
    return {
      status: 'error',
      message: `“${file.name}” could not be read as a contacts file. Nothing was imported.`,
    };
  }
}

export interface PreparedReview {
  fileName: string;
  parsed: ParsedContacts;
  review: ImportReview;
  existing: ExistingRecords;
}

/** Compares the file's rows with the people and partners stored now. */
export async function prepareReview(
  fileName: string,
  parsed: ParsedContacts,
): Promise<PreparedReview> {
  const existing = await data().imports.loadExisting();
  return { fileName, parsed, review: reviewImport(parsed, existing), existing };
}

/** Writes what the owner decided: everything or, if anything fails or is cancelled, nothing. */
export async function applyImport(
  prepared: PreparedReview,
  decisions: Decisions,
  options: ApplyImportOptions,
): Promise<{ report: ImportReport; tag: string; peopleAdded: number }> {
  const tag = importTag(prepared.fileName, new Date());
  const { plan, report } = planImport(prepared.review, decisions, tag, prepared.existing);
  await data().imports.apply(plan, options);
  return { report, tag, peopleAdded: plan.people.length };
}
