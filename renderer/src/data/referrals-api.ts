import {
  personInput,
  referralInput,
  type Referral,
  type ReferralInput,
  type ReferralStatus,
} from '../../../shared/records';
import { withAwaitingThanks } from '../../../shared/attention/open-causes';
import { howWeMetText, referralProblems, settleReferral } from '../../../shared/referral-rules';
import { foldText } from '../../../shared/text';
import type { HandshakeDatabase, StoredPerson } from './database';
import { NotFoundError, ValidationError, guardWrite } from './errors';
import { createTableApi } from './table-api';

export interface ReferralsApiOptions {
  db: HandshakeDatabase;
  now?: () => number;
}

export interface RecordOptions {
  /** A person who is not in Handshake yet: created (name only) as the one introduced. */
  newPersonName?: string | undefined;
}

/** What recording did, so Undo can take all of it back. */
export interface Recorded {
  referral: Referral;
  createdPerson?: StoredPerson | undefined;
  /** The existing person whose empty "how we met" was filled in. */
  howWeMetFilled?: { personId: string; text: string } | undefined;
}

const OWN_KEYS = Object.keys(referralInput.shape) as (keyof ReferralInput)[];

const GONE: Record<string, string> = {
  referrerPersonId: 'The person who referred you no longer exists. Choose again.',
  referrerPartnerId: 'The partner who referred you no longer exists. Choose again.',
  introducedPersonId: 'The person introduced no longer exists. Choose again.',
  partnerId: 'That partner no longer exists. Choose again.',
};

/**
 * Referrals, checked against the rules in shared/referral-rules.ts and against the records
 * they name, each change in one transaction. Recording can create the introduced person
 * on the spot and fills in their empty "how we met". Last touch is left alone: it counts
 * interactions only.
 */
