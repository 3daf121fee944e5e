/**
 * Saving a print view (the partner directory, the referral guide) as a PDF: the owner
 * picks where in a native dialog, Chromium renders the page with its print styles, and
 * main writes the file atomically (ARCHITECTURE.md). The dialog and the renderer are
 * passed in so the tests can stand in for the owner and for Chromium.
 */
import { basename } from 'node:path';
import type { PrintToPdfRequest, SaveFileResult } from '../../shared/bridge';
import { writeFileAtomic } from '../files/atomic-write';
import { sanitizeFileName } from '../files/file-name';
import type { FileDialogs } from './file-actions';

const PDF_FILTERS = [{ name: 'PDF documents', extensions: ['pdf'] }];

/** Countries whose printers hold US Letter paper; everyone else uses A4. */
const LETTER_COUNTRIES = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'PR']);

export function pageSizeFor(countryCode: string): 'Letter' | 'A4' {
  return LETTER_COUNTRIES.has(countryCode.toUpperCase()) ? 'Letter' : 'A4';
}

/** The name offered in the dialog: a bare file name ending in .pdf. */
export function pdfFileName(suggested: string): string {
  const name = sanitizeFileName(suggested);
  return /\.pdf$/i.test(name) ? name : `${name}.pdf`;
}

export async function printToPdf(
  request: PrintToPdfRequest,
  dialogs: Pick<FileDialogs, 'askSavePath'>,
  render: () => Promise<Uint8Array>,
): Promise<SaveFileResult> {
  // Ask first: rendering is wasted work when the owner cancels.
  const path = await dialogs.askSavePath(pdfFileName(request.suggestedName), PDF_FILTERS);
  if (path === undefined) return { status: 'cancelled' };
  const name = basename(path);
  let pdf: Uint8Array;
  try {
    pdf = await render();
  } catch {
    return {
      status: 'error',
      message: `The PDF could not be made, so “${name}” was not saved. Try again in a moment.`,
    };
  }
  try {
    await writeFileAtomic(path, pdf);
    return { status: 'saved', name };
  } catch {
    return {
      status: 'error',
      message: `“${name}” could not be saved. Check that the folder still exists, that you may write to it and that the disk is not full. Nothing was changed.`,
    };
  }
}
