/**
 * The Timeline screen's filters (kind, date range, person or partner, tag) as pure rules,
 * and how a page of newest-first activity is cut so that paging never reorders what is
 * already on screen.
 */
import type { InteractionKind } from './records';
import { newestFirst, type Dated } from './timeline';
import type { SubjectRef } from './timeline-entries';

export interface ActivityFilters {
  kind?: InteractionKind | undefined;
  /** Inclusive `yyyy-MM-dd` bounds; either may be absent. */
  from?: string | undefined;
  to?: string | undefined;
  /** The person's or partner's own timeline (a partner's includes its people). */
  subject?: SubjectRef | undefined;
  /** Someone involved has this tag. */
  tag?: string | undefined;
}

/** People and partners, by id: who an interaction must involve to match. */
export interface Involving {
  personIds: ReadonlySet<string>;
  partnerIds: ReadonlySet<string>;
}

export interface Filterable {
  kind: InteractionKind;
  date: string;
  personIds: readonly string[];
  partnerIds: readonly string[];
  deletedAt?: number | undefined;
}

export function involvesAny(interaction: Filterable, involving: Involving): boolean {
  return (
    interaction.personIds.some((id) => involving.personIds.has(id)) ||
    interaction.partnerIds.some((id) => involving.partnerIds.has(id))
  );
}

/**
 * Whether an interaction belongs in the filtered activity: not in the Trash, of the kind,
 * within the dates, and involving someone in `involving` when given (the subject's or the
 * tag's people and partners, resolved by the caller).
 */
export function matchesActivity(
  interaction: Filterable,
  filters: Pick<ActivityFilters, 'kind' | 'from' | 'to'>,
  involving?: Involving,
): boolean {
  if (interaction.deletedAt !== undefined) return false;
  if (filters.kind && interaction.kind !== filters.kind) return false;
  // yyyy-MM-dd strings compare as dates.
  if (filters.from && interaction.date < filters.from) return false;
  if (filters.to && interaction.date > filters.to) return false;
  return involving === undefined || involvesAny(interaction, involving);
}

/** A "From" after "To" can match nothing: say so rather than show an empty list. */
export function dateRangeError(filters: Pick<ActivityFilters, 'from' | 'to'>): string | undefined {
  if (filters.from && filters.to && filters.from > filters.to) {
    return 'Choose a date on or after From.';
  }
  return undefined;
}

export function hasFilters(filters: ActivityFilters): boolean {
  return Boolean(filters.kind || filters.from || filters.to || filters.subject || filters.tag);
}

/**
 * How many days the next window of a walk back through the dates should cover: at the
 * rate matches have come so far, enough for the `wanted` total with a margin — at least a
 * day and at most eight times the last window; four times the last window when that one
 * found nothing, so a long quiet stretch takes few reads.
 */
export function nextWindowDays(walk: {
  matched: number;
  wanted: number;
  scannedDays: number;
  lastDays: number;
  lastMatched: number;
}): number {
  const { matched, wanted, scannedDays, lastDays, lastMatched } = walk;
  if (lastMatched === 0 || matched === 0 || scannedDays <= 0) return lastDays * 4;
  const perDay = matched / scannedDays;
  const needed = Math.ceil(((wanted - matched) / perDay) * 1.25);
  return Math.min(lastDays * 8, Math.max(1, needed));
}

/**
 * Newest first, later-created first within a day, and by id when even that ties: one total
 * order, so every read of the same records lists them the same way.
 */
export function activityOrder(a: Dated, b: Dated): number {
  return newestFirst(a, b) || (a.id === b.id ? 0 : a.id < b.id ? 1 : -1);
}

/**
 * The first `limit` entries of a newest-first list, extended to the end of the last day
 * they reach. A page then always holds whole days, so loading the next page only appends
 * older days: entries of one day (ordered among themselves by creation) are never split
 * across pages, and nothing already shown moves.
 */
export function takeWholeDays<T extends { date: string }>(
  newestFirst: readonly T[],
  limit: number,
): T[] {
  if (newestFirst.length <= limit) return [...newestFirst];
  if (limit <= 0) return [];
  const lastDay = newestFirst[limit - 1]!.date;
  let end = limit;
  while (end < newestFirst.length && newestFirst[end]!.date === lastDay) end++;
  return newestFirst.slice(0, end);
}
