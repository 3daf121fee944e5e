/**
 * The printable partner directory: the partners with the chosen
 * statuses, grouped by category for a client to scan. Pure, so the grouping and the page
 * breaks are tested without a browser.
 */
import { PARTNER_STATUSES, type Partner, type PartnerStatus } from '../records';
import { foldText } from '../text';

/** What a directory shows unless the owner ticks other statuses: partners they work with. */
export const DEFAULT_DIRECTORY_STATUSES: readonly PartnerStatus[] = ['active'];

/** A category with more partners than this starts on a new page when printed. */
export const LONG_CATEGORY = 6;

/** The heading for partners without a category, listed after every category. */
export const UNCATEGORISED = 'Other trusted partners';

export interface DirectoryGroup {
  category: string;
  partners: Partner[];
  /** Print this category from the top of a new page (a long one, not the first). */
  startsPage: boolean;
}

/**
 * Partners with one of `statuses`, grouped by category (one group per spelling that folds
 * the same, "Dentist" and "dentist "), categories and names in the locale's order, the
 * uncategorised last.
 */
export function directoryGroups(
  partners: readonly Partner[],
  statuses: readonly PartnerStatus[],
  locale?: string,
): DirectoryGroup[] {
  const wanted = new Set(statuses);
  const byKey = new Map<string, { category: string; partners: Partner[] }>();
  const other: Partner[] = [];
  for (const partner of partners) {
    if (!wanted.has(partner.status)) continue;
    const category = partner.category?.trim();
    if (!category) {
      other.push(partner);
      continue;
    }
    const key = foldText(category);
    const group = byKey.get(key);
    if (group) group.partners.push(partner);
    else byKey.set(key, { category, partners: [partner] });
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const groups = [...byKey.values()].sort((a, b) => collator.compare(a.category, b.category));
  if (other.length > 0) groups.push({ category: UNCATEGORISED, partners: other });
  return groups.map((group, index) => ({
    category: group.category,
    partners: [...group.partners].sort((a, b) => collator.compare(a.name, b.name)),
    startsPage: index > 0 && group.partners.length > LONG_CATEGORY,
  }));
}

/** Statuses in the print view's address: "active+talking", in pipeline order. */
export function statusesSegment(statuses: readonly PartnerStatus[]): string {
  return PARTNER_STATUSES.filter((status) => statuses.includes(status)).join('+');
}

/** The statuses an address names; unknown words are ignored, and none means the default. */
export function parseStatusesSegment(segment: string | undefined): PartnerStatus[] {
  let text = segment ?? '';
  try {
    text = decodeURIComponent(text);
  } catch {
    // A malformed escape ("%E0%A4%A") is read as it is: it names no status anyway.
  }
  const words = new Set(text.split(/[+ ,]/));
  const statuses = PARTNER_STATUSES.filter((status) => words.has(status));
  return statuses.length > 0 ? statuses : [...DEFAULT_DIRECTORY_STATUSES];
}
