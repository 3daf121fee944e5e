import { combinePeople, laterDate, repointIds, type MergeChoices } from '../../../shared/merge';
import { withKeepInTouchDue } from '../../../shared/cadence';
import { personInput, type Referral } from '../../../shared/records';
import { foldText } from '../../../shared/text';
import type { HandshakeDatabase, StoredPerson } from './database';
import { NotFoundError, ValidationError, guardWrite } from './errors';
import { refreshOpenFollowUps } from './open-causes';

export const SAME_PERSON_MESSAGE = 'Choose someone else to merge with.';

export interface MergeRequest {
  /** The person who stays (the page the merge started from). */
  keepId: string;
  /** The person who goes to the Trash once everything points to `keepId`. */
  mergeId: string;
  choices: MergeChoices;
}

const OWNER_KEYS = Object.keys(personInput.shape);

/**
 * Merges two people in ONE transaction over people, interactions, referrals and reminders:
 * the kept person gets the combined fields and the later last touch; every reference to
 * the merged person (in trashed records too, so a restore points to the right person)
 * moves to the kept one; the merged person goes to the Trash. Any failure — a rule broken
 * by the combined fields, a record gone, a full disk — leaves every table as it was.
 */
export function createMergePeople(db: HandshakeDatabase, now: () => number = Date.now) {
  return async function mergePeople({ keepId, mergeId, choices }: MergeRequest) {
    if (keepId === mergeId)
      throw new ValidationError(SAME_PERSON_MESSAGE, { mergeId: SAME_PERSON_MESSAGE });
    const tables = [db.people, db.partners, db.interactions, db.referrals, db.reminders];
    return guardWrite(() =>
      db.transaction('rw', tables, async () => {
        const [kept, merged] = await db.people.bulkGet([keepId, mergeId]);
        if (!kept || kept.deletedAt !== undefined) throw new NotFoundError('person');
        if (!merged || merged.deletedAt !== undefined) throw new NotFoundError('person');

        const parsed = personInput.safeParse(combinePeople(kept, merged, choices));
        if (!parsed.success) throw ValidationError.fromZod(parsed.error);
        const time = now();
        // Bookkeeping and denormalised fields stay the kept person's (as in an update).
        const bookkeeping = Object.fromEntries(
          Object.entries(kept).filter(([key]) => !OWNER_KEYS.includes(key)),
        );
        const { lastTouch: _kept, ...rest } = bookkeeping;
        const lastTouch = laterDate(kept.lastTouch, merged.lastTouch);
        const next = withKeepInTouchDue({
          ...rest,
          ...parsed.data,
          nameKey: foldText(parsed.data.name),
          ...(lastTouch ? { lastTouch } : {}),
          updatedAt: time,
        } as StoredPerson);
        await db.people.put(next);

        const interactions = await db.interactions.where('personIds').equals(mergeId).toArray();
        await db.interactions.bulkPut(
          interactions.map((interaction) => ({
            ...interaction,
            personIds: repointIds(interaction.personIds, mergeId, keepId),
            updatedAt: time,
          })),
        );

        const referrals = new Map<string, Referral>();
        for (const index of ['referrerPersonId', 'introducedPersonId'] as const) {
          for (const referral of await db.referrals.where(index).equals(mergeId).toArray()) {
            const current = referrals.get(referral.id) ?? referral;
            referrals.set(referral.id, { ...current, [index]: keepId, updatedAt: time });
          }
        }
        await db.referrals.bulkPut([...referrals.values()]);

        const reminders = await db.reminders.where('personId').equals(mergeId).toArray();
        await db.reminders.bulkPut(
          reminders.map((reminder) => ({ ...reminder, personId: keepId, updatedAt: time })),
        );

        await db.people.put({ ...merged, deletedAt: time, updatedAt: time });
        // The kept person's last touch may be later now: their follow-ups may be answered.
        await refreshOpenFollowUps(db, { personIds: new Set([keepId]), partnerIds: new Set() });
        return next;
      }),
    );
  };
}
