import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import {
  orderIn,
  rememberingFold,
  searchEntry,
  type SearchEntry,
  type SortKey,
} from '../../../../shared/list-rules';
import { formatMoney } from '../../../../shared/money';
import {
  NO_RECIPROCITY,
  reciprocityByPartner,
  type Reciprocity,
} from '../../../../shared/reciprocity';
import { PARTNER_STATUSES } from '../../../../shared/records';
import { foldText } from '../../../../shared/text';
import { data } from '../../data';
import type { StoredPartner } from '../../data/database';
import { useSettings } from '../settings/queries';
import { recordSorts, useDistinct, useListedRows } from '../records/list-queries';
import type { PartnersFilters, PartnersSortKey } from './list/filters';

/** A partner as the list shows it, with what the filters need computed once. */
export interface PartnerRow {
  partner: StoredPartner;
  /** How many people (not in the Trash) are linked to it; undefined while still counting. */
  people: number | undefined;
  /** Referrals given to and received from it (its people's count); undefined while counting. */
  reciprocity: Reciprocity | undefined;
  /** Won value both ways, "$1,200 / $12,400"; undefined while counting. */
  wonValues: string | undefined;
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

const sorts = recordSorts((row: PartnerRow) => row.partner);
const statusOrder = orderIn(PARTNER_STATUSES);

/** Each column's sort; ties broken by name, then oldest first. Status follows the pipeline. */
const SORT_KEYS: Record<PartnersSortKey, SortKey<PartnerRow>[]> = {
  name: sorts.name,
  category: sorts.then({ value: (row) => row.partner.category, collate: true }),
  status: sorts.then({ value: (row) => statusOrder(row.partner.status) }),
  people: sorts.then({ value: (row) => row.people }),
  received: sorts.then(
    { value: (row) => row.reciprocity?.received },
    { value: (row) => row.reciprocity?.receivedWonValue },
  ),
  lastTouch: sorts.then({ value: (row) => row.partner.lastTouch }),
  created: sorts.created,
};

interface Linked {
  people: Map<string, number>;
  reciprocity: Map<string, Reciprocity>;
}

/**
 * Linked people and referral counts per partner id, from one read of people and one of
 * referrals (people are needed anyway, for their referrals to count for their partner).
 */
async function linkedCounts(): Promise<Linked> {
  const [people, referrals] = await Promise.all([data().people.list(), data().referrals.list()]);
  const counts = new Map<string, number>();
  for (const person of people) {
    if (person.partnerId) counts.set(person.partnerId, (counts.get(person.partnerId) ?? 0) + 1);
  }
  return { people: counts, reciprocity: reciprocityByPartner(referrals, people) };
}

function toRows(
  partners: readonly StoredPartner[],
  linked: Linked | undefined,
  money: ((minor: number) => string) | undefined,
) {
  const fold = rememberingFold();
  return partners.map((partner): PartnerRow => {
    const { name, category, email, phone, tags } = partner;
    const reciprocity = linked && (linked.reciprocity.get(partner.id) ?? NO_RECIPROCITY);
    return {
      partner,
      people: linked && (linked.people.get(partner.id) ?? 0),
      reciprocity,
      wonValues:
        reciprocity &&
        money &&
        `${money(reciprocity.givenWonValue)} / ${money(reciprocity.receivedWonValue)}`,
      search: searchEntry([name, category, email, phone, ...tags], [phone], fold),
      categoryKey: category ? fold(category) : '',
      tagKeys: tags.map(fold),
    };
  });
}

const categoriesOf = (partner: StoredPartner) => (partner.category ? [partner.category] : []);
const tagsOf = (partner: StoredPartner) => partner.tags;

type Filters = Pick<PartnersFilters, 'status' | 'category' | 'tag' | 'sort'> & { query: string };

/**
 * The Partners list: every partner (kept current as records change), filtered and sorted,
 * with each step memoised on what it depends on. Undefined while the records load.
 */
export function usePartnersList(filters: Filters): PartnersList | undefined {
  const { query, status, category, tag, sort } = filters;
  const partners = useLiveQuery(() => data().partners.list(), []);
  const linked = useLiveQuery(linkedCounts, []);
  const currency = useSettings()?.currency;
  const locale = navigator.language;
  const money = useMemo(
    () => (currency ? (minor: number) => formatMoney(minor, locale, currency) : undefined),
    [currency, locale],
  );

  // Partners show as soon as they load; counting reads every person and referral, so the
  // People and Given / received columns fill in a moment later rather than holding the
  // whole list back.
  const all = useMemo(() => partners && toRows(partners, linked, money), [partners, linked, money]);
  const categories = useDistinct(partners, categoriesOf, locale);
  const tags = useDistinct(partners, tagsOf, locale);
  const rows = useListedRows({
    all,
    sortKeys: SORT_KEYS,
    sort,
    query,
    locale,
    menuValues: [status, category, tag],
    menuTest: () => {
      const categoryKey = foldText(category);
      const tagKey = foldText(tag);
      if (!status && !categoryKey && !tagKey) return undefined;
      return (row) =>
        (!status || row.partner.status === status) &&
        (!categoryKey || row.categoryKey === categoryKey) &&
        (!tagKey || row.tagKeys.includes(tagKey));
    },
  });

  if (!all || !rows) return undefined;
  return { total: all.length, rows, categories, tags };
}
