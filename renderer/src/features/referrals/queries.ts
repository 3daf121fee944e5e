import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { formatMoney } from '../../../../shared/money';
import { reciprocityFor, type Reciprocity } from '../../../../shared/reciprocity';
import type { Referral } from '../../../../shared/records';
import { data } from '../../data';
import { useSettings } from '../settings/queries';
import { toLedgerRows, type LedgerRow } from './ledger-rows';

export type ReferralSubject = { kind: 'person' | 'partner'; id: string };

const byId = <T extends { id: string }>(records: readonly T[]) =>
  new Map(records.map((record) => [record.id, record]));

/** Names for the people and partners these referrals mention (one bulk read each). */
async function rowsFor(referrals: readonly Referral[]): Promise<LedgerRow[]> {
  const personIds = new Set<string>();
  const partnerIds = new Set<string>();
  for (const referral of referrals) {
    for (const id of [referral.referrerPersonId, referral.introducedPersonId]) {
      if (id) personIds.add(id);
    }
    for (const id of [referral.referrerPartnerId, referral.partnerId]) if (id) partnerIds.add(id);
  }
  const people = await data().people.getMany([...personIds]);
  for (const person of people) if (person.partnerId) partnerIds.add(person.partnerId);
  const partners = await data().partners.getMany([...partnerIds]);
  return toLedgerRows(referrals, byId(people), byId(partners));
}

/** Every referral as a ledger row, and every partner for the Partner filter. */
export function useLedger() {
  return useLiveQuery(async () => {
    const [referrals, partners] = await Promise.all([
      data().referrals.list(),
      data().partners.list(),
    ]);
    return { rows: await rowsFor(referrals), partners };
  }, []);
}

export interface SubjectReferrals {
  /** Both roles, newest first. */
  rows: LedgerRow[];
  /** Person: referrals they sent you / you sent them (as your client); partner: reciprocity. */
  counts: Reciprocity;
  /** The partner's name, for the nudge; '' for a person. */
  name: string;
}

/**
 * A person's or partner's referrals in every role. A partner's include those made by its
 * people, which count for it (shared/reciprocity.ts).
 */
export function useSubjectReferrals({ kind, id }: ReferralSubject): SubjectReferrals | undefined {
  return useLiveQuery(async () => {
    const referrals = data().referrals;
    if (kind === 'person') {
      const [sent, introduced] = await Promise.all([
        referrals.listWhere('referrerPersonId', id),
        referrals.listWhere('introducedPersonId', id),
      ]);
      const all = [...byId([...sent, ...introduced]).values()];
      const counts = personCounts(sent, introduced);
      return { rows: newestFirst(await rowsFor(all)), counts, name: '' };
    }
    const people = await data().people.listWhere('partnerId', id);
    const lists = await Promise.all([
      referrals.listWhere('referrerPartnerId', id),
      referrals.listWhere('partnerId', id),
      ...people.map((person) => referrals.listWhere('referrerPersonId', person.id)),
    ]);
    const all = [...byId(lists.flat()).values()];
    const name = (await data().partners.get(id))?.name ?? '';
    const counts = reciprocityFor(id, all, people);
    return { rows: newestFirst(await rowsFor(all)), counts, name };
  }, [kind, id]);
}

function personCounts(sent: readonly Referral[], introduced: readonly Referral[]): Reciprocity {
  const received = sent.filter((referral) => referral.direction === 'received');
  const given = introduced.filter((referral) => referral.direction === 'given');
  const won = (list: readonly Referral[]) =>
    list.reduce((sum, r) => sum + (r.status === 'won' ? (r.value ?? 0) : 0), 0);
  return {
    received: received.length,
    given: given.length,
    receivedWonValue: won(received),
    givenWonValue: won(given),
  };
}

const newestFirst = (rows: LedgerRow[]) =>
  rows.sort(
    (a, b) =>
      b.referral.date.localeCompare(a.referral.date) || b.referral.createdAt - a.referral.createdAt,
  );

/** The people and partners a dialog was opened with, by id (undefined while loading). */
export function usePrefilledNames(personIds: readonly string[], partnerIds: readonly string[]) {
  return useLiveQuery(async () => {
    const [people, partners] = await Promise.all([
      data().people.getMany(personIds),
      data().partners.getMany(partnerIds),
    ]);
    return new Map([...people, ...partners].map((record) => [record.id, record.name]));
  }, [personIds.join(), partnerIds.join()]);
}

/** The currency from Settings and money formatting in the owner's locale. */
export function useMoney() {
  const currency = useSettings()?.currency;
  const locale = navigator.language;
  return useMemo(
    () =>
      currency && {
        currency,
        locale,
        format: (minor: number) => formatMoney(minor, locale, currency),
      },
    [currency, locale],
  );
}
