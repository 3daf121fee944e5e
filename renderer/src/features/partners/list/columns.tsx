import { dayFormatter, NO_VALUE, sentenceCase } from '../../../../../shared/list-format';
import type { PartnerStatus } from '../../../../../shared/records';
import { orDash, type Column } from '../../../ui/DataTable';
import type { PartnerRow } from '../list-queries';
import type { PartnersSortKey } from './filters';
import './partners-list.css';

/** A partner's place in the pipeline, as a small coloured label. */
export function StatusPill({ status }: { status: PartnerStatus }) {
  return <span className={`status-pill status-pill--${status}`}>{sentenceCase(status)}</span>;
}

/**
 * The Partners table's columns (PRODUCT.md §5). Given / received waits for the referrals
 * issue, which fills it with the reciprocity counts.
 */
export function partnersColumns(
  locale: string,
  numbers: Intl.NumberFormat,
): Column<PartnerRow, PartnersSortKey>[] {
  const format = dayFormatter(locale);
  return [
    {
      id: 'name',
      header: 'Name',
      width: 10,
      grow: 2,
      sortKey: 'name',
      cell: ({ partner }) => partner.name,
    },
    {
      id: 'category',
      header: 'Category',
      width: 8,
      grow: 1.3,
      sortKey: 'category',
      cell: ({ partner }) => orDash(partner.category),
    },
    {
      id: 'status',
      header: 'Status',
      width: 6.5,
      sortKey: 'status',
      cell: ({ partner }) => <StatusPill status={partner.status} />,
    },
    {
      id: 'people',
      header: 'People',
      width: 5,
      align: 'end',
      sortKey: 'people',
      firstDirection: 'descending',
      cell: ({ people }) =>
        people === undefined ? (
          <span className="data-table__muted">
            <span aria-hidden="true">…</span>
            <span className="visually-hidden">Counting</span>
          </span>
        ) : (
          numbers.format(people)
        ),
    },
    {
      id: 'last-touch',
      header: 'Last touch',
      width: 8,
      sortKey: 'lastTouch',
      firstDirection: 'descending',
      cell: ({ partner }) => orDash(partner.lastTouch && format.localDate(partner.lastTouch)),
    },
    {
      id: 'reciprocity',
      header: 'Given / received',
      width: 6.5,
      align: 'end',
      cell: () => <span className="data-table__muted">{NO_VALUE}</span>,
    },
    {
      id: 'created',
      header: 'Created',
      width: 7.5,
      sortKey: 'created',
      firstDirection: 'descending',
      cell: ({ partner }) => format.timestamp(partner.createdAt),
    },
  ];
}
