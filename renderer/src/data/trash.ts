import type { HandshakeDatabase } from './database';
import { guardWrite } from './errors';
import { refreshOpenFollowUps } from './open-causes';

export type TrashKind = 'person' | 'partner';

/** One line of Settings → Trash. */
export interface TrashedRecord {
  kind: TrashKind;
  id: string;
  name: string;
  deletedAt: number;
}

/**
 * Deletes partners for good and unlinks their people (trashed or not, so a person restored
 * later never points to a partner that no longer exists). Call inside a transaction over
 * people and partners.
 */
export async function deletePartners(
  db: HandshakeDatabase,
  ids: readonly string[],
  time: number,
): Promise<void> {
  if (ids.length === 0) return;
  const linked = await db.people
    .where('partnerId')
    .anyOf([...ids])
    .toArray();
  await db.people.bulkPut(
    linked.map(({ partnerId: _gone, ...person }) => ({ ...person, updatedAt: time })),
  );
  await db.partners.bulkDelete([...ids]);
}

/** Settings → Trash: trashed people and partners, restored or deleted for good. */
export function createTrashApi(db: HandshakeDatabase, now: () => number = Date.now) {
  // Interactions: a follow-up the deleted one had answered is open again (./open-causes.ts).
  const tables = [db.people, db.partners, db.interactions];
  const gone = (personIds: string[], partnerIds: string[]) =>
    refreshOpenFollowUps(db, { personIds: new Set(personIds), partnerIds: new Set(partnerIds) });
  const trashedIds = async (table: typeof db.people | typeof db.partners) =>
    (await table.where('deletedAt').above(0).primaryKeys()) as string[];

  return {
    /** Everything in the Trash, most recently trashed first. */
    async list(): Promise<TrashedRecord[]> {
      const [people, partners] = await Promise.all([
        db.people.where('deletedAt').above(0).toArray(),
        db.partners.where('deletedAt').above(0).toArray(),
      ]);
      const line =
        (kind: TrashKind) => (record: { id: string; name: string; deletedAt?: number }) => ({
          kind,
          id: record.id,
          name: record.name,
          deletedAt: record.deletedAt ?? 0,
        });
      return [...people.map(line('person')), ...partners.map(line('partner'))].sort(
        (a, b) => b.deletedAt - a.deletedAt,
      );
    },

    /**
     * Deletes one trashed record for good; a deleted partner's people are unlinked in the
     * same transaction. A record no longer in the Trash (restored in another window) is
     * left alone.
     */
    async deleteForever(kind: TrashKind, id: string): Promise<void> {
      await guardWrite(() =>
        db.transaction('rw', tables, async () => {
          const table = kind === 'person' ? db.people : db.partners;
          const record = await table.get(id);
          if (record?.deletedAt === undefined) return;
          if (kind === 'partner') await deletePartners(db, [id], now());
          else await db.people.delete(id);
          await (kind === 'person' ? gone([id], []) : gone([], [id]));
        }),
      );
    },

    /** Deletes everything in the Trash for good, in one transaction. Returns how many. */
    async empty(): Promise<number> {
      return guardWrite(() =>
        db.transaction('rw', tables, async () => {
          const people = await trashedIds(db.people);
          const partners = await trashedIds(db.partners);
          await db.people.bulkDelete(people);
          await deletePartners(db, partners, now());
          await gone(people, partners);
          return people.length + partners.length;
        }),
      );
    },
  };
}

export type TrashApi = ReturnType<typeof createTrashApi>;
