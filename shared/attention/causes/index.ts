/**
 * The registry of due causes: every reason This week can name someone, one file each.
 *
 * Each cause (./cause.ts) declares, in one object: which records and fields can make it
 * due (`reads`), the markers it sets on referrals and interactions (`marks`), what the
 * stored This week view keeps for it and whom that names (`keeps`, `names`), where a
 * rebuild of the view finds those records (`indexed`), what resolves it (`resolvedBy`),
 * the actions it offers (`actions`), and its items — whom they name, when they are due,
 * their words (`items`). The engine, the markers, the stored view and its loader are all
 * derived from this list; none of them names a cause.
 *
 * To add a cause:
 * 1. Write `./<name>.ts` exporting `defineCause({ … })`; its item keys start with its
 *    `name` and hold only the ids and dates that caused the item (see ../types.ts).
 * 2. Write its table test in test/unit/shared/attention/causes/ (due, not due, resolved
 *    by the right thing and not by a wrong one, snoozed then a new cause).
 * 3. Add it to `CAUSES` below. If it reads a field no cause read before, add that field to
 *    `RULE_FIELDS` (../context.ts): the stored view keeps only those fields. If it needs a
 *    new reason (a This week group), add it to `REMINDER_REASONS` (../../records.ts).
 */
import type { DueReason } from '../types';
import { birthday } from './birthday';
import type { Cause, DueAction } from './cause';
import { custom } from './custom';
import { followUpDate } from './follow-up-date';
import { gift } from './gift';
import { givenReferral } from './given-referral';
import { keepInTouch } from './keep-in-touch';
import { thank } from './thank';

export const CAUSES: readonly Cause[] = [
  thank,
  gift,
  givenReferral,
  followUpDate,
  keepInTouch,
  birthday,
  custom,
];

const ACTIONS = new Map<DueReason, readonly DueAction[]>();
for (const cause of CAUSES) ACTIONS.set(cause.reason, cause.actions);

/** What the owner can do about an item of this reason (causes sharing one offer the same). */
export const actionsFor = (reason: DueReason): readonly DueAction[] => ACTIONS.get(reason) ?? [];

export type { Cause, DueAction } from './cause';
