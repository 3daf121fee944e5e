import { create } from 'zustand';
import type { SortState } from '../../../../shared/list-rules';
import { filterQuery } from '../../ui/filter-query';

/** The menus beside a list's filter box, by name; every record list has a Tag menu. */
export type Menus = { tag: string } & Record<string, string>;

export type ListFilters<Key extends string, M extends Menus> = M & {
  /** What is in the filter box now. */
  query: string;
  /** The filter box as the list applies it: follows `query` once typing pauses. */
  appliedQuery: string;
  sort: SortState<Key>;
};

export type ListFiltersStore<Key extends string, M extends Menus> = ListFilters<Key, M> & {
  setQuery: (query: string) => void;
  setMenu: <Name extends keyof M>(name: Name, value: M[Name]) => void;
  setTag: (tag: string) => void;
  setSort: (sort: SortState<Key>) => void;
  /** Empties the box and every menu; the sort stays. */
  clear: () => void;
};

/**
 * How the owner last filtered and sorted a record list. Transient UI state, kept outside
 * the screen so it is still there after visiting a record and coming back.
 */
export function createListFilters<Key extends string, M extends Menus>(
  menus: M,
  sort: SortState<Key>,
) {
  return create<ListFiltersStore<Key, M>>((set) => {
    const patch = (values: object) => set(values as Partial<ListFiltersStore<Key, M>>);
    const box = filterQuery(patch);
    const setMenus = (values: Partial<M>) => patch(values);
    return {
      ...menus,
      query: '',
      appliedQuery: '',
      sort,
      setQuery: box.setQuery,
      setMenu: (name, value) => patch({ [name]: value }),
      setTag: (tag) => patch({ tag }),
      setSort: (next) => patch({ sort: next }),
      clear: () => {
        box.clear();
        setMenus(menus);
      },
    } as ListFiltersStore<Key, M>;
  });
}
