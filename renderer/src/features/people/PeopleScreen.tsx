import { useMemo } from 'react';
import { countLabel, sentenceCase } from '../../../../shared/list-format';
import { RELATIONSHIPS, type Relationship } from '../../../../shared/records';
import { openDialog } from '../../app/dialogs';
import { usePaintedMark } from '../../app/perf';
import { Button } from '../../ui/Button';
import { DataTable, TableMessage } from '../../ui/DataTable';
import { SelectField, TextField } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { peopleColumns } from './list/columns';
import { usePeopleFilters } from './list/filters';
import { usePeopleList, type PersonRow } from './list-queries';

const NOUN = { one: 'person', many: 'people' };
const ALL = { value: '', label: 'All' };
const RELATIONSHIP_OPTIONS = [
  ALL,
  ...RELATIONSHIPS.map((value) => ({ value, label: sentenceCase(value) })),
];
const rowKey = (row: PersonRow) => row.person.id;
const rowPath = (row: PersonRow) => `/people/${row.person.id}`;
const addPerson = () => openDialog({ kind: 'add-person' });
const importContacts = () => openDialog({ kind: 'import-contacts' });

/** Tag menu options, keeping a tag chosen earlier even if no one carries it any more. */
function tagChoices(tags: readonly string[], chosen: string) {
  const all = chosen && !tags.includes(chosen) ? [chosen, ...tags] : tags;
  return [ALL, ...all.map((tag) => ({ value: tag, label: tag }))];
}

export function PeopleScreen() {
  const filters = usePeopleFilters();
  const list = usePeopleList({ ...filters, query: filters.appliedQuery });
  const locale = navigator.language;
  const partnerNames = list?.partnerNames;
  const columns = useMemo(
    () => partnerNames && peopleColumns(partnerNames, locale),
    [partnerNames, locale],
  );
  const sortKey = `${filters.sort.key}:${filters.sort.direction}`;
  usePaintedMark('people:sorted', list && columns ? sortKey : undefined);

  if (!list || !columns) {
    return (
      <>
        <PageHeader title="People" />
        <p aria-busy="true">Loading people…</p>
      </>
    );
  }

  if (list.total === 0) {
    return (
      <>
        <PageHeader title="People" />
        <TableMessage
          title="No people yet"
          action={
            <>
              <Button variant="primary" onClick={addPerson}>
                Add person
              </Button>{' '}
              <Button onClick={importContacts}>Import contacts</Button>
            </>
          }
        >
          Add the clients, prospects, partner contacts and friends you know. Handshake keeps track
          of when you last saw them and who sends you business.
        </TableMessage>
      </>
    );
  }

  return (
    <div className="list-page">
      <PageHeader
        title="People"
        description={
          <span className="list-page__count" aria-live="polite">
            {countLabel(list.rows.length, list.total, NOUN, locale)}
          </span>
        }
        actions={
          <>
            <Button onClick={importContacts}>Import contacts</Button>
            <Button onClick={() => openDialog({ kind: 'export-people' })}>Export people</Button>
            <Button onClick={() => openDialog({ kind: 'log-handshake' })}>Log handshake</Button>
            <Button variant="primary" onClick={addPerson}>
              Add person
            </Button>
          </>
        }
      />
      <div className="list-page__filters">
        <TextField
          label="Filter people"
          type="search"
          placeholder="Name, company, email, phone, tag"
          autoComplete="off"
          spellCheck={false}
          value={filters.query}
          onChange={(event) => filters.setQuery(event.target.value)}
        />
        <SelectField
          label="Relationship"
          options={RELATIONSHIP_OPTIONS}
          value={filters.relationship}
          onChange={(event) => filters.setRelationship(event.target.value as Relationship | '')}
        />
        <SelectField
          label="Tag"
          options={tagChoices(list.tags, filters.tag)}
          value={filters.tag}
          onChange={(event) => filters.setTag(event.target.value)}
        />
      </div>
      {list.rows.length === 0 ? (
        <TableMessage
          title="No one matches these filters"
          action={<Button onClick={filters.clear}>Clear filters</Button>}
        >
          Check the spelling, or clear the filters to see everyone again.
        </TableMessage>
      ) : (
        <DataTable
          label="People"
          rows={list.rows}
          columns={columns}
          rowKey={rowKey}
          rowPath={rowPath}
          sort={filters.sort}
          onSortChange={filters.setSort}
          resetKey={JSON.stringify([
            filters.appliedQuery,
            filters.relationship,
            filters.tag,
            filters.sort.key,
            filters.sort.direction,
          ])}
        />
      )}
    </div>
  );
}
