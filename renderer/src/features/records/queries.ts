import { useLiveQuery } from 'dexie-react-hooks';
import { data } from '../../data';

/** A record page's subject: still loading, there, in the Trash, or gone. */
export type Lookup<T> =
  | { status: 'loading' }
  | { status: 'found'; record: T }
  | { status: 'trashed'; record: T }
  | { status: 'missing' };

interface LookupTable<T> {
  get: (id: string) => Promise<T | undefined>;
  listTrashed: () => Promise<T[]>;
}

/** Finds a record by id, telling "in the Trash" apart from "never was / deleted forever". */
export async function lookUp<T extends { id: string }>(
  table: LookupTable<T>,
  id: string | undefined,
): Promise<Lookup<T>> {
  if (!id) return { status: 'missing' };
  const record = await table.get(id);
  if (record) return { status: 'found', record };
  const trashed = (await table.listTrashed()).find((candidate) => candidate.id === id);
  return trashed ? { status: 'trashed', record: trashed } : { status: 'missing' };
}

/** The record behind a page or a link, kept current as it changes. */
export function useLookup<T extends { id: string }>(
  table: () => LookupTable<T>,
  id: string | undefined,
): Lookup<T> {
  // `table` names one of the data API's tables, the same on every render.
  return useLiveQuery(() => lookUp(table(), id), [id]) ?? { status: 'loading' };
}

// One collator for every comparison: localeCompare with options builds a new one per
// call, which made sorting 2,000 partners for a person's page take 100 ms.
const names = new Intl.Collator(undefined, { sensitivity: 'base' });

export const byName = (a: { name: string }, b: { name: string }) => names.compare(a.name, b.name);

/**
 * Every tag in use on people and partners, for the tag type-ahead. Reading every record
 * is only worth it once the owner is in a tag box, so nothing loads until `wanted`.
 */
export function useTagsInUse(wanted: boolean): string[] {
  return (
    useLiveQuery(async () => {
      if (!wanted) return [];
      const [people, partners] = await Promise.all([data().people.list(), data().partners.list()]);
      const tags = new Set<string>();
      for (const record of [...people, ...partners]) for (const tag of record.tags) tags.add(tag);
      return [...tags];
    }, [wanted]) ?? []
  );
}
