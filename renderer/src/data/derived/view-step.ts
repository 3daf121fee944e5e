/**
 * The view step of the keeper (./keeper.ts): after each write, updates the few buckets of
 * the stored This week view the written records fall in. What is kept is declared by the
 * causes (shared/attention/view-rules.ts).
 */
import type { DBCoreMutateRequest, DBCoreMutateResponse } from 'dexie';
import type { ViewEntries } from '../../../../shared/attention/view';
import {
  answersDiffer,
  interactionEntry,
  keepsInteraction,
  keepsPerson,
  keepsReferral,
  keepsReminder,
  namedBy,
  partnerEntry,
  personEntry,
  referralEntry,
  reminderEntry,
  wantsLinks,
} from '../../../../shared/attention/view-rules';
import type { Interaction, Partner, Person, Referral, Reminder } from '../../../../shared/records';
import type { SourceTable } from './record-fields';
import type { TransactionView } from './view-store';

type ReferralEntry = ViewEntries['referral'];
type Source = SourceTable;

/**
 * Counts `delta` more (or fewer) mentions of each person. A person something names joins
 * the view (read from the people table if need be) and is filed with the named; one
 * nothing names any more goes back to their day, or leaves.
 */
async function countNamed(view: TransactionView, ids: readonly string[], delta: number) {
  for (const id of ids) {
    const before = (await view.entry('named', id)) ?? 0;
    const after = Math.max(0, before + delta);
    await view.set('named', id, after > 0 ? after : undefined);
    if (before > 0 === after > 0) continue;
    let entry = await view.personEntry(id);
    if (!entry && after > 0) {
      const person = await view.person(id);
      entry = person && personEntry(person);
    }
    await view.setPerson(id, entry, after > 0);
  }
}

/** Replaces an entry that names people (or removes it), keeping the counts right. */
async function replaceNaming(
  view: TransactionView,
  kind: 'referral' | 'interaction' | 'reminder',
  id: string,
  next: ViewEntries[typeof kind] | undefined,
) {
  const before = await view.entry(kind, id);
  await view.set(kind, id, next);
  if (before) await countNamed(view, namedBy(kind, before), -1);
  if (next) await countNamed(view, namedBy(kind, next), 1);
  return before;
}

async function putInteraction(view: TransactionView, interaction: Interaction) {
  const entry = interactionEntry(interaction);
  const referral = entry.referralId ? await view.entry('referral', entry.referralId) : undefined;
  const linked = referral !== undefined && wantsLinks(referral);
  const next = keepsInteraction(entry, linked) ? entry : undefined;
  await replaceNaming(view, 'interaction', interaction.id, next);
}

async function putReferral(view: TransactionView, referral: Referral | undefined, id: string) {
  const entry = referral && referralEntry(referral);
  const partner = entry?.partnerId ? await view.entry('partner', entry.partnerId) : undefined;
  const next = entry && keepsReferral(entry, partner) ? entry : undefined;
  const before = (await replaceNaming(view, 'referral', id, next)) as ReferralEntry | undefined;
  // Its links join or leave the view with it.
  const wanted = (value: ReferralEntry | undefined) => value !== undefined && wantsLinks(value);
  if (wanted(before) !== wanted(next)) {
    for (const link of await view.linksOf(id)) await putInteraction(view, link);
  }
}

/** A partner's new last touch, Trash or deletion can answer its given referrals, or not. */
async function putPartner(view: TransactionView, partner: Partner | undefined, id: string) {
  const before = await view.entry('partner', id);
  const entry = partner && partnerEntry(partner);
  await view.set('partner', id, entry);
  if (!answersDiffer(before, entry)) return;
  for (const referral of await view.referralsTo(id)) {
    if (referral.direction === 'given') await putReferral(view, referral, referral.id);
  }
}

async function putPerson(view: TransactionView, person: Person) {
  const named = ((await view.entry('named', person.id)) ?? 0) > 0;
  const keep = named || keepsPerson(person);
  await view.setPerson(person.id, keep ? personEntry(person) : undefined, named);
}

async function putRecord(view: TransactionView, table: Source, value: unknown) {
  switch (table) {
    case 'people':
      return putPerson(view, value as Person);
    case 'partners':
      return putPartner(view, value as Partner, (value as Partner).id);
    case 'reminders': {
      const reminder = value as Reminder;
      const next = keepsReminder(reminder) ? reminderEntry(reminder) : undefined;
      return void (await replaceNaming(view, 'reminder', reminder.id, next));
    }
    case 'referrals':
      return putReferral(view, value as Referral, (value as Referral).id);
    case 'interactions':
      return putInteraction(view, value as Interaction);
  }
}

async function deleteRecord(view: TransactionView, table: Source, id: string) {
  switch (table) {
    case 'people':
      // Whatever still names them keeps counting: if they came back, they would be found.
      return view.setPerson(id, undefined, false);
    case 'partners':
      return putPartner(view, undefined, id);
    case 'reminders':
      return void (await replaceNaming(view, 'reminder', id, undefined));
    case 'referrals':
      return putReferral(view, undefined, id);
    case 'interactions':
      return void (await replaceNaming(view, 'interaction', id, undefined));
  }
}

export async function keepView(
  view: TransactionView,
  table: Source,
  request: DBCoreMutateRequest,
  response: DBCoreMutateResponse,
) {
  if (!(await view.current())) return;
  if (request.type === 'deleteRange') return view.markStale();
  const failed = (index: number) => response.failures[index] !== undefined;
  if (request.type === 'delete') {
    for (const [index, key] of request.keys.entries())
      if (!failed(index)) await deleteRecord(view, table, key as string);
  } else {
    for (const [index, value] of request.values.entries())
      if (!failed(index)) await putRecord(view, table, value);
  }
  await view.save();
}
