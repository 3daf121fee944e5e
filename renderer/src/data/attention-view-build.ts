/**
 * Builds the This week view (shared/attention/view.ts) from the records, for a database
 * whose view is missing or stale: a new database (empty, so nothing to read), the schema
 * upgrade that introduces it, every restore, and a reader that finds it stale
 * (./attention-view.ts keeps it current after that).
 */
import type { IndexableType, Table, Transaction } from 'dexie';
import { CAUSES } from '../../../shared/attention/causes';
import type { SourceTable } from '../../../shared/attention/causes/cause';
import { META_KEY, VIEW_FORMAT, type ViewMeta } from '../../../shared/attention/view';
import { referralEntry, viewOf, wantsLinks } from '../../../shared/attention/view-rules';
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

/** Every record the causes say the view may keep, each once, by table. */
async function readIndexed(tables: ViewTables) {
  const reads = new Map(
    CAUSES.flatMap((cause) => cause.indexed).map((read) => [JSON.stringify(read), read]),
  );
  const found = new Map<SourceTable, Map<string, { id: string }>>();
  await Promise.all(
    [...reads.values()].map(async ({ table, index, equals }) => {
      const source = tables.table(table) as Table<{ id: string }, string>;
      const records = await (index === undefined
        ? source.toArray()
        : equals === undefined
          ? source.orderBy(index).toArray()
          : source
              .where(index)
              .anyOf(equals as IndexableType[])
              .toArray());
      const byId = found.get(table) ?? new Map<string, { id: string }>();
      found.set(table, byId);
      for (const record of records) byId.set(record.id, record);
    }),
  );
  return <T>(table: SourceTable) => [...(found.get(table)?.values() ?? [])] as T[];
}

/**
 * Builds the view from the records, through the indexes the causes name (never every
 * interaction): call it inside a readwrite transaction on the records and the view.
 */
export async function buildAttentionView(tables: ViewTables): Promise<void> {
  const read = await readIndexed(tables);
  const referrals = read<Referral>('referrals');
  const interactions = tables.table('interactions') as Table<Interaction, string>;
  const withLinks = referrals.filter((referral) => wantsLinks(referralEntry(referral)));
  const links = await Promise.all(
    withLinks.map((referral) => interactions.where('referralId').equals(referral.id).toArray()),
  );
  const source = {
    partners: read<Partner>('partners'),
    // A follow-up can also be a link: each record once, or its names would count twice.
    interactions: unique([...read<Interaction>('interactions'), ...links.flat()]),
    referrals,
    reminders: read<Reminder>('reminders'),
  };
  // Everyone the view's referrals, follow-ups and reminders name, whatever else they are.
  const own = read<Person>('people');
  const loaded = new Set(own.map((person) => person.id));
  const named = [...viewOf({ ...source, people: [] }).values()]
    .filter((bucket) => bucket.key.startsWith('named:'))
    .flatMap((bucket) => Object.keys(bucket.entries))
    .filter((id) => !loaded.has(id));
  const people = tables.table('people') as Table<Person, string>;
  const more = (await people.bulkGet(named)).filter((person) => person !== undefined);

  const view = tables.table(VIEW_TABLE) as Table<ViewRecord, string>;
  await view.clear();
  const meta: ViewMeta = { key: META_KEY, format: VIEW_FORMAT };
  await view.bulkPut([...viewOf({ ...source, people: [...own, ...more] }).values(), meta]);
}

function unique<T extends { id: string }>(records: readonly T[]): T[] {
  return [...new Map(records.map((record) => [record.id, record])).values()];
}
