import { useMemo } from 'react';
import {
  distinctValues,
  isEmptyQuery,
  matchesTextQuery,
  parseTextQuery,
  sortRows,
  type SearchEntry,
  type SortKey,
  type SortState,
} from '../../../../shared/list-rules';

/** What every record list's row carries: its search entry, made once. */
export interface ListRow {
  search: SearchEntry;
}

interface Dated {
  nameKey: string;
  createdAt: number;
}

/** Name and created sorts over a row's record, and a column's sort with those as tie-breaks. */
export function recordSorts<Row>(record: (row: Row) => Dated) {
  const byName: SortKey<Row> = { value: (row) => record(row).nameKey, collate: true };
  const byCreated: SortKey<Row> = { value: (row) => record(row).createdAt };
  return {
    name: [byName, byCreated],
    created: [byCreated, byName],
    /** Ties broken by name, and for equal names, oldest first. */
    then: (...keys: SortKey<Row>[]) => [...keys, byName, byCreated],
  };
}

/** Every value in use (tags, categories), sorted for a filter menu. */
export function useDistinct<T>(
  records: readonly T[] | undefined,
  values: (record: T) => readonly string[],
  locale: string,
): readonly string[] {
  return useMemo(
    () => distinctValues(new Set(records?.flatMap(values)), locale),
    // `values` is a module-level function in every caller.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [records, locale],
  );
}

interface ListedOptions<Row extends ListRow, Key extends string> {
  all: readonly Row[] | undefined;
  sortKeys: Record<Key, SortKey<Row>[]>;
  sort: SortState<Key>;
  query: string;
  /** The menus' test for one row, or undefined when no menu narrows the list. */
  menuTest: (() => ((row: Row) => boolean) | undefined) | undefined;
  /** What the menus' test depends on. */
  menuValues: readonly string[];
  locale: string;
}

/**
 * A list's rows sorted, then filtered. Each step is memoised on what it depends on, so a
 * keystroke in the filter box only re-filters the already-sorted rows (a few
 * milliseconds at 50,000 records) and a sort only re-sorts.
 */
export function useListedRows<Row extends ListRow, Key extends string>({
  all,
  sortKeys,
  sort,
  query,
  menuTest,
  menuValues,
  locale,
}: ListedOptions<Row, Key>): readonly Row[] | undefined {
  const sorted = useMemo(
    () => all && sortRows(all, sortKeys[sort.key], sort.direction, locale),
    [all, sortKeys, sort.key, sort.direction, locale],
  );
  const menuKey = JSON.stringify(menuValues);
  return useMemo(() => {
    if (!sorted) return undefined;
    const text = parseTextQuery(query);
    const test = menuTest?.();
    if (isEmptyQuery(text) && !test) return sorted;
    return sorted.filter((row) => (!test || test(row)) && matchesTextQuery(row.search, text));
    // The menu test is rebuilt each render; what it reads is in `menuKey`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sorted, query, menuKey]);
}
