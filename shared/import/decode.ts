/**
 * Turning the bytes of a contacts file into text: refusing files that are not text at all,
 * and detecting the encoding the exporting program used (Excel and old Outlook still write
 * Windows-1252; Outlook and some Android apps write UTF-16).
 */
import type { TextEncoding } from './types';

/** What the file's first bytes say it is, for files that are clearly not text. */
const SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' }, // %PDF
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' }, // GIF8
  // Excel workbooks (.xlsx) and Word documents are ZIP archives.
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive or an Excel workbook' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel or Word document' },
  { bytes: [0x1f, 0x8b], what: 'a compressed archive' },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, i) => bytes[i] === byte);
}

/** Names what a binary file looks like ("a PDF document"), or undefined for text. */
export function binaryKind(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find((signature) => startsWith(bytes, signature.bytes))?.what;
}

/**
 * UTF-16 without a byte-order mark still shows itself: plain-ASCII text (headers, emails)
 * has a NUL in every other byte — odd positions for little-endian, even for big-endian.
 */
function utf16ByNulPattern(bytes: Uint8Array): TextEncoding | undefined {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = sample / 2;
  if (oddNuls > pairs * 0.4 && evenNuls < pairs * 0.05) return 'utf-16le';
  if (evenNuls > pairs * 0.4 && oddNuls < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** The encoding a file was most likely written in. */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  const utf16 = utf16ByNulPattern(bytes);
  if (utf16) return utf16;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    // Not valid UTF-8: the usual reason is an export from Windows in its "ANSI" code page.
    return 'windows-1252';
  }
}

/** The text of the file in the given encoding (a byte-order mark is dropped). */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding): string {
  // Non-fatal: with an encoding the owner chose, a stray byte becomes U+FFFD, not a failure.
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * Control characters that never appear in a text export. A NUL in text decoded as 8-bit
 * means the file is binary (or UTF-16 that the owner forced to be read otherwise).
 */
// eslint-disable-next-line no-control-regex
const BINARY_CONTROL = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/g;

/** True when the decoded text is mostly not text. */
export function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (sample.includes('\u0000')) return true;
  const controls = sample.match(BINARY_CONTROL)?.length ?? 0;
  return controls > 0 && controls > sample.length * 0.01;
}
