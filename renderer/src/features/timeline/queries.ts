import { useLiveQuery } from 'dexie-react-hooks';
import {
  interactionEntry,
  involvedIds,
  referralEntry,
  referralIds,
  type SubjectRef,
  type TimelineEntry,
} from '../../../../shared/timeline-entries';
import type { Interaction, Referral } from '../../../../shared/records';
import { data } from '../../data';
import type { EntryFilters } from '../../data/timeline-queries';

/** Interactions and referrals as entries, everyone involved named in one read per table. */
async function toEntries(
  interactions: readonly Interaction[],
  referrals: readonly Referral[],
  except?: SubjectRef,
): Promise<TimelineEntry[]> {
  const fromInteractions = involvedIds(interactions);
  const fromReferrals = referralIds(referrals);
  const names = await data().timeline.names(
    [...fromInteractions.personIds, ...fromReferrals.personIds],
    [...fromInteractions.partnerIds, ...fromReferrals.partnerIds],
  );
  return [
    ...interactions.map((interaction) => interactionEntry(interaction, names, except)),
    ...referrals.map((referral) => referralEntry(referral, names)),
  ];
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
  return useLiveQuery(async () => {
    const [interactions, referrals] = await Promise.all([
      data().timeline.forSubject(subject),
      data().timeline.referralsFor(subject),
    ]);
    return toEntries(interactions, referrals, subject);
  }, [subject.kind, subject.id]);
}

export interface ActivityView {
  /** Which filters and limit this answer is for: an older answer shows while the next loads. */
  filtersKey: string;
  limit: number;
  entries: TimelineEntry[];
  hasMore: boolean;
  total: number | undefined;
}

export const filtersKey = (filters: EntryFilters | undefined) => JSON.stringify(filters ?? null);

/**
 * The Timeline screen: the newest `limit` entries matching the filters (none when they are
 * undefined), and whether more exist. Pass the same filters object until they change.
 */
export function useActivity(
  filters: EntryFilters | undefined,
  limit: number,
): ActivityView | undefined {
  return useLiveQuery(async () => {
    const asked = { filtersKey: filtersKey(filters), limit };
    if (!filters) return { ...asked, entries: [], hasMore: false, total: 0 };
    const page = await data().timeline.entries(filters, limit);
    const entries = await toEntries(page.interactions, page.referrals);
    return { ...asked, hasMore: page.hasMore, total: page.total, entries };
  }, [filters, limit]);
}

/** Every tag in use on people and partners, for the Tag filter. */
export function useTagsInUse(): string[] {
  return useLiveQuery(() => data().timeline.tagsInUse(), []) ?? [];
}
