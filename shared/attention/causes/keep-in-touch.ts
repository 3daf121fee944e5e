/**
 * Keep in touch: a person or partner on a keep-in-touch cadence (their own, or the
 * default of Settings for their status or for champions) is due that many days after
 * their last touch, or after they were added if never touched. A new touch resolves it.
 */
import { cadenceDueDate } from '../../cadence';
import { toLocalDateString } from '../../dates';
import {
  live,
  partnerSubject,
  personSubject,
  type Context,
  type Partner,
  type Person,
} from '../context';
import type { DueItem } from '../types';
import { shortDate } from '../words';
import { defineCause } from './cause';

/** The shorter of the defaults that apply, so a champion is never seen less often. */
function shorter(...cadences: (number | undefined)[]) {
  const set = cadences.filter((days): days is number => days !== undefined);
  return set.length === 0 ? undefined : Math.min(...set);
}

/** A person's cadence: their own, else the champions default if they are one. */
export function personCadence(ctx: Context, person: Person): number | undefined {
  if (person.cadenceDays) return person.cadenceDays;
  return ctx.champions.personIds.has(person.id) ? ctx.cadenceDefaults.champions : undefined;
}

/** A partner's cadence: its own, else the shorter of its status's and the champions' default. */
export function partnerCadence(ctx: Context, partner: Partner): number | undefined {
  if (partner.cadenceDays) return partner.cadenceDays;
  const champion = ctx.champions.partnerIds.has(partner.id);
  return shorter(
    ctx.cadenceDefaults[partner.status],
    champion ? ctx.cadenceDefaults.champions : undefined,
  );
}

function keepInTouchItem(
  ctx: Context,
  who: Person | Partner,
  kind: 'person' | 'partner',
  cadenceDays: number | undefined,
): DueItem | undefined {
  // A person's own cadence comes with its due date stored (shared/cadence.ts); the
  // champions default does not.
  const stored = 'keepInTouchDue' in who && who.cadenceDays === cadenceDays;
  const dueDate = stored
    ? who.keepInTouchDue
    : cadenceDueDate({ cadenceDays, lastTouch: who.lastTouch, createdAt: who.createdAt });
  if (!dueDate || !cadenceDays) return undefined;
  // A new touch is a new cause: the key changes, so an old snooze or dismissal lapses.
  const key = `keep-in-touch:${kind}:${who.id}:${who.lastTouch ?? 'created'}`;
  if (ctx.beyond(key, dueDate)) return undefined;
  const every = `you keep in touch every ${cadenceDays === 1 ? 'day' : `${cadenceDays} days`}`;
  const explanation = who.lastTouch
    ? `Last in touch with ${who.name} on ${shortDate(who.lastTouch, ctx.today)} — ${every}`
    : `No contact with ${who.name} since you added them on ${shortDate(toLocalDateString(new Date(who.createdAt)), ctx.today)} — ${every}`;
  return {
    key,
    reason: 'keep-in-touch',
    subject: kind === 'person' ? personSubject(who as Person) : partnerSubject(who as Partner),
    dueDate,
    explanation,
    personIds: kind === 'person' ? [who.id] : [],
    partnerIds: kind === 'partner' ? [who.id] : [],
  };
}

export const keepInTouch = defineCause({
  name: 'keep-in-touch',
  reason: 'keep-in-touch',
  reads: {
    people: ['cadenceDays', 'keepInTouchDue', 'lastTouch', 'createdAt', 'partnerId'],
    partners: ['cadenceDays', 'status', 'lastTouch', 'createdAt'],
    // Who referred, to find champions.
    referrals: ['direction', 'date', 'referrerPersonId', 'referrerPartnerId'],
  },
  resolvedBy: 'a new touch: any interaction with them',
  actions: ['log-touch', 'snooze', 'dismiss'],
  // Any partner may be due by its status's default cadence: the view keeps every partner.
  keeps: { person: (person) => person.cadenceDays !== undefined },
  indexed: [{ table: 'people', index: 'keepInTouchDue' }, { table: 'partners' }],
  items(ctx, input) {
    const items: DueItem[] = [];
    for (const person of live(input.people)) {
      const item = keepInTouchItem(ctx, person, 'person', personCadence(ctx, person));
      if (item) items.push(item);
    }
    for (const partner of live(input.partners)) {
      const item = keepInTouchItem(ctx, partner, 'partner', partnerCadence(ctx, partner));
      if (item) items.push(item);
    }
    return items;
  },
});
