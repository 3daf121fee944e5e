import { useLiveQuery } from 'dexie-react-hooks';
import type { Participant } from '../../../../shared/participants';
import { data } from '../../data';

/** The people and partners a dialog was opened with, as chips (undefined while loading). */
export function usePrefilledParticipants(
  personIds: readonly string[],
  partnerIds: readonly string[],
): Participant[] | undefined {
  return useLiveQuery(async () => {
    const [people, partners] = await Promise.all([
      data().people.getMany(personIds),
      data().partners.getMany(partnerIds),
    ]);
    return [
      ...people.map((person) => ({
        kind: 'person' as const,
        id: person.id,
        name: person.name,
        detail: person.company ?? '',
      })),
      ...partners.map((partner) => ({
        kind: 'partner' as const,
        id: partner.id,
        name: partner.name,
        detail: partner.category ?? '',
      })),
    ];
  }, [personIds, partnerIds]);
}
