/**
 * Read-only queries behind timelines and the Timeline screen. At 200,000 interactions the
 * screen must never read them all: each query starts from the smallest indexed set that
 * can answer it, and otherwise walks the `date` index backwards a window of days at a time
 * until it has a page.
 */
import Dexie from 'dexie';
import { differenceInCalendarDays, subDays } from 'date-fns';
import { parseLocalDate, toLocalDateString } from '../../../shared/dates';
import type { Interaction, Referral } from '../../../shared/records';
import type { EntryKind, KnownName, NameBook, SubjectRef } from '../../../shared/timeline-entries';
import {
  activityOrder,
  matchesActivity,
  nextWindowDays,
  takeWholeDays,
  type ActivityFilters,
  type Involving,
} from '../../../shared/timeline-filters';
import type { HandshakeDatabase } from './database';
import { createTimelineReferrals } from './timeline-referrals';

export interface ActivityPage {
  /** Newest first, whole days only (see takeWholeDays). */
  interactions: Interaction[];
  hasMore: boolean;
  /** How many match in all, when that is cheap to know; otherwise undefined. */
  total: number | undefined;
}

/** The Timeline screen's filters, whose Kind can also be "referral". */
export type EntryFilters = Omit<ActivityFilters, 'kind'> & { kind?: EntryKind | undefined };

/** A page of interactions and referrals together, cut at whole days. */
export interface EntryPage extends Omit<ActivityPage, 'interactions'> {
  interactions: Interaction[];
  referrals: Referral[];
}

export interface TimelineTuning {
  /** Below this many candidates from an index, reading them all beats walking the dates. */
  fewCandidates: number;
  /** A tag on this few people and partners: read their interactions directly. */
  fewTagged: number;
}

// Tests set both to 0 to check that walking the dates gives the same answers.
const TUNING: TimelineTuning = { fewCandidates: 3_000, fewTagged: 300 };
// The first window of days walked back from the newest date; later ones follow the matches.
const FIRST_WINDOW_DAYS = 14;

const live = <T extends { deletedAt?: number | undefined }>(records: readonly T[]) =>
  records.filter((record) => record.deletedAt === undefined);

function unique(interactions: readonly Interaction[]): Interaction[] {
  return [...new Map(interactions.map((interaction) => [interaction.id, interaction])).values()];
}

const dayBefore = (date: string, days = 1) =>
  toLocalDateString(subDays(parseLocalDate(date), days));

