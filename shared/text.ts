/**
 * Text normalisation shared by sorting, search and duplicate detection: case- and
 * accent-insensitive ("Amélie" and "amelie" are the same key).
 */

// Only the combining accents that NFD splits off Latin, Greek and Cyrillic letters
// (Combining Diacritical Marks and its Extended / Supplement / Half Marks blocks).
// \p{Diacritic} was too broad: it also matched the Japanese long-vowel mark and dakuten
// ("ルーシー" → "ルシ", "ガ" → "カ"), the Devanagari virama ("क्ष" → "कष") and plain
// ASCII "^" and "`", so different names collided and names lost letters.
const ACCENT_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0xfe20, 0xfe2f],
];

const isAccent = (mark: string) => {
  const code = mark.codePointAt(0)!;
  return ACCENT_BLOCKS.some(([first, last]) => code >= first && code <= last);
};

export function foldText(value: string): string {
  return (
    value
      .normalize('NFD')
      .replace(/\p{M}/gu, (mark) => (isAccent(mark) ? '' : mark))
      // Recompose what is left (kana with dakuten, Hangul, …) so equal text gives equal keys.
      .normalize('NFC')
      .toLocaleLowerCase('en')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
