import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { todayLocalDate } from '../../../../shared/dates';
import { computeAppreciation, type Appreciation } from '../../../../shared/insights-appreciation';
import { data } from '../../data';

/**
 * What Appreciation needs: every referral, the thank-yous and gifts (by the kind index),
 * and only the people and partners those referrals name — not all 50,000 people.
 */
async function readRecords() {
  const [referrals, thanks, gifts] = await Promise.all([
    data().referrals.list(),
    data().interactions.listWhere('kind', 'thank-you'),
    data().interactions.listWhere('kind', 'gift'),
  ]);
  const received = referrals.filter((referral) => referral.direction === 'received');
  const personIds = new Set<string>();
  const partnerIds = new Set<string>();
  for (const referral of received) {
    if (referral.referrerPersonId) personIds.add(referral.referrerPersonId);
    if (referral.introducedPersonId) personIds.add(referral.introducedPersonId);
    if (referral.referrerPartnerId) partnerIds.add(referral.referrerPartnerId);
  }
  const [people, partners] = await Promise.all([
    data().people.getMany([...personIds]),
    data().partners.getMany([...partnerIds]),
  ]);
  return { referrals: received, interactions: [...thanks, ...gifts], people, partners };
}

/** Insights → Appreciation (undefined while loading), kept current as records change. */
export function useAppreciation(): Appreciation | undefined {
  const records = useLiveQuery(readRecords, []);
  const today = todayLocalDate();
  return useMemo(() => records && computeAppreciation({ ...records, today }), [records, today]);
}
