import { useMemo } from 'react';
import { PARTNER_STATUSES, type PartnerStatus } from '../../../../shared/records';
import { openDialog } from '../../app/dialogs';
import { Button } from '../../ui/Button';
import {
  choicesInUse,
  fixedChoices,
  RecordListScreen,
  type ListWords,
} from '../records/RecordListScreen';
import { partnersColumns } from './list/columns';
import { usePartnersFilters } from './list/filters';
import { usePartnersList, type PartnerRow } from './list-queries';

const WORDS: ListWords = {
  title: 'Partners',
  noun: { one: 'partner', many: 'partners' },
  empty: {
    title: 'No partners yet',
    text: 'Partners are businesses that serve the same customers as you — an insurance agent, a pediatrician, a realtor. Add them to track what you give and receive.',
  },
  filter: { label: 'Filter partners', placeholder: 'Name, category, email, phone, tag' },
  noMatch: {
    title: 'No partner matches these filters',
    text: 'Check the spelling, or clear the filters to see every partner again.',
  },
};
const STATUS_OPTIONS = fixedChoices(PARTNER_STATUSES);
const rowKey = (row: PartnerRow) => row.partner.id;
const rowPath = (row: PartnerRow) => `/partners/${row.partner.id}`;
const addPartner = () => openDialog({ kind: 'add-partner' });

export function PartnersScreen() {
  const filters = usePartnersFilters();
  const list = usePartnersList({ ...filters, query: filters.appliedQuery });
  const locale = navigator.language;
  const columns = useMemo(() => partnersColumns(locale, new Intl.NumberFormat(locale)), [locale]);

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
          label: 'Status',
          options: STATUS_OPTIONS,
          value: filters.status,
          onChange: (value) => filters.setMenu('status', value as PartnerStatus | ''),
        },
        {
          label: 'Category',
          options: choicesInUse(list?.categories ?? [], filters.category),
          value: filters.category,
          onChange: (value) => filters.setMenu('category', value),
        },
        {
          label: 'Tag',
          options: choicesInUse(list?.tags ?? [], filters.tag),
          value: filters.tag,
          onChange: filters.setTag,
        },
      ]}
      emptyActions={
        <Button variant="primary" onClick={addPartner}>
          Add partner
        </Button>
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
  );
}
