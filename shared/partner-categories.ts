/**
 * Suggestions for a partner's category: businesses that serve
 * the same customers as a small service business, plus every category the owner already
 * uses. Category stays free text; these only save typing and keep spellings consistent.
 */
import { foldText } from './text';

export const COMMON_PARTNER_CATEGORIES: readonly string[] = [
  'Accountant',
  'Auto repair',
  'Bookkeeper',
  'Business coach',
  'Chiropractor',
  'Contractor',
  'Dentist',
  'Electrician',
  'Financial planner',
  'Florist',
  'Graphic designer',
  'Hair salon',
  'Home inspector',
  'Insurance agent',
  'Interior designer',
  'Landscaper',
  'Lawyer',
  'Marketing consultant',
  'Massage therapist',
  'Mortgage broker',
  'Orthodontist',
  'Pediatrician',
  'Personal trainer',
  'Photographer',
  'Physical therapist',
  'Plumber',
  'Property manager',
  'Realtor',
  'Veterinarian',
  'Web designer',
  'Wedding planner',
];

/**
 * Categories matching what has been typed (case- and accent-insensitive), those that start
 * with it first, then alphabetical. A category in use keeps the owner's spelling over ours.
 */
export function categorySuggestions(
  inUse: readonly string[],
  typed: string,
  locale = 'en',
): string[] {
  const byKey = new Map<string, string>();
  for (const category of [...inUse, ...COMMON_PARTNER_CATEGORIES]) {
    const trimmed = category.trim();
    const key = foldText(trimmed);
    if (key !== '' && !byKey.has(key)) byKey.set(key, trimmed);
  }
  const query = foldText(typed);
  const matching = [...byKey.entries()].filter(([key]) => key.includes(query));
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return matching
    .sort(([keyA, a], [keyB, b]) => {
      const startsA = keyA.startsWith(query) ? 0 : 1;
      const startsB = keyB.startsWith(query) ? 0 : 1;
      return startsA - startsB || collator.compare(a, b);
    })
    .map(([, category]) => category);
}
