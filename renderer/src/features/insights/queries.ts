import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { computeInsights, type Insights } from '../../../../shared/insights';
import { todayLocalDate } from '../../../../shared/dates';
import { data } from '../../data';

/** Every record the insights need, in one read per table, kept current as they change. */
async function readRecords() {
  const [referrals, people, partners, thanks, gifts] = await Promise.all([
    data().referrals.list(),
    data().people.list(),
    data().partners.list(),
    // Only thank-yous and gifts matter (for "last thanked"): read them by the kind index.
    data().interactions.listWhere('kind', 'thank-you'),
    data().interactions.listWhere('kind', 'gift'),
  ]);
  return { referrals, people, partners, interactions: [...thanks, ...gifts] };
}

/** The Insights screen's numbers (undefined while loading), computed once per change. */
export function useInsights(): Insights | undefined {
  const records = useLiveQuery(readRecords, []);
  const today = todayLocalDate();
  return useMemo(() => records && computeInsights({ ...records, today }), [records, today]);
}
