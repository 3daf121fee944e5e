import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTimelineQueries } from '../../../renderer/src/data/timeline-queries';
import { INTERACTION_KINDS, type Interaction, type Referral } from '../../../shared/records';
import {
  activityOrder,
  matchesActivity,
  takeWholeDays,
  type ActivityFilters,
} from '../../../shared/timeline-filters';
import { testApi } from './helpers';

let sequence = 0;

/** A stored interaction, written straight to the table: these queries only read. */
function stored(changes: Partial<Interaction> & Pick<Interaction, 'date'>): Interaction {
  sequence += 1;
  return {
    id: `i-${String(sequence).padStart(5, '0')}`,
    kind: 'handshake',
    personIds: [],
    partnerIds: [],
    summary: `Entry ${sequence}`,
    createdAt: sequence,
    updatedAt: sequence,
    ...changes,
  };
}

async function setup() {
  const { api, db } = testApi();
  const agency = await api.partners.create({ name: 'Ruiz Insurance', tags: ['insurance'] });
  const clinic = await api.partners.create({ name: 'Kids Clinic' });
  const dana = await api.people.create({ name: 'Dana Ruiz', partnerId: agency.id });
  const sam = await api.people.create({ name: 'Sam Okafor', partnerId: agency.id, tags: ['golf'] });
  const lee = await api.people.create({ name: 'Lee Park', tags: ['golf'] });
  return { api, db, queries: createTimelineQueries(db), agency, clinic, dana, sam, lee };
}

const ids = (interactions: readonly { id: string }[]) => interactions.map((each) => each.id);

describe('a person’s and a partner’s timeline', () => {
  it('holds what involves the person, without the Trash', async () => {
    const { db, queries, dana, sam } = await setup();
    const mine = stored({ date: '2026-11-02', personIds: [dana.id] });
    const shared = stored({ date: '2026-11-03', personIds: [sam.id, dana.id] });
    const trashed = stored({ date: '2026-11-04', personIds: [dana.id], deletedAt: 9 });
    const others = stored({ date: '2026-11-05', personIds: [sam.id] });
    await db.interactions.bulkAdd([mine, shared, trashed, others]);
    const timeline = await queries.forSubject({ kind: 'person', id: dana.id });
    expect(ids(timeline).sort()).toEqual([mine.id, shared.id]);
  });

  it('holds, for a partner, its own interactions and its people’s, each once', async () => {
    const { api, db, queries, agency, clinic, dana, sam, lee } = await setup();
    const own = stored({ date: '2026-11-01', partnerIds: [agency.id] });
    const withDana = stored({ date: '2026-11-02', personIds: [dana.id] });
    const both = stored({ date: '2026-11-03', personIds: [sam.id], partnerIds: [agency.id] });
    const elsewhere = stored({ date: '2026-11-04', personIds: [lee.id], partnerIds: [clinic.id] });
    const trashed = stored({ date: '2026-11-05', partnerIds: [agency.id], deletedAt: 3 });
    await db.interactions.bulkAdd([own, withDana, both, elsewhere, trashed]);
    const timeline = await queries.forSubject({ kind: 'partner', id: agency.id });
    expect(ids(timeline).sort()).toEqual([own.id, withDana.id, both.id]);

    // Someone who leaves the partner takes their own interactions with them.
    await api.people.update(dana.id, { partnerId: undefined });
    const after = await queries.forSubject({ kind: 'partner', id: agency.id });
    expect(ids(after).sort()).toEqual([own.id, both.id]);
  });
});

