import { describe, expect, it } from 'vitest';
import { COMMON_PARTNER_CATEGORIES, categorySuggestions } from '../../../shared/partner-categories';

describe('categorySuggestions', () => {
  it('offers every common category when nothing is typed, alphabetically', () => {
    const all = categorySuggestions([], '');
    expect(all).toHaveLength(COMMON_PARTNER_CATEGORIES.length);
    expect(all[0]).toBe('Accountant');
    expect(all).toContain('Insurance agent');
    expect(all).toContain('Pediatrician');
  });

  it.each([
    // Those starting with the text come before those merely containing it.
    ['ph', ['Photographer', 'Physical therapist', 'Graphic designer']],
    ['INSUR', ['Insurance agent']],
    ['pédi', ['Pediatrician']],
    ['zzz', []],
  ])('%j → starts with %j', (typed, expected) => {
    expect(categorySuggestions([], typed).slice(0, expected.length)).toEqual(expected);
  });

  it('adds the categories in use and keeps the owner’s spelling of a common one', () => {
    const suggestions = categorySuggestions(['Dog groomer', 'realtor', ' Dog groomer '], '');
    expect(suggestions).toContain('Dog groomer');
    expect(suggestions).toContain('realtor');
    expect(suggestions).not.toContain('Realtor');
    expect(suggestions.filter((category) => category === 'Dog groomer')).toHaveLength(1);
  });

  it('ignores empty categories', () => {
    expect(categorySuggestions(['', '   '], '')).toHaveLength(COMMON_PARTNER_CATEGORIES.length);
  });
});
