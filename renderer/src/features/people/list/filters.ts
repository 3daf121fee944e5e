import { create } from 'zustand';
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

// Long enough to skip filtering 50,000 rows for every letter of a fast typist, short
// enough that the list seems to follow the keys.
const TYPING_PAUSE_MS = 120;
let pending: ReturnType<typeof setTimeout> | undefined;

/**
 * How the owner last filtered and sorted People. Transient UI state, kept outside the
 * screen so it is still there after visiting a person and coming back.
 */
export const usePeopleFilters = create<PeopleFiltersStore>((set) => ({
  query: '',
  appliedQuery: '',
  relationship: '',
  tag: '',
  sort: { key: 'name', direction: 'ascending' },
  setQuery: (query) => {
    clearTimeout(pending);
    set({ query });
    // Emptying the box shows everyone at once; there is nothing to wait for.
    if (query.trim() === '') set({ appliedQuery: '' });
    else pending = setTimeout(() => set({ appliedQuery: query }), TYPING_PAUSE_MS);
  },
  setRelationship: (relationship) => set({ relationship }),
  setTag: (tag) => set({ tag }),
  setSort: (sort) => set({ sort }),
  clear: () => {
    clearTimeout(pending);
    set({ query: '', appliedQuery: '', relationship: '', tag: '' });
  },
}));
