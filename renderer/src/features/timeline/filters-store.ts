import { create } from 'zustand';
import { hasFilters } from '../../../../shared/timeline-filters';
import type { EntryFilters } from '../../data/timeline-queries';

/** The person or partner the Timeline screen is narrowed to, with the name it shows. */
export interface ChosenSubject {
  kind: 'person' | 'partner';
  id: string;
  name: string;
}

export interface TimelineFilterValues {
  kind?: EntryFilters['kind'];
  from?: string;
  to?: string;
  subject?: ChosenSubject;
  tag?: string;
}

interface TimelineFilterState {
  values: TimelineFilterValues;
  /** Counts "Clear filters", so boxes holding their own text can start afresh. */
  resets: number;
  change: (changes: Partial<TimelineFilterValues>) => void;
  clear: () => void;
}

/**
 * The Timeline screen's filters, kept while the owner opens a person from it and comes
 * back (transient UI state: never stored).
 */
export const useTimelineFilters = create<TimelineFilterState>((set) => ({
  values: {},
  resets: 0,
  change: (changes) => set((state) => ({ values: { ...state.values, ...changes } })),
  clear: () => set((state) => ({ values: {}, resets: state.resets + 1 })),
}));

/** The filters as the query takes them (the subject without its display name). */
export function toActivityFilters({ subject, ...rest }: TimelineFilterValues): EntryFilters {
  const filters: EntryFilters = {};
  if (rest.kind) filters.kind = rest.kind;
  if (rest.from) filters.from = rest.from;
  if (rest.to) filters.to = rest.to;
  if (rest.tag) filters.tag = rest.tag;
  if (subject) filters.subject = { kind: subject.kind, id: subject.id };
  return filters;
}

/** Whether any filter is set, the Kind "referral" included. */
export const hasEntryFilters = ({ kind, ...rest }: EntryFilters) =>
  kind !== undefined || hasFilters(rest);
