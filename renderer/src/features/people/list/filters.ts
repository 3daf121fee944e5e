import type { Relationship } from '../../../../../shared/records';
import { createListFilters, type ListFilters } from '../../records/list-filters';

export type PeopleSortKey = 'name' | 'company' | 'relationship' | 'lastTouch' | 'created';

type PeopleMenus = { relationship: Relationship | ''; tag: string };

export type PeopleFilters = ListFilters<PeopleSortKey, PeopleMenus>;

/** How the owner last filtered and sorted People. */
export const usePeopleFilters = createListFilters<PeopleSortKey, PeopleMenus>(
  { relationship: '', tag: '' },
  { key: 'name', direction: 'ascending' },
);
