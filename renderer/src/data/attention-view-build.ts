/**
 * Builds the This week view (shared/attention/view.ts) from the records, for a database
 * whose view is missing or stale: a new database (empty, so nothing to read), the schema
 * upgrade that introduces it, every restore, and a reader that finds it stale
 * (./attention-view.ts keeps it current after that).
 */
import type { Table, Transaction } from 'dexie';
import {
  META_KEY,
  VIEW_FORMAT,
  referralEntry,
  viewOf,
  wantsLinks,
  type ViewMeta,
} from '../../../shared/attention/view';
import type { Interaction, Partner, Person, Referral, Reminder } from '../../../shared/records';
import { VIEW_TABLE, type ViewRecord } from './attention-view';

/** A new database starts with an empty view that is current: nothing can be due yet. */
export function startEmptyView(transaction: Transaction): Promise<unknown> | undefined {
  if (!transaction.storeNames.includes(VIEW_TABLE)) return undefined;
  const meta: ViewMeta = { key: META_KEY, format: VIEW_FORMAT };
  return transaction.table(VIEW_TABLE).put(meta);
}

/** What the view is built from: the app's database, or a schema upgrade's transaction. */
interface ViewTables {
  table(name: string): Table;
}

/**
 * Builds the view from the records, through their indexes (never every interaction):
 * call it inside a readwrite transaction on the records and the view.
 */
export async function buildAttentionView(tables: ViewTables): Promise<void> {
  const table = <T>(name: string) => tables.table(name) as Table<T, string>;
  const referrals = table<Referral>('referrals');
  const interactions = table<Interaction>('interactions');
  const people = table<Person>('people');
  const [awaiting, given, followUps, reminders, partners, byCadence, byBirthday] =
    await Promise.all([
      referrals.where('awaitingThanks').equals(1).toArray(),
      referrals
        .where('[direction+status]')
        .anyOf(['new', 'contacted', 'met'].map((status) => ['given', status]))
        .toArray(),
      interactions.orderBy('openFollowUp').toArray(),
      table<Reminder>('reminders').toArray(),
      table<Partner>('partners').toArray(),
      people.orderBy('keepInTouchDue').toArray(),
      people.orderBy('[birthday.month+birthday.day]').toArray(),
    ]);
  const withLinks = awaiting.filter((referral) => wantsLinks(referralEntry(referral)));
  const links = await Promise.all(
    withLinks.map((referral) => interactions.where('referralId').equals(referral.id).toArray()),
  );
  const source = {
    partners,
    // A follow-up can also be a link: each record once, or its names would count twice.
    interactions: unique([...followUps, ...links.flat()]),
    referrals: [...awaiting, ...given],
    reminders,
  };
  // Everyone the view's referrals, follow-ups and reminders name, whatever else they are.
  const own = unique([...byCadence, ...byBirthday]);
  const loaded = new Set(own.map((person) => person.id));
  const named = [...viewOf({ ...source, people: [] }).values()]
    .filter((bucket) => bucket.key.startsWith('named:'))
    .flatMap((bucket) => Object.keys(bucket.entries))
    .filter((id) => !loaded.has(id));
  const more = (await people.bulkGet(named)).filter((person) => person !== undefined);

  const view = table<ViewRecord>(VIEW_TABLE);
  await view.clear();
  const meta: ViewMeta = { key: META_KEY, format: VIEW_FORMAT };
  await view.bulkPut([...viewOf({ ...source, people: [...own, ...more] }).values(), meta]);
}

function unique<T extends { id: string }>(records: readonly T[]): T[] {
  return [...new Map(records.map((record) => [record.id, record])).values()];
}
