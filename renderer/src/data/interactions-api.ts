import { interactionInput, personInput, type Interaction } from '../../../shared/records';
import type { HandshakeDatabase } from './database';
import type { StoredPerson } from './database';
import { withRecordFields } from './derived/record-fields';
import { ValidationError, guardWrite } from './errors';
import { createTableApi } from './table-api';

export const NOBODY_MESSAGE = 'Choose at least one person or partner this was with.';

export interface InteractionsApiOptions {
  db: HandshakeDatabase;
  now?: () => number;
}

/**
 * Interactions, each change in one transaction that refuses an interaction with nobody or
 * with someone gone. Everyone's last touch and the This week markers follow every change
 * in the same transaction (./derived/keeper.ts).
 */
export function createInteractionsApi({ db, now = Date.now }: InteractionsApiOptions) {
  const base = createTableApi({
    db,
    table: db.interactions,
    input: interactionInput,
    noun: 'interaction',
    now,
  });
  const tables = [db.interactions, db.people, db.partners, db.referrals];

  /** Refuses an interaction with nobody, or with someone who no longer exists. */
  async function checkInvolved(personIds: readonly string[], partnerIds: readonly string[]) {
    if (personIds.length + partnerIds.length === 0) {
      throw new ValidationError(NOBODY_MESSAGE, { personIds: NOBODY_MESSAGE });
    }
    const people = await db.people.bulkGet([...personIds]);
    const partners = await db.partners.bulkGet([...partnerIds]);
    if (people.some((person) => !person) || partners.some((partner) => !partner)) {
      const message = 'Someone in this interaction no longer exists. Choose again.';
      throw new ValidationError(message, { personIds: message });
    }
  }

  /** Runs one change in one transaction. */
  function change<T>(work: () => Promise<{ result: T; versions: (Interaction | undefined)[] }>) {
    return guardWrite(() => db.transaction('rw', tables, async () => (await work()).result));
  }

  /**
   * Logs an interaction, first creating people who are named but not yet known (name
   * only; details later) — all in one transaction, so nothing is half-written.
   */
  function log(input: Parameters<typeof base.create>[0], newPeopleNames: readonly string[] = []) {
    return change(async () => {
      const parsedNames = newPeopleNames.map((name) => {
        const result = personInput.safeParse({ name });
        if (!result.success) throw ValidationError.fromZod(result.error);
        return result.data;
      });
      const time = now();
      const created = parsedNames.map((person) =>
        withRecordFields('people', {
          ...person,
          id: crypto.randomUUID(),
          createdAt: time,
          updatedAt: time,
        } as StoredPerson),
      );
      await db.people.bulkAdd(created);
      const personIds = [...(input.personIds ?? []), ...created.map((person) => person.id)];
      const partnerIds = input.partnerIds ?? [];
      await checkInvolved(personIds, partnerIds);
      const interaction = await base.create({ ...input, personIds, partnerIds });
      return { result: { interaction, createdPeople: created }, versions: [interaction] };
    });
  }

  return {
    get: base.get,
    list: base.list,
    listTrashed: base.listTrashed,
    listWhere: base.listWhere,

    log,

    async create(input: Parameters<typeof base.create>[0]) {
      return (await log(input)).interaction;
    },

    update(id: string, changes: Parameters<typeof base.update>[1]) {
      return change(async () => {
        const before = await db.interactions.get(id);
        const after = await base.update(id, changes);
        await checkInvolved(after.personIds, after.partnerIds);
        return { result: after, versions: [before, after] };
      });
    },

    trash(id: string) {
      return change(async () => {
        await base.trash(id);
        return { result: undefined, versions: [await db.interactions.get(id)] };
      });
    },

    restore(id: string) {
      return change(async () => {
        await base.restore(id);
        return { result: undefined, versions: [await db.interactions.get(id)] };
      });
    },

    deleteForever(id: string) {
      return change(async () => {
        const before = await db.interactions.get(id);
        await base.deleteForever(id);
        return { result: undefined, versions: [before] };
      });
    },
  };
}

export type InteractionsApi = ReturnType<typeof createInteractionsApi>;
