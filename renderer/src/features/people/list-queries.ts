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
import { RELATIONSHIPS } from '../../../../shared/records';
import { foldText } from '../../../../shared/text';
import { data } from '../../data';
import type { StoredPerson } from '../../data/database';
import type { PeopleFilters, PeopleSortKey } from './list/filters';

/** A person as the list shows it, with what the filter box needs computed once. */
export interface PersonRow {
  person: StoredPerson;
  search: SearchEntry;
  /** Folded tags, so "vip" and "VIP" are one choice in the Tag filter. */
  tagKeys: string[];
}

export interface PeopleList {
  /** Everyone not in the Trash. */
  total: number;
  /** Those matching the filters, sorted. */
  rows: readonly PersonRow[];
  /** Every tag in use, for the Tag filter. */
  tags: readonly string[];
  /** Partner names by id, for the Partner column. */
  partnerNames: ReadonlyMap<string, string>;
}

const byName: SortKey<PersonRow> = { value: (row) => row.person.nameKey, collate: true };
const byCreated: SortKey<PersonRow> = { value: (row) => row.person.createdAt };
const relationshipOrder = orderIn(RELATIONSHIPS);

/** Each column's sort, with the ties broken by name (and, for equal names, oldest first). */
const SORT_KEYS: Record<PeopleSortKey, SortKey<PersonRow>[]> = {
  name: [byName, byCreated],
  company: [{ value: (row) => row.person.company, collate: true }, byName, byCreated],
  relationship: [{ value: (row) => relationshipOrder(row.person.relationship) }, byName, byCreated],
  lastTouch: [{ value: (row) => row.person.lastTouch }, byName, byCreated],
  created: [byCreated, byName],
};

function toRows(people: readonly StoredPerson[]): PersonRow[] {
  const fold = rememberingFold();
  return people.map((person) => {
    const { name, company, emails, phones, tags } = person;
    return {
      person,
      search: searchEntry([name, company, ...emails, ...phones, ...tags], phones, fold),
      tagKeys: tags.map(fold),
    };
  });
}

type Filters = Pick<PeopleFilters, 'relationship' | 'tag' | 'sort'> & { query: string };

/**
 * The People list: everyone (kept current as records change), filtered and sorted.
 * Each step is memoised on what it depends on, so a keystroke in the filter box only
 * re-filters the already-sorted rows (a few milliseconds at 50,000 people) and a sort only
 * re-sorts. Undefined while the records load.
 */
export function usePeopleList({ query, relationship, tag, sort }: Filters): PeopleList | undefined {
  const people = useLiveQuery(() => data().people.list(), []);
  const partners = useLiveQuery(() => data().partners.list(), []);
  const locale = navigator.language;

  const all = useMemo(() => people && toRows(people), [people]);
  const tags = useMemo(
    () => distinctValues(new Set(people?.flatMap((person) => person.tags)), locale),
    [people, locale],
  );
  const partnerNames = useMemo(
    () => new Map(partners?.map((partner) => [partner.id, partner.name])),
    [partners],
  );
  const sorted = useMemo(
    () => all && sortRows(all, SORT_KEYS[sort.key], sort.direction, locale),
    [all, sort.key, sort.direction, locale],
  );
  const rows = useMemo(() => {
    if (!sorted) return undefined;
    const text = parseTextQuery(query);
    const tagKey = foldText(tag);
    if (isEmptyQuery(text) && !relationship && !tagKey) return sorted;
    return sorted.filter(
      (row) =>
        (!relationship || row.person.relationship === relationship) &&
        (!tagKey || row.tagKeys.includes(tagKey)) &&
        matchesTextQuery(row.search, text),
    );
  }, [sorted, query, relationship, tag]);

  if (!all || !rows || !partners) return undefined;
  return { total: all.length, rows, tags, partnerNames };
}
