import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import {
  orderIn,
  rememberingFold,
  searchEntry,
  type SearchEntry,
  type SortKey,
} from '../../../../shared/list-rules';
import { RELATIONSHIPS } from '../../../../shared/records';
import { foldText } from '../../../../shared/text';
import { data } from '../../data';
import type { StoredPerson } from '../../data/database';
import { recordSorts, useDistinct, useListedRows } from '../records/list-queries';
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

const sorts = recordSorts((row: PersonRow) => row.person);
const relationshipOrder = orderIn(RELATIONSHIPS);

const SORT_KEYS: Record<PeopleSortKey, SortKey<PersonRow>[]> = {
  name: sorts.name,
  company: sorts.then({ value: (row) => row.person.company, collate: true }),
  relationship: sorts.then({ value: (row) => relationshipOrder(row.person.relationship) }),
  lastTouch: sorts.then({ value: (row) => row.person.lastTouch }),
  created: sorts.created,
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

const tagsOf = (person: StoredPerson) => person.tags;

type Filters = Pick<PeopleFilters, 'relationship' | 'tag' | 'sort'> & { query: string };

/**
 * The People list: everyone (kept current as records change), filtered and sorted.
 * Undefined while the records load.
 */
export function usePeopleList({ query, relationship, tag, sort }: Filters): PeopleList | undefined {
  const people = useLiveQuery(() => data().people.list(), []);
  const partners = useLiveQuery(() => data().partners.list(), []);
  const locale = navigator.language;

  const all = useMemo(() => people && toRows(people), [people]);
  const tags = useDistinct(people, tagsOf, locale);
  const partnerNames = useMemo(
    () => new Map(partners?.map((partner) => [partner.id, partner.name])),
    [partners],
  );
  const rows = useListedRows({
    all,
    sortKeys: SORT_KEYS,
    sort,
    query,
    locale,
    menuValues: [relationship, tag],
    menuTest: () => {
      const tagKey = foldText(tag);
      if (!relationship && !tagKey) return undefined;
      return (row) =>
        (!relationship || row.person.relationship === relationship) &&
        (!tagKey || row.tagKeys.includes(tagKey));
    },
  });

  if (!all || !rows || !partners) return undefined;
  return { total: all.length, rows, tags, partnerNames };
}
