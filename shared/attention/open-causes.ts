/**
 * Denormalised markers that let This week read only what can be due instead of every
 * referral and every interaction with a follow-up date. Like `lastTouch` they are stored
 * on the records, kept in the same transaction as every change that can move them
 * (renderer/src/data/derived/), and must always equal what these functions compute. The
 * engine still decides what is due; a marker only says "may be due". Which causes set
 * them is declared by the causes themselves (`marks`, ./causes/index.ts):
 *
 * - `awaitingThanks: 1` on a referral some cause may still make due (thank, gift);
 * - `openFollowUp: <follow-up date>` on an interaction some cause may still make due
 *   (its follow-up date, while no one in it has a later last touch).
 *
 * IndexedDB leaves a record out of an index when the field is missing, so both indexes
 * hold only the few records that can still be due.
 */
import { CAUSES } from './causes';
import type { FollowUpFields, LinkedInteraction, MarkedReferralFields } from './causes/cause';

export type { FollowUpFields, LinkedInteraction } from './causes/cause';
export { openFollowUpDate } from './causes/follow-up-date';

const REFERRAL_MARKS = CAUSES.flatMap((cause) => cause.marks?.referral ?? []);
const INTERACTION_MARKS = CAUSES.flatMap((cause) => cause.marks?.interaction ?? []);

/** Whether a referral may still make something due (a thank-you, a gift). */
export function isAwaitingThanks(
  referral: MarkedReferralFields,
  links: readonly LinkedInteraction[],
): boolean {
  return REFERRAL_MARKS.some((marks) => marks(referral, links));
}

/** The referral with its marker set or cleared. */
export function withAwaitingThanks<T extends MarkedReferralFields & { awaitingThanks?: 1 }>(
  referral: T,
  links: readonly LinkedInteraction[],
): T {
  const { awaitingThanks: _old, ...rest } = referral;
  return (isAwaitingThanks(referral, links) ? { ...rest, awaitingThanks: 1 } : rest) as T;
}

/** The interaction with its marker (its follow-up date) set or cleared. */
export function withOpenFollowUp<T extends FollowUpFields & { openFollowUp?: string }>(
  interaction: T,
  lastTouchOf: (id: string) => string | undefined,
): T {
  const { openFollowUp: _old, ...rest } = interaction;
  const open = INTERACTION_MARKS.some((marks) => marks(interaction, lastTouchOf));
  return (open ? { ...rest, openFollowUp: interaction.followUpDate } : rest) as T;
}

export interface OpenCauseTables<
  R extends MarkedReferralFields & { id: string },
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
  R extends MarkedReferralFields & { id: string; awaitingThanks?: 1 },
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