describe('all activity, filtered and paged', () => {
  it('filters by kind, dates, person or partner, and tag', async () => {
    const { db, queries, agency, dana, sam, lee } = await setup();
    const call = stored({ date: '2026-10-10', kind: 'call', personIds: [dana.id] });
    const gift = stored({ date: '2026-11-11', kind: 'gift', personIds: [lee.id] });
    const meeting = stored({ date: '2026-12-12', partnerIds: [agency.id] });
    const note = stored({ date: '2026-12-13', kind: 'note', personIds: [sam.id] });
    await db.interactions.bulkAdd([call, gift, meeting, note]);
    const run = async (filters: ActivityFilters) =>
      ids((await queries.activity(filters, 50)).interactions);

    expect(await run({})).toEqual([note.id, meeting.id, gift.id, call.id]);
    expect(await run({ kind: 'call' })).toEqual([call.id]);
    expect(await run({ from: '2026-11-11', to: '2026-12-12' })).toEqual([meeting.id, gift.id]);
    expect(await run({ subject: { kind: 'person', id: dana.id } })).toEqual([call.id]);
    expect(await run({ subject: { kind: 'partner', id: agency.id } })).toEqual([
      note.id,
      meeting.id,
      call.id,
    ]);
    // Tagged people (Sam, Lee) and tagged partners (the agency) both count.
    expect(await run({ tag: 'golf' })).toEqual([note.id, gift.id]);
    expect(await run({ tag: 'insurance' })).toEqual([meeting.id]);
    expect(await run({ tag: 'golf', kind: 'gift' })).toEqual([gift.id]);
    expect(await run({ tag: 'nobody has this' })).toEqual([]);
  });

  it('ignores the tags of people in the Trash', async () => {
    const { api, db, queries, lee } = await setup();
    await db.interactions.add(stored({ date: '2026-11-11', personIds: [lee.id] }));
    await api.people.trash(lee.id);
    const page = await queries.activity({ tag: 'golf' }, 50);
    expect(page.interactions).toEqual([]);
  });

  it('pages newest first in whole days, each page a prefix of the next', async () => {
    const { db, dana } = await setup();
    // Five a day for six days, created out of order, so ties within a day are real.
    const all = [3, 1, 5, 2, 6, 4].flatMap((day) =>
      Array.from({ length: 5 }, () =>
        stored({ date: `2026-11-0${day}`, personIds: [dana.id], createdAt: (sequence * 7) % 11 }),
      ),
    );
    await db.interactions.bulkAdd(all);
    const expected = ids([...all].sort(activityOrder));
    for (const tuning of [undefined, { fewCandidates: 0, fewTagged: 0 }]) {
      const read = createTimelineQueries(db, tuning);
      let previous: string[] = [];
      for (let limit = 1; limit <= all.length + 1; limit++) {
        const page = await read.activity({}, limit);
        const pageIds = ids(page.interactions);
        expect(pageIds.length % 5, 'whole days only').toBe(0);
        expect(pageIds).toEqual(expected.slice(0, pageIds.length));
        expect(pageIds.slice(0, previous.length)).toEqual(previous);
        expect(page.hasMore).toBe(pageIds.length < all.length);
        previous = pageIds;
      }
    }
  });

  it('walks back through windows of days down to the oldest day, across gaps', async () => {
    const { db, dana } = await setup();
    // The first window is the newest 14 days; the oldest entry sits just past it, and one
    // more sits years earlier.
    const dates = ['2026-11-30', '2026-11-17', '2026-11-16', '2021-02-28'];
    await db.interactions.bulkAdd(dates.map((date) => stored({ date, personIds: [dana.id] })));
    const walking = createTimelineQueries(db, { fewCandidates: 0, fewTagged: 0 });
    for (let limit = 1; limit <= dates.length; limit++) {
      const page = await walking.activity({}, limit);
      expect(page.interactions.map((each) => each.date)).toEqual(dates.slice(0, limit));
      expect(page.hasMore).toBe(limit < dates.length);
    }
    const ranged = await walking.activity({ from: '2021-02-28', to: '2026-11-16' }, 10);
    expect(ranged.interactions.map((each) => each.date)).toEqual(['2026-11-16', '2021-02-28']);
    // The oldest day alone in the last window: 14 days before the newest.
    const edge = await walking.activity({ from: '2026-11-16' }, 10);
    expect(edge.interactions.map((each) => each.date)).toEqual(dates.slice(0, 3));
  });

  it('counts the matches when one index can, leaving out the Trash', async () => {
    const { db, queries, dana } = await setup();
    await db.interactions.bulkAdd([
      stored({ date: '2026-11-01', personIds: [dana.id], kind: 'call' }),
      stored({ date: '2026-11-02', personIds: [dana.id], kind: 'call', deletedAt: 4 }),
      stored({ date: '2026-11-03', personIds: [dana.id] }),
    ]);
    const walking = createTimelineQueries(db, { fewCandidates: 0, fewTagged: 0 });
    expect((await walking.activity({}, 1)).total).toBe(2);
    expect((await walking.activity({ kind: 'call' }, 1)).total).toBe(1);
    expect((await walking.activity({ from: '2026-11-02' }, 1)).total).toBe(1);
    expect((await walking.activity({ kind: 'call', from: '2026-11-01' }, 1)).total).toBeUndefined();
    expect((await queries.activity({ kind: 'call', from: '2026-11-01' }, 1)).total).toBe(1);
  });
});

