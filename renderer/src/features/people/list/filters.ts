import { create } from 'zustand';
import { filterQuery } from '../../../ui/filter-query';
import type { SortState } from '../../../../../shared/list-rules';
import type { Relationship } from '../../../../../shared/records';

export type PeopleSortKey = 'name' | 'company' | 'relationship' | 'lastTouch' | 'created';

export interface PeopleFilters {
  /** What is in the filter box now. */
  query: string;
  /** The filter box as the list applies it: follows `query` once typing pauses. */
  appliedQuery: string;
  relationship: Relationship | '';
  tag: string;
  sort: SortState<PeopleSortKey>;
}

interface PeopleFiltersStore extends PeopleFilters {
  setQuery: (query: string) => void;
  setRelationship: (relationship: Relationship | '') => void;
  setTag: (tag: string) => void;
  setSort: (sort: SortState<PeopleSortKey>) => void;
  clear: () => void;
}

/**
 * How the owner last filtered and sorted People. Transient UI state, kept outside the
 * screen so it is still there after visiting a person and coming back.
 */
export const usePeopleFilters = create<PeopleFiltersStore>((set) => {
  const box = filterQuery(set);
  return {
    query: '',
    appliedQuery: '',
    relationship: '',
    tag: '',
    sort: { key: 'name', direction: 'ascending' },
    setQuery: box.setQuery,
    setRelationship: (relationship) => set({ relationship }),
    setTag: (tag) => set({ tag }),
    setSort: (sort) => set({ sort }),
    clear: () => {
      box.clear();
      set({ relationship: '', tag: '' });
    },
  };
});
