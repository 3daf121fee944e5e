/**
 * The second step of the keeper (./keeper.ts): the derived fields that depend on other
 * records, kept after each write in the same transaction.
 * - `lastTouch` on people and partners: the date of their latest interaction
 *   (shared/last-touch.ts), moved by any change to an interaction's date, people,
 *   partners or Trash.
 * - `openFollowUp` on interactions: open while no one in it has a later last touch, so
 *   moved by the interaction itself and by its people's and partners' last touch.
 * - `awaitingThanks` on referrals: moved by the referral and by the interactions linked
 *   to it (shared/attention/open-causes.ts).
 */
import { withAwaitingThanks, withOpenFollowUp } from '../../../../shared/attention/open-causes';
import { affectedSubjects, latestTouch } from '../../../../shared/last-touch';
import type { Interaction, Referral } from '../../../../shared/records';

type Touched = { id: string; lastTouch?: string | undefined };

/** What the step reads and writes, in the writing transaction. */
export interface StepCore {
  getMany<T>(table: string, keys: readonly string[]): Promise<(T | undefined)[]>;
  /** The records whose `index` holds `key`. */
  where<T>(table: string, index: string, key: string): Promise<T[]>;
  /** Writes derived values, through the keeper (so its later steps follow). */
  put(table: string, values: readonly object[]): Promise<void>;
}

/** Whether a change to an interaction can move anyone's last touch. */
const touchDiffers = (a: Interaction | undefined, b: Interaction | undefined) =>
  a?.date !== b?.date ||
  a?.deletedAt !== b?.deletedAt ||
  a?.personIds.join() !== b?.personIds.join() ||
  a?.partnerIds.join() !== b?.partnerIds.join();

/** Whether a change to an interaction can move its referral's marker. */
const linkDiffers = (a: Interaction | undefined, b: Interaction | undefined) =>
  a?.referralId !== b?.referralId ||
  a?.kind !== b?.kind ||
  a?.date !== b?.date ||
  a?.deletedAt !== b?.deletedAt;

async function refreshLastTouch(core: StepCore, table: 'people' | 'partners', ids: Set<string>) {
  if (ids.size === 0) return;
  const index = table === 'people' ? 'personIds' : 'partnerIds';
  const records = await core.getMany<Touched>(table, [...ids]);
  const changed: object[] = [];
  for (const record of records) {
    if (!record) continue;
    const lastTouch = latestTouch(await core.where<Interaction>('interactions', index, record.id));
    if (record.lastTouch === lastTouch) continue;
    const { lastTouch: _old, ...rest } = record;
    changed.push(lastTouch === undefined ? rest : { ...rest, lastTouch });
  }
  if (changed.length > 0) await core.put(table, changed);
}

/** Sets the follow-up marker of these interactions from their people's last touch. */
async function markFollowUps(core: StepCore, interactions: readonly Interaction[]) {
  // One whose follow-up date was just cleared still carries its old marker.
  const open = interactions.filter((one) => one.followUpDate || one.openFollowUp);
  if (open.length === 0) return;
  const people = new Set(open.flatMap((one) => one.personIds));
  const partners = new Set(open.flatMap((one) => one.partnerIds));
  const touched = new Map<string, string>();
  const [somePeople, somePartners] = await Promise.all([
    core.getMany<Touched>('people', [...people]),
    core.getMany<Touched>('partners', [...partners]),
  ]);
  for (const record of [...somePeople, ...somePartners]) {
    if (record?.lastTouch) touched.set(record.id, record.lastTouch);
  }
  const changed = open.flatMap((one) => {
    const next = withOpenFollowUp(one, (id) => touched.get(id));
    return next.openFollowUp === one.openFollowUp ? [] : [next];
  });
  if (changed.length > 0) await core.put('interactions', changed);
}

/** The follow-ups of these people or partners: their last touch moved, or they are gone. */
export async function answerFollowUps(
  core: StepCore,
  table: 'people' | 'partners',
  ids: readonly string[],
) {
  const index = table === 'people' ? 'personIds' : 'partnerIds';
  const found = new Map<string, Interaction>();
  for (const id of ids) {
    for (const one of await core.where<Interaction>('interactions', index, id)) {
      found.set(one.id, one);
    }
  }
  await markFollowUps(core, [...found.values()]);
}

/** Sets the thanks marker of these referrals from the interactions linked to them. */
export async function markReferrals(core: StepCore, ids: Iterable<string>) {
  const unique = [...new Set(ids)];
  const referrals = await core.getMany<Referral>('referrals', unique);
  const changed: Referral[] = [];
  for (const referral of referrals) {
    if (!referral) continue;
    const links = await core.where<Interaction>('interactions', 'referralId', referral.id);
    const next = withAwaitingThanks(referral, links);
    if (next.awaitingThanks !== referral.awaitingThanks) changed.push(next);
  }
  if (changed.length > 0) await core.put('referrals', changed);
}

/** After interactions change (`before`, `after` by position; a delete has no after). */
export async function afterInteractions(
  core: StepCore,
  before: readonly (Interaction | undefined)[],
  after: readonly (Interaction | undefined)[],
) {
  const moved = before.flatMap((old, at) => (touchDiffers(old, after[at]) ? [old, after[at]] : []));
  const subjects = affectedSubjects(...moved);
  await refreshLastTouch(core, 'people', subjects.personIds);
  await refreshLastTouch(core, 'partners', subjects.partnerIds);
  const written = after.filter((one): one is Interaction => one !== undefined);
  await markFollowUps(core, await fresh(core, written));
  const links = before.flatMap((old, at) =>
    linkDiffers(old, after[at]) ? [old?.referralId, after[at]?.referralId] : [],
  );
  await markReferrals(
    core,
    links.filter((id): id is string => id !== undefined),
  );
}

/** The interactions as stored now (an earlier step may have rewritten them). */
async function fresh(core: StepCore, written: readonly Interaction[]) {
  if (written.length === 0) return [];
  const stored = await core.getMany<Interaction>(
    'interactions',
    written.map((one) => one.id),
  );
  return stored.filter((one): one is Interaction => one !== undefined);
}

/** After people or partners change: follow-ups answered by a moved or gone last touch. */
export async function afterSubjects(
  core: StepCore,
  table: 'people' | 'partners',
  before: readonly (Touched | undefined)[],
  after: readonly (Touched | undefined)[],
) {
  const moved = before.flatMap((old, at) => {
    const next = after[at];
    const id = old?.id ?? next?.id;
    return id !== undefined && old?.lastTouch !== next?.lastTouch ? [id] : [];
  });
  if (moved.length > 0) await answerFollowUps(core, table, moved);
}
