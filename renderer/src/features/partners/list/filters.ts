import type { PartnerStatus } from '../../../../../shared/records';
import { createListFilters, type ListFilters } from '../../records/list-filters';

export type PartnersSortKey =
  'name' | 'category' | 'status' | 'people' | 'lastTouch' | 'received' | 'created';

type PartnersMenus = { status: PartnerStatus | ''; category: string; tag: string };

export type PartnersFilters = ListFilters<PartnersSortKey, PartnersMenus>;

/** How the owner last filtered and sorted Partners. */
export const usePartnersFilters = createListFilters<PartnersSortKey, PartnersMenus>(
  { status: '', category: '', tag: '' },
  { key: 'name', direction: 'ascending' },
);
