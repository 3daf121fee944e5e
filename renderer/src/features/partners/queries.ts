import { useLiveQuery } from 'dexie-react-hooks';
import type { PartnerStatus, Person } from '../../../../shared/records';
import { data } from '../../data';
import { byName } from '../records/queries';

/** A partner's people: the Persons linked to it, by name. */
export function usePartnerPeople(partnerId: string): Person[] | undefined {
  return useLiveQuery(
    async () => (await data().people.listWhere('partnerId', partnerId)).sort(byName),
    [partnerId],
  );
}

/** Everyone, by name, for "Add existing person" (undefined while loading). */
export function usePeopleChoices(): (Person & { nameKey: string })[] | undefined {
  return useLiveQuery(async () => {
    const people = await data().people.list();
    return people.sort((a, b) => (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : 0));
  }, []);
}

/** Every category partners use, for the category suggestions. Loaded once wanted. */
export function useCategoriesInUse(wanted: boolean): string[] {
  return (
    useLiveQuery(async () => {
      if (!wanted) return [];
      const partners = await data().partners.list();
      return [...new Set(partners.map((partner) => partner.category ?? '').filter(Boolean))];
    }, [wanted]) ?? []
  );
}

/** The cadence partners of this status get when they have none of their own (Settings). */
export function useStatusCadence(status: PartnerStatus): number | undefined {
  return useLiveQuery(async () => (await data().settings.get()).cadenceDefaults[status], [status]);
}
