import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import {
  distinctValues,
  isEmptyQuery,
  matchesTextQuery,
  orderIn,
  parseTextQuery,
  rememberingFold,
  searchEntry,
  sortRows,
  type SearchEntry,
  type SortKey,
} from '../../../../shared/list-rules';
import { PARTNER_STATUSES } from '../../../../shared/records';
import { foldText } from '../../../../shared/text';
import { data } from '../../data';
import type { StoredPartner } from '../../data/database';
import type { PartnersFilters, PartnersSortKey } from './list/filters';

/** A partner as the list shows it, with what the filters need computed once. */
export interface PartnerRow {
  partner: StoredPartner;
  /** How many people (not in the Trash) are linked to it; undefined while still counting. */
  people: number | undefined;
  search: SearchEntry;
  categoryKey: string;
  tagKeys: string[];
}

export interface PartnersList {
  /** Every partner not in the Trash. */
  total: number;
  /** Those matching the filters, sorted. */
  rows: readonly PartnerRow[];
  categories: readonly string[];
  tags: readonly string[];
}

const byName: SortKey<PartnerRow> = { value: (row) => row.partner.nameKey, collate: true };
const byCreated: SortKey<PartnerRow> = { value: (row) => row.partner.createdAt };
const statusOrder = orderIn(PARTNER_STATUSES);

/** Each column's sort; ties broken by name, then oldest first. Status follows the pipeline. */
const SORT_KEYS: Record<PartnersSortKey, SortKey<PartnerRow>[]> = {
  name: [byName, byCreated],
  category: [{ value: (row) => row.partner.category, collate: true }, byName, byCreated],
  status: [{ value: (row) => statusOrder(row.partner.status) }, byName, byCreated],
  people: [{ value: (row) => row.people }, byName, byCreated],
  lastTouch: [{ value: (row) => row.partner.lastTouch }, byName, byCreated],
  created: [byCreated, byName],
};

/** Linked people per partner id, from the people's `partnerId`. */
async function peopleCounts(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const person of await data().people.list()) {
    if (person.partnerId) counts.set(person.partnerId, (counts.get(person.partnerId) ?? 0) + 1);
  }
  return counts;
}

function toRows(partners: readonly StoredPartner[], counts?: ReadonlyMap<string, number>) {
  const fold = rememberingFold();
  return partners.map((partner): PartnerRow => {
    const { name, category, email, phone, tags } = partner;
    return {
      partner,
      people: counts && (counts.get(partner.id) ?? 0),
      search: searchEntry([name, category, email, phone, ...tags], [phone], fold),
      categoryKey: category ? fold(category) : '',
      tagKeys: tags.map(fold),
    };
  });
}

type Filters = Pick<PartnersFilters, 'status' | 'category' | 'tag' | 'sort'> & { query: string };

/**
 * The Partners list: every partner (kept current as records change), filtered and sorted,
 * with each step memoised on what it depends on. Undefined while the records load.
 */
export function usePartnersList(filters: Filters): PartnersList | undefined {
  const { query, status, category, tag, sort } = filters;
  const partners = useLiveQuery(() => data().partners.list(), []);
  const counts = useLiveQuery(peopleCounts, []);
  const locale = navigator.language;

  // Partners show as soon as they load; counting people reads every person, so the
  // People column fills in a moment later rather than holding the whole list back.
  const all = useMemo(() => partners && toRows(partners, counts), [partners, counts]);
  const categories = useMemo(
    () => distinctValues(new Set(partners?.flatMap((p) => p.category ?? [])), locale),
    [partners, locale],
  );
  const tags = useMemo(
    () => distinctValues(new Set(partners?.flatMap((partner) => partner.tags)), locale),
    [partners, locale],
  );
  const sorted = useMemo(
    () => all && sortRows(all, SORT_KEYS[sort.key], sort.direction, locale),
    [all, sort.key, sort.direction, locale],
  );
  const rows = useMemo(() => {
    if (!sorted) return undefined;
    const text = parseTextQuery(query);
    const categoryKey = foldText(category);
    const tagKey = foldText(tag);
    if (isEmptyQuery(text) && !status && !categoryKey && !tagKey) return sorted;
    return sorted.filter(
      (row) =>
        (!status || row.partner.status === status) &&
        (!categoryKey || row.categoryKey === categoryKey) &&
        (!tagKey || row.tagKeys.includes(tagKey)) &&
        matchesTextQuery(row.search, text),
    );
  }, [sorted, query, status, category, tag]);

  if (!all || !rows) return undefined;
  return { total: all.length, rows, categories, tags };
}
