import { create } from 'zustand';
import type { SortState } from '../../../../shared/list-rules';
import { NO_FILTERS, type LedgerFilters } from './ledger-rows';

export type LedgerSortKey = 'date' | 'referrer' | 'introduced' | 'partner' | 'status' | 'value';

interface LedgerFiltersStore extends LedgerFilters {
  sort: SortState<LedgerSortKey>;
  set: (changes: Partial<LedgerFilters>) => void;
  setSort: (sort: SortState<LedgerSortKey>) => void;
  clear: () => void;
}

/**
 * How the owner last filtered and sorted the ledger. Transient UI state, kept outside the
 * screen so it is still there after visiting a referrer's page and coming back.
 */
export const useLedgerFilters = create<LedgerFiltersStore>((set) => ({
  ...NO_FILTERS,
  sort: { key: 'date', direction: 'descending' },
  set: (changes) => set(changes),
  setSort: (sort) => set({ sort }),
  clear: () => set(NO_FILTERS),
}));
