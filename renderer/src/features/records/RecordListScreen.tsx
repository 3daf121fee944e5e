import type { ReactNode } from 'react';
import { countLabel, sentenceCase } from '../../../../shared/list-format';
import type { SortState } from '../../../../shared/list-rules';
import { Button } from '../../ui/Button';
import { DataTable, TableMessage, type Column } from '../../ui/DataTable';
import { SelectField, TextField } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';

/** What a record list says, in its own words. */
export interface ListWords {
  /** "People": the page title and the table's name. */
  title: string;
  noun: { one: string; many: string };
  empty: { title: string; text: string };
  filter: { label: string; placeholder: string };
  noMatch: { title: string; text: string };
}

/** One menu beside the filter box. */
export interface MenuFilter {
  label: string;
  options: { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
}

interface BoxFilters<Key extends string> {
  query: string;
  appliedQuery: string;
  sort: SortState<Key>;
  setQuery: (query: string) => void;
  setSort: (sort: SortState<Key>) => void;
  clear: () => void;
}

interface RecordListScreenProps<Row, Key extends string> {
  words: ListWords;
  /** Undefined while loading. */
  list: { total: number; rows: readonly Row[] } | undefined;
  columns: Column<Row, Key>[] | undefined;
  filters: BoxFilters<Key>;
  menus: MenuFilter[];
  /** The header's buttons, and those offered when there are no records yet. */
  actions: ReactNode;
  emptyActions: ReactNode;
  rowKey: (row: Row) => string;
  rowPath: (row: Row) => string;
}

const ALL = { value: '', label: 'All' };

/** Menu options for a fixed list of values ("Client", "Prospect", …), after "All". */
export const fixedChoices = (values: readonly string[]) => [
  ALL,
  ...values.map((value) => ({ value, label: sentenceCase(value) })),
];

/** Menu options for values in use, keeping a choice made earlier even if it is gone now. */
export function choicesInUse(values: readonly string[], chosen: string) {
  const all = chosen && !values.includes(chosen) ? [chosen, ...values] : values;
  return [ALL, ...all.map((value) => ({ value, label: value }))];
}

/** A list of people or partners: the count, the filter box and menus, and the table. */
export function RecordListScreen<Row, Key extends string>({
  words,
  list,
  columns,
  filters,
  menus,
  actions,
  emptyActions,
  rowKey,
  rowPath,
}: RecordListScreenProps<Row, Key>) {
  const locale = navigator.language;
  if (!list || !columns) {
    return (
      <>
        <PageHeader title={words.title} />
        <p aria-busy="true">Loading {words.noun.many}…</p>
      </>
    );
  }

  if (list.total === 0) {
    return (
      <>
        <PageHeader title={words.title} />
        <TableMessage title={words.empty.title} action={emptyActions}>
          {words.empty.text}
        </TableMessage>
      </>
    );
  }

  return (
    <div className="list-page">
      <PageHeader
        title={words.title}
        description={
          <span className="list-page__count" aria-live="polite">
            {countLabel(list.rows.length, list.total, words.noun, locale)}
          </span>
        }
        actions={actions}
      />
      <div className="list-page__filters">
        <TextField
          label={words.filter.label}
          type="search"
          placeholder={words.filter.placeholder}
          autoComplete="off"
          spellCheck={false}
          value={filters.query}
          onChange={(event) => filters.setQuery(event.target.value)}
        />
        {menus.map((menu) => (
          <SelectField
            key={menu.label}
            label={menu.label}
            options={menu.options}
            value={menu.value}
            onChange={(event) => menu.onChange(event.target.value)}
          />
        ))}
      </div>
      {list.rows.length === 0 ? (
        <TableMessage
          title={words.noMatch.title}
          action={<Button onClick={filters.clear}>Clear filters</Button>}
        >
          {words.noMatch.text}
        </TableMessage>
      ) : (
        <DataTable
          label={words.title}
          rows={list.rows}
          columns={columns}
          rowKey={rowKey}
          rowPath={rowPath}
          sort={filters.sort}
          onSortChange={filters.setSort}
          resetKey={JSON.stringify([
            filters.appliedQuery,
            ...menus.map((menu) => menu.value),
            filters.sort.key,
            filters.sort.direction,
          ])}
        />
      )}
    </div>
  );
}
