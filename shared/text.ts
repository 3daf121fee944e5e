/**
 * Text normalisation shared by sorting, search and duplicate detection: case- and
 * accent-insensitive ("Amélie" and "amelie" are the same key).
 */

// Only the combining accents that NFD splits off Latin, Greek and Cyrillic letters
// (Combining Diacritical Marks and its Extended / Supplement / Half Marks blocks).
// \p{Diacritic} was too broad: it also matched the Japanese long-vowel mark and dakuten
// ("ルーシー" → "ルシ", "ガ" → "カ"), the Devanagari virama ("क्ष" → "कष") and plain
// ASCII "^" and "`", so different names collided and names lost letters.
// eslint-disable-next-line no-misleading-character-class -- matching lone combining marks is the point
const COMBINING_ACCENTS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\ufe20-\ufe2f]/g;

export function foldText(value: string): string {
  return (
    value
      .normalize('NFD')
      .replace(COMBINING_ACCENTS, '')
      // Recompose what is left (kana with dakuten, Hangul, …) so equal text gives equal keys.
      .normalize('NFC')
      .toLocaleLowerCase('en')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
