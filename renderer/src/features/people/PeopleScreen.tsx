import { useMemo } from 'react';
import { RELATIONSHIPS, type Relationship } from '../../../../shared/records';
import { openDialog } from '../../app/dialogs';
import { usePaintedMark } from '../../app/perf';
import { Button } from '../../ui/Button';
import {
  choicesInUse,
  fixedChoices,
  RecordListScreen,
  type ListWords,
} from '../records/RecordListScreen';
import { peopleColumns } from './list/columns';
import { usePeopleFilters } from './list/filters';
import { usePeopleList, type PersonRow } from './list-queries';

const WORDS: ListWords = {
  title: 'People',
  noun: { one: 'person', many: 'people' },
  empty: {
    title: 'No people yet',
    text: 'Add the clients, prospects, partner contacts and friends you know. Handshake keeps track of when you last saw them and who sends you business.',
  },
  filter: { label: 'Filter people', placeholder: 'Name, company, email, phone, tag' },
  noMatch: {
    title: 'No one matches these filters',
    text: 'Check the spelling, or clear the filters to see everyone again.',
  },
};
const RELATIONSHIP_OPTIONS = fixedChoices(RELATIONSHIPS);
const rowKey = (row: PersonRow) => row.person.id;
const rowPath = (row: PersonRow) => `/people/${row.person.id}`;
const addPerson = () => openDialog({ kind: 'add-person' });
const importContacts = () => openDialog({ kind: 'import-contacts' });

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

  return (
    <RecordListScreen
      words={WORDS}
      list={list}
      columns={columns}
      filters={filters}
      rowKey={rowKey}
      rowPath={rowPath}
      menus={[
        {
          label: 'Relationship',
          options: RELATIONSHIP_OPTIONS,
          value: filters.relationship,
          onChange: (value) => filters.setMenu('relationship', value as Relationship | ''),
        },
        {
          label: 'Tag',
          options: choicesInUse(list?.tags ?? [], filters.tag),
          value: filters.tag,
          onChange: filters.setTag,
        },
      ]}
      emptyActions={
        <>
          <Button variant="primary" onClick={addPerson}>
            Add person
          </Button>{' '}
          <Button onClick={importContacts}>Import contacts</Button>
        </>
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
  );
}
