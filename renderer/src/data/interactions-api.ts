import { interactionInput, personInput, type Interaction } from '../../../shared/records';
import { affectedSubjects, latestTouch, type Subjects } from '../../../shared/last-touch';
import { foldText } from '../../../shared/text';
import type { HandshakeDatabase } from './database';
import { ValidationError, guardWrite } from './errors';
import { refreshAwaitingThanks, refreshOpenFollowUps } from './open-causes';
import { createTableApi } from './table-api';

export const NOBODY_MESSAGE = 'Choose at least one person or partner this was with.';

export interface InteractionsApiOptions {
  db: HandshakeDatabase;
  now?: () => number;
}

/**
 * Interactions, with every person's and partner's `lastTouch` kept equal to the latest
 * interaction involving them — recomputed in the same transaction as each change, for
 * everyone the change touches (including people removed from an interaction) — and the
 * This week markers with it (./open-causes.ts).
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

  async function refreshLastTouch({ personIds, partnerIds }: Subjects) {
    for (const id of personIds) {
      const person = await db.people.get(id);
      if (!person) continue;
      const lastTouch = latestTouch(await db.interactions.where('personIds').equals(id).toArray());
      if (person.lastTouch !== lastTouch) await db.people.put({ ...person, lastTouch });
    }
    for (const id of partnerIds) {
      const partner = await db.partners.get(id);
      if (!partner) continue;
      const lastTouch = latestTouch(await db.interactions.where('partnerIds').equals(id).toArray());
      if (partner.lastTouch !== lastTouch) await db.partners.put({ ...partner, lastTouch });
    }
  }

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

  /**
   * Runs one change and refreshes last touch for everyone in any version it saw, then the
   * This week markers that follow from it: open follow-ups of those people and partners,
   * and whether the referrals it is linked to still wait for thanks.
   */
  function change<T>(work: () => Promise<{ result: T; versions: (Interaction | undefined)[] }>) {
    return guardWrite(() =>
      db.transaction('rw', tables, async () => {
        const { result, versions } = await work();
        const subjects = affectedSubjects(...versions);
        await refreshLastTouch(subjects);
        await refreshOpenFollowUps(db, subjects);
        await refreshAwaitingThanks(
          db,
          versions.flatMap((version) => version?.referralId ?? []),
        );
        return result;
      }),
    );
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
      const created = parsedNames.map((person) => ({
        ...person,
        nameKey: foldText(person.name),
        id: crypto.randomUUID(),
        createdAt: time,
        updatedAt: time,
      }));
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
