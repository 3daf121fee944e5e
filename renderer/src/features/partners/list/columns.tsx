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

/** "…" with its words for assistive technology, while a count is still being made. */
function Counting() {
  return (
    <span className="data-table__muted">
      <span aria-hidden="true">…</span>
      <span className="visually-hidden">Counting</span>
    </span>
  );
}

/** "2 / 4" over "$1,200 / $12,400": referrals given and received, then their won value. */
function Reciprocity({ row, numbers }: { row: PartnerRow; numbers: Intl.NumberFormat }) {
  const { reciprocity, wonValues } = row;
  if (!reciprocity) return <Counting />;
  const { given, received } = reciprocity;
  if (given === 0 && received === 0) return <span className="data-table__muted">{NO_VALUE}</span>;
  return (
    <span
      className="reciprocity-cell"
      title={`You sent ${given}, they sent you ${received}. Won value: ${wonValues ?? ''}`}
    >
      <span>
        {numbers.format(given)} / {numbers.format(received)}
      </span>
      {wonValues && <span className="reciprocity-cell__value">{wonValues}</span>}
    </span>
  );
}

/** The Partners table's columns. */
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
      cell: ({ people }) => (people === undefined ? <Counting /> : numbers.format(people)),
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
      width: 9,
      align: 'end',
      sortKey: 'received',
      firstDirection: 'descending',
      cell: (row) => <Reciprocity row={row} numbers={numbers} />,
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
