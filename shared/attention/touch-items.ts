/**
 * The rules that come from the people and partners themselves (PRODUCT.md §4): follow-up
 * dates set on interactions, keep-in-touch cadences, and birthdays.
 */
import { getYear, isLeapYear } from 'date-fns';
import { cadenceDueDate } from '../cadence';
import { parseLocalDate, toLocalDateString } from '../dates';
import { describeParticipants } from '../participants';
import type { Birthday } from '../records';
import { openFollowUpDate } from './open-causes';
import {
  live,
  partnerSubject,
  personSubject,
  type Context,
  type Interaction,
  type Partner,
  type Person,
} from './context';
import type { DueItem } from './types';
import { shortDate } from './words';

/**
 * An interaction's follow-up date, until a later interaction with any of the same people
 * or partners (one of them, even one since put in the Trash, has a last touch after it:
 * the same test as the stored `openFollowUp` marker, shared/attention/open-causes.ts).
 */
export function followUpItems(ctx: Context, interactions: readonly Interaction[]): DueItem[] {
  const items: DueItem[] = [];
  for (const interaction of live(interactions)) {
    if (!interaction.followUpDate) continue;
    const people = interaction.personIds.flatMap((id) => ctx.person(id) ?? []);
    const partners = interaction.partnerIds.flatMap((id) => ctx.partner(id) ?? []);
    const everyone = [...people, ...partners];
    if (everyone.length === 0) continue;
    if (!openFollowUpDate(interaction, ctx.lastTouchOf)) continue;
    const key = `follow-up:interaction:${interaction.id}:${interaction.followUpDate}`;
    if (ctx.beyond(key, interaction.followUpDate)) continue;
    const names = describeParticipants(everyone.map((who) => who.name));
    items.push({
      key,
      reason: 'follow-up',
      subject: people[0] ? personSubject(people[0]) : partnerSubject(partners[0]!),
      dueDate: interaction.followUpDate,
      explanation: `Follow up with ${names} on “${interaction.summary}” (${shortDate(interaction.date, ctx.today)})`,
      interactionId: interaction.id,
      personIds: people.map((person) => person.id),
      partnerIds: partners.map((partner) => partner.id),
    });
  }
  return items;
}

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

export function keepInTouchItems(
  ctx: Context,
  people: readonly Person[],
  partners: readonly Partner[],
): DueItem[] {
  const items: DueItem[] = [];
  for (const person of live(people)) {
    const item = keepInTouchItem(ctx, person, 'person', personCadence(ctx, person));
    if (item) items.push(item);
  }
  for (const partner of live(partners)) {
    const item = keepInTouchItem(ctx, partner, 'partner', partnerCadence(ctx, partner));
    if (item) items.push(item);
  }
  return items;
}

/** The birthday in a given year; 29 February falls on 28 February outside leap years. */
export function birthdayIn(year: number, { month, day }: Pick<Birthday, 'month' | 'day'>): string {
  const leapDay = month === 2 && day === 29;
  const date = new Date(year, month - 1, leapDay && !isLeapYear(new Date(year, 0, 1)) ? 28 : day);
  return toLocalDateString(date);
}

/** The next birthday on or after today: once the day has passed it waits for next year. */
export function nextBirthday(birthday: Birthday, today: string): string {
  const year = getYear(parseLocalDate(today));
  const thisYear = birthdayIn(year, birthday);
  return thisYear >= today ? thisYear : birthdayIn(year + 1, birthday);
}

export function birthdayItems(ctx: Context, people: readonly Person[]): DueItem[] {
  const items: DueItem[] = [];
  for (const person of live(people)) {
    if (!person.birthday) continue;
    const dueDate = nextBirthday(person.birthday, ctx.today);
    const year = Number(dueDate.slice(0, 4));
    const key = `birthday:person:${person.id}:${year}`;
    if (ctx.beyond(key, dueDate)) continue;
    const born = person.birthday.year;
    const what = born && born < year ? `turns ${year - born}` : 'has a birthday';
    items.push({
      key,
      reason: 'birthday',
      subject: personSubject(person),
      dueDate,
      explanation: `${person.name} ${what} on ${shortDate(dueDate, ctx.today)}`,
      personIds: [person.id],
      partnerIds: [],
    });
  }
  return items;
}
