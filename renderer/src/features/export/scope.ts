/**
 * What an export holds: the rows the People or Partners list shows now, read through the
 * lists' own filter stores and queries so "the 12 partners shown" are exactly those 12,
 * in the list's order — whether the export was asked for from the screen, the palette
 * or the File menu.
 */
import { NO_RECIPROCITY, type Reciprocity } from '../../../../shared/reciprocity';
import type { Partner, PartnerStatus, Person } from '../../../../shared/records';
import { usePartnersFilters } from '../partners/list/filters';
import { usePartnersList } from '../partners/list-queries';
import { usePeopleFilters } from '../people/list/filters';
import { usePeopleList } from '../people/list-queries';

export interface PartnersScope {
  /** Every partner not in the Trash. */
  total: number;
  /** What the list shows, in its order. */
  shown: Partner[];
  /** What the list shows apart from its Status filter: the directory picks statuses itself. */
  anyStatus: Partner[];
  /** The list's Status filter, if one is set. */
  listStatus: PartnerStatus | '';
  /** Whether a filter (box, status, category or tag) narrows the list. */
  filtered: boolean;
  /** Referrals both ways per partner; undefined while they are still being counted. */
  reciprocity: Map<string, Reciprocity> | undefined;
}

export function usePartnersScope(): PartnersScope | undefined {
  const filters = usePartnersFilters();
  // One query without the status filter; the status is applied here the way the list
  // applies it, so the directory can offer other statuses without a second read.
  const list = usePartnersList({ ...filters, status: '', query: filters.appliedQuery });
  if (!list) return undefined;
  const anyStatus = list.rows.map((row) => row.partner);
  const shown = filters.status
    ? anyStatus.filter((partner) => partner.status === filters.status)
    : anyStatus;
  const counted = list.rows.every((row) => row.reciprocity !== undefined);
  return {
    total: list.total,
    shown,
    anyStatus,
    listStatus: filters.status,
    filtered: shown.length !== list.total,
    reciprocity: counted
      ? new Map(list.rows.map((row) => [row.partner.id, row.reciprocity ?? NO_RECIPROCITY]))
      : undefined,
  };
}

export interface PeopleScope {
  total: number;
  shown: Person[];
  filtered: boolean;
  partnerNames: ReadonlyMap<string, string>;
}

export function usePeopleScope(): PeopleScope | undefined {
  const filters = usePeopleFilters();
  const list = usePeopleList({ ...filters, query: filters.appliedQuery });
  if (!list) return undefined;
  const shown = list.rows.map((row) => row.person);
  return {
    total: list.total,
    shown,
    filtered: shown.length !== list.total,
    partnerNames: list.partnerNames,
  };
}

/** "Exports the 12 partners shown." / "Exports all 40 partners." — said before exporting. */
export function scopeSentence(
  count: number,
  filtered: boolean,
  noun: { one: string; many: string },
  locale?: string,
): string {
  const number = new Intl.NumberFormat(locale).format(count);
  const word = count === 1 ? noun.one : noun.many;
  if (filtered) return `Exports the ${number} ${word} shown, as the list is filtered now.`;
  return count === 1 ? `Exports your one ${word}.` : `Exports all ${number} ${word}.`;
}
