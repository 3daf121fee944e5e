import { useMemo } from 'react';
import { countLabel, sentenceCase } from '../../../../shared/list-format';
import { PARTNER_STATUSES, type PartnerStatus } from '../../../../shared/records';
import { openDialog } from '../../app/dialogs';
import { Button } from '../../ui/Button';
import { DataTable, TableMessage } from '../../ui/DataTable';
import { SelectField, TextField } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { partnersColumns } from './list/columns';
import { usePartnersFilters } from './list/filters';
import { usePartnersList, type PartnerRow } from './list-queries';

const NOUN = { one: 'partner', many: 'partners' };
const ALL = { value: '', label: 'All' };
const STATUS_OPTIONS = [
  ALL,
  ...PARTNER_STATUSES.map((value) => ({ value, label: sentenceCase(value) })),
];
const rowKey = (row: PartnerRow) => row.partner.id;
const rowPath = (row: PartnerRow) => `/partners/${row.partner.id}`;
const addPartner = () => openDialog({ kind: 'add-partner' });

/** Menu options for values in use, keeping a choice made earlier even if it is gone now. */
function choices(values: readonly string[], chosen: string) {
  const all = chosen && !values.includes(chosen) ? [chosen, ...values] : values;
  return [ALL, ...all.map((value) => ({ value, label: value }))];
}

export function PartnersScreen() {
  const filters = usePartnersFilters();
  const list = usePartnersList({ ...filters, query: filters.appliedQuery });
  const locale = navigator.language;
  const columns = useMemo(() => partnersColumns(locale, new Intl.NumberFormat(locale)), [locale]);

  if (!list) {
    return (
      <>
        <PageHeader title="Partners" />
        <p aria-busy="true">Loading partners…</p>
      </>
    );
  }

  if (list.total === 0) {
    return (
      <>
        <PageHeader title="Partners" />
        <TableMessage
          title="No partners yet"
          action={
            <Button variant="primary" onClick={addPartner}>
              Add partner
            </Button>
          }
        >
          Partners are businesses that serve the same customers as you — an insurance agent, a
          pediatrician, a realtor. Add them to track what you give and receive.
        </TableMessage>
      </>
    );
  }

  return (
    <div className="list-page">
      <PageHeader
        title="Partners"
        description={
          <span className="list-page__count" aria-live="polite">
            {countLabel(list.rows.length, list.total, NOUN, locale)}
          </span>
        }
        actions={
          <>
            <Button onClick={() => openDialog({ kind: 'export-partners' })}>Export partners</Button>
            <Button onClick={() => openDialog({ kind: 'log-handshake' })}>Log handshake</Button>
            <Button variant="primary" onClick={addPartner}>
              Add partner
            </Button>
          </>
        }
      />
      <div className="list-page__filters">
        <TextField
          label="Filter partners"
          type="search"
          placeholder="Name, category, email, phone, tag"
          autoComplete="off"
          spellCheck={false}
          value={filters.query}
          onChange={(event) => filters.setQuery(event.target.value)}
        />
        <SelectField
          label="Status"
          options={STATUS_OPTIONS}
          value={filters.status}
          onChange={(event) => filters.setStatus(event.target.value as PartnerStatus | '')}
        />
        <SelectField
          label="Category"
          options={choices(list.categories, filters.category)}
          value={filters.category}
          onChange={(event) => filters.setCategory(event.target.value)}
        />
        <SelectField
          label="Tag"
          options={choices(list.tags, filters.tag)}
          value={filters.tag}
          onChange={(event) => filters.setTag(event.target.value)}
        />
      </div>
      {list.rows.length === 0 ? (
        <TableMessage
          title="No partner matches these filters"
          action={<Button onClick={filters.clear}>Clear filters</Button>}
        >
          Check the spelling, or clear the filters to see every partner again.
        </TableMessage>
      ) : (
        <DataTable
          label="Partners"
          rows={list.rows}
          columns={columns}
          rowKey={rowKey}
          rowPath={rowPath}
          sort={filters.sort}
          onSortChange={filters.setSort}
          resetKey={JSON.stringify([
            filters.appliedQuery,
            filters.status,
            filters.category,
            filters.tag,
            filters.sort.key,
            filters.sort.direction,
          ])}
        />
      )}
    </div>
  );
}
