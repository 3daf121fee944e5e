import { dayFormatter } from '../../../../shared/list-format';
import { DIRECTION_LABELS, WARMTH_LABELS } from '../../../../shared/referral-rules';
import { Button } from '../../ui/Button';
import { orDash, type Column } from '../../ui/DataTable';
import type { LedgerSortKey } from './ledger-filters';
import type { LedgerRow } from './ledger-rows';
import { StatusControl } from './StatusControl';

interface ColumnOptions {
  locale: string;
  formatMoney: (minor: number) => string;
  onWon: (row: LedgerRow) => void;
  onEdit: (row: LedgerRow) => void;
}

/** The ledger's columns, with the status moved from its cell. */
export function ledgerColumns({
  locale,
  formatMoney,
  onWon,
  onEdit,
}: ColumnOptions): Column<LedgerRow, LedgerSortKey>[] {
  const format = dayFormatter(locale);
  return [
    {
      id: 'direction',
      header: 'Direction',
      width: 5.5,
      cell: ({ referral }) => (
        <span className={`direction-badge direction-badge--${referral.direction}`}>
          {DIRECTION_LABELS[referral.direction]}
        </span>
      ),
    },
    {
      id: 'date',
      header: 'Date',
      width: 7.5,
      sortKey: 'date',
      firstDirection: 'descending',
      cell: ({ referral }) => format.localDate(referral.date),
    },
    {
      id: 'referrer',
      header: 'Referrer',
      width: 6.5,
      grow: 2,
      sortKey: 'referrer',
      cell: (row) => row.referrer,
    },
    {
      id: 'introduced',
      header: 'Person introduced',
      width: 6.5,
      grow: 1.5,
      sortKey: 'introduced',
      cell: (row) => row.introduced,
    },
    {
      id: 'partner',
      header: 'Partner',
      width: 5.5,
      grow: 1.5,
      sortKey: 'partner',
      cell: (row) => orDash(row.partner),
    },
    {
      id: 'warmth',
      header: 'Warmth',
      width: 6.5,
      cell: ({ referral }) => WARMTH_LABELS[referral.warmth],
    },
    {
      id: 'status',
      header: 'Status',
      width: 7,
      sortKey: 'status',
      cell: (row) => <StatusControl row={row} onWon={onWon} />,
    },
    {
      id: 'value',
      header: 'Value',
      width: 6,
      sortKey: 'value',
      firstDirection: 'descending',
      align: 'end',
      cell: ({ referral }) =>
        orDash(referral.value === undefined ? undefined : formatMoney(referral.value)),
    },
    {
      id: 'edit',
      header: 'Edit',
      width: 3.75,
      cell: (row) => (
        <Button
          variant="ghost"
          className="ledger-edit"
          aria-label={`Edit the ${row.description}`}
          onClick={(event) => {
            event.stopPropagation();
            onEdit(row);
          }}
          onKeyDown={(event) => event.stopPropagation()}
        >
          Edit
        </Button>
      ),
    },
  ];
}
