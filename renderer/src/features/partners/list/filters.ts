import { create } from 'zustand';
import { filterQuery } from '../../../ui/filter-query';
import type { SortState } from '../../../../../shared/list-rules';
import type { PartnerStatus } from '../../../../../shared/records';

export type PartnersSortKey =
  'name' | 'category' | 'status' | 'people' | 'lastTouch' | 'received' | 'created';

export interface PartnersFilters {
  /** What is in the filter box now. */
  query: string;
  /** The filter box as the list applies it: follows `query` once typing pauses. */
  appliedQuery: string;
  status: PartnerStatus | '';
  category: string;
  tag: string;
  sort: SortState<PartnersSortKey>;
}

interface PartnersFiltersStore extends PartnersFilters {
  setQuery: (query: string) => void;
  setStatus: (status: PartnerStatus | '') => void;
  setCategory: (category: string) => void;
  setTag: (tag: string) => void;
  setSort: (sort: SortState<PartnersSortKey>) => void;
  clear: () => void;
}

/**
 * How the owner last filtered and sorted Partners. Transient UI state, kept outside the
 * screen so it is still there after visiting a partner and coming back.
 */
export const usePartnersFilters = create<PartnersFiltersStore>((set) => {
  const box = filterQuery(set);
  return {
    query: '',
    appliedQuery: '',
    status: '',
    category: '',
    tag: '',
    sort: { key: 'name', direction: 'ascending' },
    setQuery: box.setQuery,
    setStatus: (status) => set({ status }),
    setCategory: (category) => set({ category }),
    setTag: (tag) => set({ tag }),
    setSort: (sort) => set({ sort }),
    clear: () => {
      box.clear();
      set({ status: '', category: '', tag: '' });
    },
  };
});
