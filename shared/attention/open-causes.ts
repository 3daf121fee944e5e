/**
 * Denormalised markers that let This week read only what can be due (ENGINEERING.md §6)
 * instead of every referral and every interaction with a follow-up date. Like `lastTouch`
 * they are stored on the records, kept in the same transaction as every change that can
 * move them (renderer/src/data/open-causes.ts), and must always equal what these functions
 * compute. The engine still decides what is due; a marker only says "may be due".
 *
 * - `awaitingThanks: 1` on a received referral that nothing thanks yet, or that was won
 *   and has no gift since it closed (the thank and gift rules of PRODUCT.md §4).
 * - `openFollowUp: <follow-up date>` on an interaction with a follow-up date that no one
 *   in it has been in touch with since (no later last touch).
 *
 * IndexedDB leaves a record out of an index when the field is missing, so both indexes
 * hold only the few records that can still be due.
 */
import type { Interaction, Referral } from '../records';

export interface LinkedInteraction {
  kind: Interaction['kind'];
  date: string;
  referralId?: string | undefined;
  deletedAt?: number | undefined;
}

type ReferralFields = Pick<Referral, 'direction' | 'status' | 'closedDate'>;

/** Whether a received referral still waits for a thank-you, or for a gift once won. */
export function isAwaitingThanks(
  referral: ReferralFields,
  links: readonly LinkedInteraction[],
): boolean {
  if (referral.direction !== 'received') return false;
  const live = links.filter((link) => link.deletedAt === undefined);
  const thanked = live.some((link) => link.kind === 'thank-you' || link.kind === 'gift');
  if (!thanked) return true;
  const closed = referral.status === 'won' ? referral.closedDate : undefined;
  return closed !== undefined && !live.some((link) => link.kind === 'gift' && link.date >= closed);
}

/** The referral with its marker set or cleared. */
export function withAwaitingThanks<T extends ReferralFields & { awaitingThanks?: 1 }>(
  referral: T,
  links: readonly LinkedInteraction[],
): T {
  const { awaitingThanks: _old, ...rest } = referral;
  return (isAwaitingThanks(referral, links) ? { ...rest, awaitingThanks: 1 } : rest) as T;
}

export interface FollowUpFields {
  date: string;
  followUpDate?: string | undefined;
  personIds: readonly string[];
  partnerIds: readonly string[];
}

/**
 * The follow-up date while no one in the interaction has a later last touch (those in the
 * Trash too: the later interaction still happened), else undefined. `lastTouchOf` gives
 * anyone's stored last touch.
 */
export function openFollowUpDate(
  interaction: FollowUpFields,
  lastTouchOf: (id: string) => string | undefined,
): string | undefined {
  if (!interaction.followUpDate) return undefined;
  const ids = [...interaction.personIds, ...interaction.partnerIds];
  const later = ids.some((id) => (lastTouchOf(id) ?? '') > interaction.date);
  return later ? undefined : interaction.followUpDate;
}

/** The interaction with its marker set or cleared. */
export function withOpenFollowUp<T extends FollowUpFields & { openFollowUp?: string }>(
  interaction: T,
  lastTouchOf: (id: string) => string | undefined,
): T {
  const { openFollowUp: _old, ...rest } = interaction;
  const open = openFollowUpDate(interaction, lastTouchOf);
  return (open ? { ...rest, openFollowUp: open } : rest) as T;
}

export interface OpenCauseTables<
  R extends ReferralFields & { id: string },
  I extends FollowUpFields & LinkedInteraction,
> {
  people: readonly { id: string; lastTouch?: string | undefined }[];
  partners: readonly { id: string; lastTouch?: string | undefined }[];
  interactions: readonly I[];
  referrals: readonly R[];
}

/**
 * Every referral and interaction with its marker, computed from whole tables: for the
 * schema upgrade that introduces them and for generated datasets.
 */
export function markOpenCauses<
  R extends ReferralFields & { id: string; awaitingThanks?: 1 },
  I extends FollowUpFields & LinkedInteraction & { openFollowUp?: string },
>(tables: OpenCauseTables<R, I>): { referrals: R[]; interactions: I[] } {
  const touch = new Map<string, string>();
  for (const record of [...tables.people, ...tables.partners]) {
    if (record.lastTouch) touch.set(record.id, record.lastTouch);
  }
  const links = new Map<string, I[]>();
  for (const interaction of tables.interactions) {
    if (!interaction.referralId) continue;
    const list = links.get(interaction.referralId) ?? [];
    list.push(interaction);
    links.set(interaction.referralId, list);
  }
  return {
    referrals: tables.referrals.map((referral) =>
      withAwaitingThanks(referral, links.get(referral.id) ?? []),
    ),
    interactions: tables.interactions.map((interaction) =>
      withOpenFollowUp(interaction, (id) => touch.get(id)),
    ),
  };
}
