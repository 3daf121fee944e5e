import { useMemo, useState } from 'react';
import { orderIn, sortRows, type SortKey } from '../../../../shared/list-rules';
import {
  REFERRAL_DIRECTIONS,
  REFERRAL_STATUSES,
  REFERRAL_WARMTH,
  type Referral,
} from '../../../../shared/records';
import { STATUS_LABELS, WARMTH_LABELS } from '../../../../shared/referral-rules';
import { openDialog } from '../../app/dialogs';
import { Button } from '../../ui/Button';
import { DataTable, TableMessage } from '../../ui/DataTable';
import { SelectField, TextField } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { EditReferralDialog } from './EditReferralDialog';
import { ledgerColumns } from './ledger-columns';
import { useLedgerFilters, type LedgerSortKey } from './ledger-filters';
import { filterLedger, ledgerTotals, type LedgerRow } from './ledger-rows';
import { useLedger, useMoney } from './queries';
import { WonDialog } from './WonDialog';
import './referrals.css';

const ALL = { value: '', label: 'All' };
const DIRECTION_OPTIONS = [
  ALL,
  ...REFERRAL_DIRECTIONS.map((value) => ({
    value,
    label: value === 'received' ? 'In (received)' : 'Out (given)',
  })),
];
const STATUS_OPTIONS = [
  ALL,
  ...REFERRAL_STATUSES.map((v) => ({ value: v, label: STATUS_LABELS[v] })),
];
const WARMTH_OPTIONS = [
  ALL,
  ...REFERRAL_WARMTH.map((v) => ({ value: v, label: WARMTH_LABELS[v] })),
];

const byDate: SortKey<LedgerRow> = { value: (row) => row.referral.date };
const byCreated: SortKey<LedgerRow> = { value: (row) => row.referral.createdAt };
const statusOrder = orderIn(REFERRAL_STATUSES);
const text = (pick: (row: LedgerRow) => string): SortKey<LedgerRow> => ({
  value: pick,
  collate: true,
});
const SORT_KEYS: Record<LedgerSortKey, SortKey<LedgerRow>[]> = {
  date: [byDate, byCreated],
  referrer: [text((row) => row.referrer), byDate],
  introduced: [text((row) => row.introduced), byDate],
  partner: [text((row) => row.partner), byDate],
  status: [{ value: (row) => statusOrder(row.referral.status) }, byDate],
  value: [{ value: (row) => row.referral.value }, byDate],
};

const recordReferral = () => openDialog({ kind: 'record-referral' });
const rowKey = (row: LedgerRow) => row.referral.id;
// Opening a row goes to the referrer's page (a given referral: the partner's), where the
// whole relationship is; Edit in the row changes the referral itself.
const rowPath = (row: LedgerRow) => row.path;

/** /referrals — the ledger of every introduction, received and given. */
export function ReferralsScreen() {
  const ledger = useLedger();
  const money = useMoney();
  const filters = useLedgerFilters();
  const [won, setWon] = useState<LedgerRow>();
  const [editing, setEditing] = useState<Referral>();
  const locale = navigator.language;

  const columns = useMemo(
    () =>
      money &&
      ledgerColumns({
        locale,
        formatMoney: money.format,
        onWon: setWon,
        onEdit: (row) => setEditing(row.referral),
      }),
    [money, locale],
  );
  const sorted = useMemo(
    () =>
      ledger && sortRows(ledger.rows, SORT_KEYS[filters.sort.key], filters.sort.direction, locale),
    [ledger, filters.sort.key, filters.sort.direction, locale],
  );
  const { direction, status, partnerId, warmth, from, to } = filters;
  const rows = useMemo(
    () => sorted && filterLedger(sorted, { direction, status, partnerId, warmth, from, to }),
    [sorted, direction, status, partnerId, warmth, from, to],
  );
  const partnerOptions = useMemo(
    () => [
      ALL,
      ...(ledger?.partners ?? [])
        .map((partner) => ({ value: partner.id, label: partner.name }))
        .sort((a, b) => a.label.localeCompare(b.label, locale)),
    ],
    [ledger, locale],
  );

  const header = (description?: string) => (
    <PageHeader
      title="Referrals"
      description={
        description && (
          <span className="list-page__count" aria-live="polite">
            {description}
          </span>
        )
      }
      actions={
        <Button variant="primary" onClick={recordReferral}>
          Record referral
        </Button>
      }
    />
  );

  if (!ledger || !rows || !columns || !money) {
    return (
      <>
        <PageHeader title="Referrals" />
        <p aria-busy="true">Loading referrals…</p>
      </>
    );
  }

  if (ledger.rows.length === 0) {
    return (
      <>
        {header()}
        <TableMessage
          title="No referrals yet"
          action={
            <Button variant="primary" onClick={recordReferral}>
              Record referral
            </Button>
          }
        >
          Record the business people send you and the clients you send to partners. Handshake shows
          who your champions are and whether each partnership gives as much as it gets.
        </TableMessage>
      </>
    );
  }

  const totals = ledgerTotals(rows);
  const count = new Intl.NumberFormat(locale).format(totals.count);
  const summary = `${count} ${totals.count === 1 ? 'referral' : 'referrals'} · won ${money.format(totals.wonValue)}`;

  return (
    <div className="list-page">
      {header(summary)}
      <div className="list-page__filters ledger-filters">
        <SelectField
          label="Direction"
          options={DIRECTION_OPTIONS}
          value={direction}
          onChange={(event) => filters.set({ direction: event.target.value as typeof direction })}
        />
        <SelectField
          label="Status"
          options={STATUS_OPTIONS}
          value={status}
          onChange={(event) => filters.set({ status: event.target.value as typeof status })}
        />
        <SelectField
          label="Partner"
          options={partnerOptions}
          value={partnerId}
          onChange={(event) => filters.set({ partnerId: event.target.value })}
        />
        <SelectField
          label="Warmth"
          options={WARMTH_OPTIONS}
          value={warmth}
          onChange={(event) => filters.set({ warmth: event.target.value as typeof warmth })}
        />
        <TextField
          label="From date"
          type="date"
          value={from}
          onChange={(event) => filters.set({ from: event.target.value })}
        />
        <TextField
          label="To date"
          type="date"
          value={to}
          onChange={(event) => filters.set({ to: event.target.value })}
        />
      </div>
      {rows.length === 0 ? (
        <TableMessage
          title="No referrals match these filters"
          action={<Button onClick={filters.clear}>Clear filters</Button>}
        >
          Widen the dates or clear the filters to see every referral again.
        </TableMessage>
      ) : (
        <DataTable
          label="Referrals"
          rows={rows}
          columns={columns}
          rowKey={rowKey}
          rowPath={rowPath}
          sort={filters.sort}
          onSortChange={filters.setSort}
          resetKey={JSON.stringify([direction, status, partnerId, warmth, from, to, filters.sort])}
        />
      )}
      {won && (
        <WonDialog
          referral={won.referral}
          description={won.description}
          money={money}
          onClose={() => setWon(undefined)}
        />
      )}
      {editing && <EditReferralDialog referral={editing} onClose={() => setEditing(undefined)} />}
    </div>
  );
}
