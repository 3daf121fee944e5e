/**
 * The rest of This week: what was done this week (thank-yous sent, handshakes logged,
 * referrals in and out) and, when nothing is due, who could use a call.
 */
import { saysThanks } from '../../../shared/attention/causes/thank';
import { findChampions } from '../../../shared/attention/champions';
import type { DueSubject } from '../../../shared/attention/types';
import { windowStart } from '../../../shared/insights';
import { describeParticipants } from '../../../shared/participants';
import type { Interaction, Referral } from '../../../shared/records';
import type { HandshakeDatabase } from './database';

export interface DoneEntry {
  id: string;
  date: string;
  /** One line: "Thank-you for referring the Patels · Dana Ruiz", "Dana Ruiz sent you the Patels". */
  text: string;
}

export interface DoneThisWeek {
  thanks: DoneEntry[];
  /** Every other interaction logged: handshakes, calls, emails, … */
  touches: DoneEntry[];
  received: DoneEntry[];
  given: DoneEntry[];
}

export interface Suggestion {
  subject: DueSubject;
  lastTouch?: string | undefined;
}

const live = <T extends { deletedAt?: number | undefined }>(list: readonly T[]) =>
  list.filter((record) => record.deletedAt === undefined);

async function namesOf(db: HandshakeDatabase, personIds: Set<string>, partnerIds: Set<string>) {
  const [people, partners] = await Promise.all([
    db.people.bulkGet([...personIds]),
    db.partners.bulkGet([...partnerIds]),
  ]);
  const names = new Map<string, string>();
  for (const record of [...people, ...partners]) {
    if (record && record.deletedAt === undefined) names.set(record.id, record.name);
  }
  return names;
}

const newestFirst = (a: DoneEntry, b: DoneEntry) => b.date.localeCompare(a.date);

export function createDoneThisWeek(db: HandshakeDatabase) {
  /** Interactions and referrals dated from `start` to `end`, both included. */
  return async function doneThisWeek(start: string, end: string): Promise<DoneThisWeek> {
    const [interactions, referrals] = await Promise.all([
      db.interactions.where('date').between(start, end, true, true).toArray(),
      db.referrals.where('date').between(start, end, true, true).toArray(),
    ]);
    const personIds = new Set<string>();
    const partnerIds = new Set<string>();
    for (const i of live(interactions)) {
      i.personIds.forEach((id) => personIds.add(id));
      i.partnerIds.forEach((id) => partnerIds.add(id));
    }
    for (const r of live(referrals)) {
      for (const id of [r.referrerPersonId, r.introducedPersonId]) if (id) personIds.add(id);
      for (const id of [r.referrerPartnerId, r.partnerId]) if (id) partnerIds.add(id);
    }
    const names = await namesOf(db, personIds, partnerIds);
    const name = (id: string | undefined, fallback: string) => (id && names.get(id)) || fallback;

    const interactionEntry = (i: Interaction): DoneEntry => {
      const who = [...i.personIds, ...i.partnerIds].flatMap((id) => names.get(id) ?? []);
      return {
        id: i.id,
        date: i.date,
        text: [i.summary, describeParticipants(who)].filter(Boolean).join(' · '),
      };
    };
    const referralEntry = (r: Referral): DoneEntry => ({
      id: r.id,
      date: r.date,
      text:
        r.direction === 'received'
          ? `${name(r.referrerPersonId ?? r.referrerPartnerId, 'Someone')} sent you ${name(r.introducedPersonId, 'someone')}`
          : `You sent ${name(r.introducedPersonId, 'a client')} to ${name(r.partnerId, 'a partner')}`,
    });
    const isThanks = saysThanks;
    const liveInteractions = live(interactions);
    const liveReferrals = live(referrals);
    return {
      thanks: liveInteractions.filter(isThanks).map(interactionEntry).sort(newestFirst),
      touches: liveInteractions
        .filter((i) => !isThanks(i))
        .map(interactionEntry)
        .sort(newestFirst),
      received: liveReferrals
        .filter((r) => r.direction === 'received')
        .map(referralEntry)
        .sort(newestFirst),
      given: liveReferrals
        .filter((r) => r.direction === 'given')
        .map(referralEntry)
        .sort(newestFirst),
    };
  };
}

export function createSuggestions(db: HandshakeDatabase) {
  /**
   * Who could use a call: active partners and champions, longest untouched first
   * (never touched before anyone), at most `limit`.
   */
  return async function suggestions(today: string, limit = 5): Promise<Suggestion[]> {
    const [active, recent] = await Promise.all([
      db.partners.where('status').equals('active').toArray(),
      db.referrals
        .where('[direction+date]')
        .between(['received', windowStart(today)], ['received', today], true, true)
        .toArray(),
    ]);
    const referrers = await db.people.bulkGet([
      ...new Set(recent.flatMap((r) => (r.referrerPersonId ? [r.referrerPersonId] : []))),
    ]);
    const people = new Map(live(referrers.filter((p) => p !== undefined)).map((p) => [p.id, p]));
    const champions = findChampions(recent, (id) => people.get(id)?.partnerId, today);
    const championPartners = await db.partners.bulkGet([...champions.partnerIds]);
    const candidates = new Map<string, Suggestion>();
    for (const partner of live([...active, ...championPartners.filter((p) => p !== undefined)])) {
      candidates.set(partner.id, {
        subject: { kind: 'partner', id: partner.id, name: partner.name },
        lastTouch: partner.lastTouch,
      });
    }
    for (const id of champions.personIds) {
      const person = people.get(id);
      if (!person) continue;
      candidates.set(id, {
        subject: { kind: 'person', id, name: person.name },
        lastTouch: person.lastTouch,
      });
    }
    return [...candidates.values()]
      .sort(
        (a, b) =>
          (a.lastTouch ?? '').localeCompare(b.lastTouch ?? '') ||
          a.subject.name.localeCompare(b.subject.name),
      )
      .slice(0, limit);
  };
}
