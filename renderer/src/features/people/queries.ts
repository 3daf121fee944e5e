import { useLiveQuery } from 'dexie-react-hooks';
import type { Partner, Person } from '../../../../shared/records';
import { data } from '../../data';
import { byName, useLookup, type Lookup } from '../records/queries';

/** The person behind /people/:id, kept current as it changes. */
export function usePersonLookup(id: string): Lookup<Person> {
  return useLookup(() => data().people, id);
}

/** The partner a person is linked to, which may be in the Trash (the link stays). */
export function usePartnerLookup(id: string | undefined): Lookup<Partner> {
  return useLookup(() => data().partners, id);
}

/** Every partner not in the Trash, by name: what the partner type-ahead offers. */
export function usePartnerChoices(): Partner[] {
  return useLiveQuery(async () => (await data().partners.list()).sort(byName), []) ?? [];
}
