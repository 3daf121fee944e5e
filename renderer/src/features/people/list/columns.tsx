import { dayFormatter, sentenceCase } from '../../../../../shared/list-format';
import { orDash, type Column } from '../../../ui/DataTable';
import type { PersonRow } from '../list-queries';
import type { PeopleSortKey } from './filters';

/** The People table's columns; Due is not filled in yet. */
export function peopleColumns(
  partnerNames: ReadonlyMap<string, string>,
  locale: string,
): Column<PersonRow, PeopleSortKey>[] {
  const format = dayFormatter(locale);
  return [
    {
      id: 'name',
      header: 'Name',
      width: 10,
      grow: 2,
      sortKey: 'name',
      cell: ({ person }) => person.name,
    },
    {
      id: 'company',
      header: 'Company',
      width: 7,
      grow: 1.5,
      sortKey: 'company',
      cell: ({ person }) => orDash(person.company),
    },
    {
      id: 'relationship',
      header: 'Relationship',
      width: 8,
      sortKey: 'relationship',
      cell: ({ person }) => sentenceCase(person.relationship),
    },
    {
      id: 'partner',
      header: 'Partner',
      width: 7,
      grow: 1.5,
      cell: ({ person }) => orDash(person.partnerId && partnerNames.get(person.partnerId)),
    },
    {
      id: 'last-touch',
      header: 'Last touch',
      width: 8,
      sortKey: 'lastTouch',
      firstDirection: 'descending',
      cell: ({ person }) => orDash(person.lastTouch && format.localDate(person.lastTouch)),
    },
    { id: 'due', header: 'Due', width: 4.5, cell: () => orDash(undefined) },
    {
      id: 'created',
      header: 'Created',
      width: 7.5,
      sortKey: 'created',
      firstDirection: 'descending',
      cell: ({ person }) => format.timestamp(person.createdAt),
    },
  ];
}
