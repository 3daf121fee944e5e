import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../shared/text';

describe('foldText', () => {
  it.each([
    // Accents and case.
    ['Amélie Dupont', 'amelie dupont'],
    ['AMÉLIE', 'amelie'],
    ['François', 'francois'],
    ['Nguyễn Thị Minh Khai', 'nguyen thi minh khai'],
    ['Ἀθῆναι', 'αθηναι'],
    ['ŁÓDŹ', 'łodz'],
    // Precomposed and decomposed input give the same key.
    ['A\u030angstr\u00f6m', 'angstrom'],
    ['\u00c5ngstro\u0308m', 'angstrom'],
    // Whitespace: collapsed (tabs, newlines, no-break and ideographic spaces) and trimmed.
    ['  Amélie \t\n Dupont  ', 'amelie dupont'],
    ['Amélie\u00a0Dupont', 'amelie dupont'],
    ['山田\u3000太郎', '山田 太郎'],
    ['', ''],
    ['   ', ''],
    // Dotted capital I folds to a plain i (the combining dot above is removed).
    ['İstanbul', 'istanbul'],
    // Letters that are not "letter + accent" in Unicode are kept, only lower-cased:
    // Æ, Ø, Ł and ß have no decomposition, so 'Ærøskøbing' folds to 'ærøskøbing'.
    ['Ærøskøbing', 'ærøskøbing'],
    ['Ørsted', 'ørsted'],
    ['Straße', 'straße'],
    // Scripts whose marks are part of the letter keep them (these once collapsed).
    ['ルーシー', 'ルーシー'],
    ['ガク', 'ガク'],
    ['क्षमा', 'क्षमा'],
    ['한국어', '한국어'],
    // Punctuation that Unicode calls "diacritic" but is not an accent on a letter.
    ['a^b`c', 'a^b`c'],
  ])('%j → %j', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it('keeps distinct Japanese names distinct', () => {
    expect(foldText('ルーシー')).not.toBe(foldText('ルシ'));
    expect(foldText('ガク')).not.toBe(foldText('カク'));
  });

  it('never throws, is idempotent, and ignores case and surrounding space', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (value) => {
        const folded = foldText(value);
        expect(foldText(folded)).toBe(folded);
        expect(foldText(`  ${value.toUpperCase()} `)).toBe(foldText(value.toUpperCase()));
        expect(folded).toBe(folded.trim());
        expect(folded).not.toMatch(/\s{2}/);
      }),
    );
  });

  it('treats any string, even lone surrogates, without crashing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        expect(typeof foldText(value)).toBe('string');
      }),
    );
  });
});