export function createTimelineQueries(db: HandshakeDatabase, tuning: TimelineTuning = TUNING) {
  const byPerson = (id: string) => db.interactions.where('personIds').equals(id).toArray();
  const byPartner = (id: string) => db.interactions.where('partnerIds').equals(id).toArray();

  /** A person's interactions; a partner's, with those of its people. Not trashed, unsorted. */
  async function forSubject(subject: SubjectRef): Promise<Interaction[]> {
    if (subject.kind === 'person') return live(await byPerson(subject.id));
    const people = live(await db.people.where('partnerId').equals(subject.id).toArray());
    const lists = await Promise.all([
      byPartner(subject.id),
      ...people.map((person) => byPerson(person.id)),
    ]);
    return live(unique(lists.flat()));
  }

  /** Who a tag filter stands for: the people and partners (not in the Trash) with the tag. */
  async function tagged(tag: string): Promise<Involving> {
    const [people, partners, trashedPeople, trashedPartners] = await Promise.all([
      db.people.where('tags').equals(tag).primaryKeys(),
      db.partners.where('tags').equals(tag).primaryKeys(),
      db.people.where('deletedAt').above(0).primaryKeys(),
      db.partners.where('deletedAt').above(0).primaryKeys(),
    ]);
    const without = (ids: string[], gone: string[]) => {
      const trashed = new Set(gone);
      return new Set(ids.filter((id) => !trashed.has(id)));
    };
    return {
      personIds: without(people, trashedPeople),
      partnerIds: without(partners, trashedPartners),
    };
  }

  const dateRange = (filters: ActivityFilters) =>
    db.interactions
      .where('date')
      .between(filters.from ?? Dexie.minKey, filters.to ?? Dexie.maxKey, true, true);

  /** Every interaction that could match, when an index narrows them to a few; else undefined. */
  async function fewCandidates(
    filters: ActivityFilters,
    involving: Involving | undefined,
  ): Promise<Interaction[] | undefined> {
    if (filters.subject) return forSubject(filters.subject);
    if (involving && involving.personIds.size + involving.partnerIds.size <= tuning.fewTagged) {
      const lists = await Promise.all([
        ...[...involving.personIds].map(byPerson),
        ...[...involving.partnerIds].map(byPartner),
      ]);
      return unique(lists.flat());
    }
    if (filters.kind) {
      const ofKind = db.interactions.where('kind').equals(filters.kind);
      if ((await ofKind.count()) <= tuning.fewCandidates) return ofKind.toArray();
    }
    if (filters.from || filters.to) {
      const inRange = dateRange(filters);
      if ((await inRange.count()) <= tuning.fewCandidates) return inRange.toArray();
    }
    return undefined;
  }

  /**
   * Walks the date index from the newest day back, in windows of whole days sized by how
   * often matches have come so far, until there is a full page and at least one more
   * match (or nothing is left).
   */
  async function walkDates(
    filters: ActivityFilters,
    involving: Involving | undefined,
    limit: number,
  ): Promise<Omit<ActivityPage, 'total'>> {
    const [oldest, newest] = await Promise.all([
      db.interactions.orderBy('date').first(),
      db.interactions.orderBy('date').last(),
    ]);
    if (!oldest || !newest) return { interactions: [], hasMore: false };
    const lowest = filters.from && filters.from > oldest.date ? filters.from : oldest.date;
    let upper = filters.to && filters.to < newest.date ? filters.to : newest.date;
    const found: Interaction[] = [];
    let days = FIRST_WINDOW_DAYS;
    let scannedDays = 0;
    while (upper >= lowest) {
      const windowStart = dayBefore(upper, days - 1);
      const lower = windowStart > lowest ? windowStart : lowest;
      const batch = await db.interactions.where('date').between(lower, upper, true, true).toArray();
      // Each window is older than the last, so sorting it alone keeps `found` in order.
      const matching = batch.filter((each) => matchesActivity(each, filters, involving));
      found.push(...matching.sort(activityOrder));
      if (found.length > limit && takeWholeDays(found, limit).length < found.length) break;
      scannedDays += differenceInCalendarDays(parseLocalDate(upper), parseLocalDate(lower)) + 1;
      days = nextWindowDays({
        matched: found.length,
        wanted: Math.max(limit + 1, found.length + 1),
        scannedDays,
        lastDays: days,
        lastMatched: matching.length,
      });
      upper = dayBefore(lower);
    }
    const interactions = takeWholeDays(found, limit);
    return { interactions, hasMore: interactions.length < found.length };
  }

  /**
   * The number of matches, when one index count answers it: no filter, a kind, or a date
   * range alone. Trashed interactions are still in the indexes, so they are taken off.
   */
  async function cheapTotal(filters: ActivityFilters): Promise<number | undefined> {
    const ranged = Boolean(filters.from || filters.to);
    if (filters.subject || filters.tag || (filters.kind && ranged)) return undefined;
    const counted = filters.kind
      ? db.interactions.where('kind').equals(filters.kind).count()
      : ranged
        ? dateRange(filters).count()
        : db.interactions.count();
    const trashed = await db.interactions.where('deletedAt').above(0).toArray();
    const trashedMatching = trashed.filter((each) =>
      matchesActivity({ ...each, deletedAt: undefined }, filters),
    );
    return (await counted) - trashedMatching.length;
  }

  /** The newest `limit` interactions (rounded up to whole days) matching the filters. */
  async function activity(filters: ActivityFilters, limit: number): Promise<ActivityPage> {
    const involving = filters.tag ? await tagged(filters.tag) : undefined;
    const candidates = await fewCandidates(filters, involving);
    if (candidates) {
      const matching = candidates
        .filter((each) => matchesActivity(each, filters, involving))
        .sort(activityOrder);
      const interactions = takeWholeDays(matching, limit);
      return {
        interactions,
        hasMore: interactions.length < matching.length,
        total: matching.length,
      };
    }
    const [page, total] = await Promise.all([
      walkDates(filters, involving, limit),
      cheapTotal(filters),
    ]);
    return { ...page, total };
  }

  /**
   * Names of the people and partners with these ids, in one read per table. Records in the
   * Trash keep their name (shown unlinked); ids deleted forever are simply absent.
   */
  async function names(personIds: readonly string[], partnerIds: readonly string[]) {
    const [people, partners] = await Promise.all([
      db.people.bulkGet([...personIds]),
      db.partners.bulkGet([...partnerIds]),
    ]);
    const book = (records: ({ id: string; name: string; deletedAt?: number } | undefined)[]) =>
      new Map<string, KnownName>(
        records.flatMap((record) =>
          record
            ? [[record.id, { name: record.name, trashed: record.deletedAt !== undefined }]]
            : [],
        ),
      );
    return { people: book(people), partners: book(partners) } satisfies NameBook;
  }

  /** Every tag on people and partners, read from the tag indexes without loading records. */
  async function tagsInUse(): Promise<string[]> {
    const [people, partners] = await Promise.all([
      db.people.orderBy('tags').uniqueKeys(),
      db.partners.orderBy('tags').uniqueKeys(),
    ]);
    const tags = new Set([...people, ...partners].filter((key) => typeof key === 'string'));
    return [...tags].sort(new Intl.Collator(undefined, { sensitivity: 'base' }).compare);
  }

  const referrals = createTimelineReferrals(db);

  /**
   * The newest `limit` interactions and referrals together (rounded up to whole days)
   * matching the filters. Referrals join the page of interactions within its dates, then
   * the two are cut together, so paging still only ever appends older days.
   */
  async function entries(filters: EntryFilters, limit: number): Promise<EntryPage> {
    const { kind, ...rest } = filters;
    const involving = rest.tag ? await tagged(rest.tag) : undefined;
    const referralsOnly = kind === 'referral';
    const found = kind && !referralsOnly ? [] : await referrals.matching(rest, involving);
    if (referralsOnly) {
      const page = takeWholeDays(found, limit);
      return {
        interactions: [],
        referrals: page,
        hasMore: page.length < found.length,
        total: found.length,
      };
    }
    const page = await activity({ ...rest, kind }, limit);
    const oldest = page.interactions.at(-1)?.date;
    const joining = page.hasMore && oldest ? found.filter((r) => r.date >= oldest) : found;
    type Item = { date: string; interaction: Interaction } | { date: string; referral: Referral };
    const merged: Item[] = [
      ...page.interactions.map((interaction) => ({ date: interaction.date, interaction })),
      ...joining.map((referral) => ({ date: referral.date, referral })),
    ];
    const record = (item: Item) => ('referral' in item ? item.referral : item.interaction);
    merged.sort((a, b) => activityOrder(record(a), record(b)));
    const kept = takeWholeDays(merged, limit);
    return {
      interactions: kept.flatMap((item) => ('interaction' in item ? [item.interaction] : [])),
      referrals: kept.flatMap((item) => ('referral' in item ? [item.referral] : [])),
      hasMore: page.hasMore || kept.length < merged.length,
      total: page.total === undefined ? undefined : page.total + found.length,
    };
  }

  return {
    forSubject,
    activity,
    entries,
    referralsFor: referrals.forSubject,
    names,
    tagsInUse,
  };
}

export type TimelineQueries = ReturnType<typeof createTimelineQueries>;
