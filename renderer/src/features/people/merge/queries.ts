import { useLiveQuery } from 'dexie-react-hooks';
import type { Person } from '../../../../../shared/records';
import { data } from '../../../data';

/**
 * The people on both sides of a merge, kept current while the dialog is open. A side is
 * undefined while loading and null once it is gone (trashed or deleted elsewhere).
 */
export function useMergeSides(
  keptId: string,
  otherId: string | undefined,
): { kept: Person | null | undefined; other: Person | null | undefined } {
  const sides = useLiveQuery(async () => {
    const found = await data().people.getMany(otherId ? [keptId, otherId] : [keptId]);
    const side = (id: string | undefined) => found.find((person) => person.id === id) ?? null;
    return { kept: side(keptId), other: otherId ? side(otherId) : undefined };
  }, [keptId, otherId]);
  return sides ?? { kept: undefined, other: undefined };
}

/** Names of the partners the two people are linked to, by id (a trashed one included). */
export function usePartnerNames(ids: readonly (string | undefined)[]): Map<string, string> {
  const wanted = ids.filter((id): id is string => id !== undefined);
  const key = wanted.join(' ');
  const names = useLiveQuery(async () => {
    const [live, trashed] = await Promise.all([
      data().partners.getMany(key ? key.split(' ') : []),
      data().trash.list(),
    ]);
    const map = new Map(live.map((partner) => [partner.id, partner.name]));
    const asked = new Set(key.split(' '));
    for (const line of trashed) {
      if (line.kind === 'partner' && asked.has(line.id)) {
        map.set(line.id, `${line.name} (in the Trash)`);
      }
    }
    return map;
  }, [key]);
  return names ?? new Map();
}