describe('every way of reading activity gives the same answer', () => {
  const PEOPLE = ['p0', 'p1', 'p2', 'p3'];
  const PARTNERS = ['q0', 'q1'];
  const day = fc.integer({ min: 0, max: 400 }).map((offset) => {
    const date = new Date(Date.UTC(2026, 0, 1 + offset));
    return date.toISOString().slice(0, 10);
  });
  const interaction = fc.record({
    date: day,
    kind: fc.constantFrom(...INTERACTION_KINDS),
    personIds: fc.subarray(PEOPLE),
    partnerIds: fc.subarray(PARTNERS),
    createdAt: fc.integer({ min: 0, max: 5 }),
    trashed: fc.boolean(),
  });
  const filters = fc.record(
    {
      kind: fc.constantFrom(...INTERACTION_KINDS),
      from: day,
      to: day,
      tag: fc.constantFrom('golf', 'insurance'),
      subject: fc.oneof(
        fc.record({ kind: fc.constant('person' as const), id: fc.constantFrom(...PEOPLE) }),
        fc.record({ kind: fc.constant('partner' as const), id: fc.constantFrom(...PARTNERS) }),
      ),
    },
    { requiredKeys: [] },
  );

  it('matches a plain filter-and-sort of everything, in both strategies', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(interaction, { maxLength: 40 }),
        filters,
        fc.integer({ min: 1, max: 45 }),
        async (drawn, chosen, limit) => {
          const { api, db } = testApi();
          // p0 and p1 work at q0; p1 and q1 are tagged golf, q0 insurance; p3 is in the Trash.
          const tags: Record<string, string[]> = { p1: ['golf'], p3: ['golf'] };
          for (const id of PARTNERS) {
            await db.partners.add({
              id,
              name: id,
              nameKey: id,
              status: 'active',
              tags: id === 'q0' ? ['insurance'] : ['golf'],
              createdAt: 0,
              updatedAt: 0,
            });
          }
          for (const id of PEOPLE) {
            await db.people.add({
              id,
              name: id,
              nameKey: id,
              emails: [],
              phones: [],
              relationship: 'other',
              tags: tags[id] ?? [],
              ...(id === 'p0' || id === 'p1' ? { partnerId: 'q0' } : {}),
              ...(id === 'p3' ? { deletedAt: 1 } : {}),
              createdAt: 0,
              updatedAt: 0,
            });
          }
          const all = drawn.map(({ trashed, ...rest }) =>
            stored({ ...rest, ...(trashed ? { deletedAt: 1 } : {}) }),
          );
          await db.interactions.bulkAdd(all);

          // The rule spelled out by hand: who the subject and the tag stand for.
          const livePeople = (await api.people.list()).filter((person) => person.id !== 'p3');
          const ofPartner = (id: string) =>
            livePeople.filter((person) => person.partnerId === id).map((person) => person.id);
          const subject = chosen.subject;
          const involvesSubject = (each: Interaction) =>
            !subject ||
            (subject.kind === 'person'
              ? each.personIds.includes(subject.id)
              : each.partnerIds.includes(subject.id) ||
                each.personIds.some((id) => ofPartner(subject.id).includes(id)));
          const tagged = {
            personIds: new Set(
              livePeople.filter((p) => p.tags.includes(chosen.tag ?? '')).map((p) => p.id),
            ),
            partnerIds: new Set(
              (await api.partners.list())
                .filter((p) => p.tags.includes(chosen.tag ?? ''))
                .map((p) => p.id),
            ),
          };
          const expected = all
            .filter(
              (each) =>
                matchesActivity(each, chosen, chosen.tag ? tagged : undefined) &&
                involvesSubject(each),
            )
            .sort(activityOrder);
          const expectedPage = takeWholeDays(expected, limit);

          for (const tuning of [undefined, { fewCandidates: 0, fewTagged: 0 }]) {
            const page = await createTimelineQueries(db, tuning).activity(chosen, limit);
            expect(ids(page.interactions)).toEqual(ids(expectedPage));
            expect(page.hasMore).toBe(expectedPage.length < expected.length);
            if (page.total !== undefined) expect(page.total).toBe(expected.length);
          }
          db.close();
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('names and tags', () => {
  it('names people and partners, flags the Trash, and leaves out the deleted', async () => {
    const { api, queries, agency, dana, sam } = await setup();
    await api.people.trash(sam.id);
    const book = await queries.names([dana.id, sam.id, 'deleted-forever'], [agency.id]);
    expect(book.people.get(dana.id)).toEqual({ name: 'Dana Ruiz', trashed: false });
    expect(book.people.get(sam.id)).toEqual({ name: 'Sam Okafor', trashed: true });
    expect(book.people.has('deleted-forever')).toBe(false);
    expect(book.partners.get(agency.id)).toEqual({ name: 'Ruiz Insurance', trashed: false });
  });

  it('lists every tag in use on people and partners once, alphabetically', async () => {
    const { api, queries } = await setup();
    await api.partners.create({ name: 'Aces', tags: ['Golf club', 'golf'] });
    expect(await queries.tagsInUse()).toEqual(['golf', 'Golf club', 'insurance']);
  });
});

describe('referrals on timelines', () => {
  /** A stored referral, written straight to the table. */
  function referral(changes: Partial<Referral> & Pick<Referral, 'date'>): Referral {
    sequence += 1;
    return {
      id: `r-${String(sequence).padStart(5, '0')}`,
      direction: 'received',
      warmth: 'introduction',
      status: 'new',
      createdAt: sequence,
      updatedAt: sequence,
      ...changes,
    };
  }

  it('are on the timelines of everyone involved, a partner’s people included', async () => {
    const { db, queries, agency, clinic, dana, sam, lee } = await setup();
    const fromDana = referral({
      date: '2026-11-03',
      referrerPersonId: dana.id,
      introducedPersonId: lee.id,
    });
    const toClinic = referral({
      date: '2026-11-04',
      direction: 'given',
      introducedPersonId: sam.id,
      partnerId: clinic.id,
    });
    const trashed = referral({ date: '2026-11-05', referrerPersonId: dana.id, deletedAt: 1 });
    await db.referrals.bulkAdd([fromDana, toClinic, trashed]);
    const on = async (kind: 'person' | 'partner', id: string) =>
      ids(await queries.referralsFor({ kind, id })).sort();
    expect(await on('person', dana.id)).toEqual([fromDana.id]);
    expect(await on('person', lee.id)).toEqual([fromDana.id]);
    expect(await on('person', sam.id)).toEqual([toClinic.id]);
    expect(await on('partner', clinic.id)).toEqual([toClinic.id]);
    expect(await on('partner', agency.id)).toEqual([fromDana.id, toClinic.id].sort());
  });

  it('join the Timeline screen’s pages in order, and follow its filters', async () => {
    const { db, queries, dana, lee } = await setup();
    const older = stored({ date: '2026-11-01', personIds: [lee.id] });
    const newer = stored({ date: '2026-11-05', personIds: [dana.id] });
    const between = referral({
      date: '2026-11-03',
      referrerPersonId: dana.id,
      introducedPersonId: lee.id,
    });
    await db.interactions.bulkAdd([older, newer]);
    await db.referrals.add(between);

    const all = await queries.entries({}, 500);
    expect(ids(all.interactions)).toEqual([newer.id, older.id]);
    expect(ids(all.referrals)).toEqual([between.id]);
    expect(all.total).toBe(3);

    // A page of two newest-first entries: the newest interaction, then the referral.
    const page = await queries.entries({}, 2);
    expect(ids(page.interactions)).toEqual([newer.id]);
    expect(ids(page.referrals)).toEqual([between.id]);
    expect(page.hasMore).toBe(true);

    const onlyReferrals = await queries.entries({ kind: 'referral' }, 500);
    expect(ids(onlyReferrals.interactions)).toEqual([]);
    expect(ids(onlyReferrals.referrals)).toEqual([between.id]);
    expect(ids((await queries.entries({ kind: 'handshake' }, 500)).referrals)).toEqual([]);
    expect(ids((await queries.entries({ from: '2026-11-04' }, 500)).referrals)).toEqual([]);
    expect(ids((await queries.entries({ tag: 'golf' }, 500)).referrals)).toEqual([between.id]);
    const forDana = await queries.entries({ subject: { kind: 'person', id: dana.id } }, 500);
    expect(ids(forDana.interactions)).toEqual([newer.id]);
    expect(ids(forDana.referrals)).toEqual([between.id]);
  });
});