export function createReferralsApi({ db, now = Date.now }: ReferralsApiOptions) {
  const base = createTableApi({
    db,
    table: db.referrals,
    input: referralInput,
    noun: 'referral',
    now,
  });
  // Interactions are read to keep the referral's awaiting-thanks marker
  // (shared/attention/open-causes.ts).
  const tables = [db.referrals, db.people, db.partners, db.interactions];

  function validate(value: unknown) {
    const result = referralInput.safeParse(value);
    if (!result.success) throw ValidationError.fromZod(result.error);
    const settled = settleReferral(result.data);
    const problems = referralProblems(settled);
    const first = Object.values(problems)[0];
    if (first) throw new ValidationError(first, problems);
    return settled;
  }

  /** Refuses links to people or partners that are gone or in the Trash. */
  async function checkLinks(referral: ReturnType<typeof validate>) {
    const people = ['referrerPersonId', 'introducedPersonId'] as const;
    const partners = ['referrerPartnerId', 'partnerId'] as const;
    for (const field of people) {
      const id = referral[field];
      const person = id === undefined ? undefined : await db.people.get(id);
      if (id !== undefined && (!person || person.deletedAt !== undefined)) {
        throw new ValidationError(GONE[field]!, { [field]: GONE[field]! });
      }
    }
    for (const field of partners) {
      const id = referral[field];
      const partner = id === undefined ? undefined : await db.partners.get(id);
      if (id !== undefined && (!partner || partner.deletedAt !== undefined)) {
        throw new ValidationError(GONE[field]!, { [field]: GONE[field]! });
      }
    }
  }

  async function createPerson(name: string): Promise<StoredPerson> {
    const result = personInput.safeParse({ name, relationship: 'prospect' });
    if (!result.success) {
      const message = result.error.issues[0]?.message ?? 'Enter a name.';
      throw new ValidationError(message, { introducedPersonId: message });
    }
    const time = now();
    const person: StoredPerson = {
      ...result.data,
      nameKey: foldText(result.data.name),
      id: crypto.randomUUID(),
      createdAt: time,
      updatedAt: time,
    };
    await db.people.add(person);
    return person;
  }

  /** Fills the introduced person's empty "how we met" from a received referral. */
  async function fillHowWeMet(referral: Referral) {
    if (referral.direction !== 'received' || !referral.introducedPersonId) return undefined;
    const person = await db.people.get(referral.introducedPersonId);
    if (!person || person.howWeMet) return undefined;
    const referrer = referral.referrerPersonId
      ? await db.people.get(referral.referrerPersonId)
      : await db.partners.get(referral.referrerPartnerId ?? '');
    if (!referrer) return undefined;
    const text = howWeMetText(referrer.name, referral.date);
    await db.people.put({ ...person, howWeMet: text, updatedAt: now() });
    return { personId: person.id, text };
  }

  /**
   * Records a referral, creating the introduced person first when named but not yet known
   * — all in one transaction, so a refusal leaves neither behind.
   */
  function record(input: ReferralInput, { newPersonName }: RecordOptions = {}) {
    return guardWrite(() =>
      db.transaction('rw', tables, async (): Promise<Recorded> => {
        const createdPerson = newPersonName?.trim() ? await createPerson(newPersonName) : undefined;
        const parsed = validate({
          ...input,
          introducedPersonId: createdPerson?.id ?? input.introducedPersonId,
        });
        await checkLinks(parsed);
        const time = now();
        // Nothing is linked to a new referral yet: a received one waits for thanks.
        const referral = withAwaitingThanks<Referral>(
          { ...parsed, id: crypto.randomUUID(), createdAt: time, updatedAt: time },
          [],
        );
        await db.referrals.add(referral);
        const filled = await fillHowWeMet(referral);
        // A person created here goes to the Trash on Undo, "how we met" and all.
        return { referral, createdPerson, howWeMetFilled: createdPerson ? undefined : filled };
      }),
    );
  }

  /** Applies a partial change; fields set to `undefined` are cleared. */
  function update(id: string, changes: Partial<ReferralInput>) {
    return guardWrite(() =>
      db.transaction('rw', tables, async () => {
        const existing = await db.referrals.get(id);
        if (!existing) throw new NotFoundError('referral');
        const own = Object.fromEntries(OWN_KEYS.map((key) => [key, existing[key]]));
        const parsed = validate({ ...own, ...changes });
        await checkLinks(parsed);
        const { id: _id, createdAt, deletedAt } = existing;
        const links = await db.interactions.where('referralId').equals(id).toArray();
        const referral = withAwaitingThanks<Referral>(
          { ...parsed, id, createdAt, updatedAt: now() },
          links,
        );
        if (deletedAt !== undefined) referral.deletedAt = deletedAt;
        await db.referrals.put(referral);
        return referral;
      }),
    );
  }

  return {
    get: base.get,
    getMany: base.getMany,
    list: base.list,
    listWhere: base.listWhere,
    listTrashed: base.listTrashed,
    trash: base.trash,
    restore: base.restore,
    deleteForever: base.deleteForever,
    record,
    update,

    async create(input: ReferralInput, options: RecordOptions = {}): Promise<Referral> {
      return (await record(input, options)).referral;
    },

    /**
     * One-click status moves from the ledger. Won needs its closed date and value; moving
     * back to an open status clears them (see settleReferral).
     */
    setStatus(
      id: string,
      status: ReferralStatus,
      { closedDate, value }: { closedDate?: string; value?: number } = {},
    ) {
      return update(id, { status, closedDate, value });
    },

    /**
     * Takes a just-recorded referral back: it goes to the Trash with the person recording
     * created, and a "how we met" it filled in is emptied again if still unchanged.
     */
    undoRecord({ referral, createdPerson, howWeMetFilled }: Recorded) {
      return guardWrite(() =>
        db.transaction('rw', tables, async () => {
          await base.trash(referral.id);
          if (createdPerson) {
            const time = now();
            await db.people.update(createdPerson.id, { deletedAt: time, updatedAt: time });
          }
          if (!howWeMetFilled) return;
          const person = await db.people.get(howWeMetFilled.personId);
          if (person?.howWeMet === howWeMetFilled.text) {
            const { howWeMet: _filled, ...rest } = person;
            await db.people.put({ ...rest, updatedAt: now() });
          }
        }),
      );
    },
  };
}

export type ReferralsApi = ReturnType<typeof createReferralsApi>;
