import { useLiveQuery } from 'dexie-react-hooks';
import {
  interactionEntry,
  involvedIds,
  type SubjectRef,
  type TimelineEntry,
} from '../../../../shared/timeline-entries';
import type { ActivityFilters } from '../../../../shared/timeline-filters';
import type { Interaction } from '../../../../shared/records';
import { data } from '../../data';

/** Interactions as entries, with everyone involved named in one read per table. */
async function toEntries(
  interactions: readonly Interaction[],
  except?: SubjectRef,
): Promise<TimelineEntry[]> {
  const { personIds, partnerIds } = involvedIds(interactions);
  const names = await data().timeline.names(personIds, partnerIds);
  return interactions.map((interaction) => interactionEntry(interaction, names, except));
}

/** The name of the person or partner a timeline is about (undefined while loading). */
export function useSubjectName(subject: SubjectRef): string | undefined {
  return useLiveQuery(async () => {
    const record =
      subject.kind === 'person'
        ? await data().people.get(subject.id)
        : await data().partners.get(subject.id);
    return record?.name ?? '';
  }, [subject.kind, subject.id]);
}

/**
 * Everything on a person's or partner's timeline, as entries naming the others involved
 * (undefined while loading). Kept current as interactions and names change.
 */
export function useSubjectTimeline(subject: SubjectRef): TimelineEntry[] | undefined {
  return useLiveQuery(
    async () => toEntries(await data().timeline.forSubject(subject), subject),
    [subject.kind, subject.id],
  );
}

export interface ActivityView {
  /** Which filters and limit this answer is for: an older answer shows while the next loads. */
  filtersKey: string;
  limit: number;
  entries: TimelineEntry[];
  hasMore: boolean;
  total: number | undefined;
}

export const filtersKey = (filters: ActivityFilters | undefined) => JSON.stringify(filters ?? null);

/**
 * The Timeline screen: the newest `limit` entries matching the filters (none when they are
 * undefined), and whether more exist. Pass the same filters object until they change.
 */
export function useActivity(
  filters: ActivityFilters | undefined,
  limit: number,
): ActivityView | undefined {
  return useLiveQuery(async () => {
    const asked = { filtersKey: filtersKey(filters), limit };
    if (!filters) return { ...asked, entries: [], hasMore: false, total: 0 };
    const page = await data().timeline.activity(filters, limit);
    return { ...asked, ...page, entries: await toEntries(page.interactions) };
  }, [filters, limit]);
}

/** Every tag in use on people and partners, for the Tag filter. */
export function useTagsInUse(): string[] {
  return useLiveQuery(() => data().timeline.tagsInUse(), []) ?? [];
}
