/**
 * Keeps the This week view (shared/attention/view.ts) in step with the records, in the
 * same transaction as every write, whoever writes: a database middleware widens each
 * readwrite transaction on people, partners, interactions, referrals or reminders to the
 * view's table (and to what keeping it reads), and after each write updates the few
 * buckets the written records fall in.
 * Like ./keep-in-touch-due.ts, nothing that writes through Dexie can forget it.
 *
 * The view is derived data. Clearing a table, or writing to IndexedDB past Dexie, leaves it
 * without its meta record, which marks it stale: maintenance stops, and the next reader
 * rebuilds it from the records (`buildAttentionView`).
 */
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreRangeType,
  DBCoreTransaction,
  Middleware,
  Table,
  Transaction,
} from 'dexie';
import {
  META_KEY,
  VIEW_FORMAT,
  bucketKey,
  interactionEntry,
  keepsInteraction,
  keepsPerson,
  keepsReferral,
  keepsReminder,
  namedBy,
  partnerEntry,
  personEntry,
  referralEntry,
  viewOf,
  wantsLinks,
  type ViewBucket,
  type ViewEntries,
  type ViewKind,
  type ViewMeta,
  type ViewReferral,
} from '../../../shared/attention/view';
import type { Interaction, Partner, Person, Referral, Reminder } from '../../../shared/records';

export const VIEW_TABLE = 'attention';
export type ViewRecord = ViewBucket | ViewMeta;

const SOURCES = new Set(['people', 'partners', 'interactions', 'referrals', 'reminders']);
type Source = 'people' | 'partners' | 'interactions' | 'referrals' | 'reminders';

/** What one transaction has read of the view, and the buckets it changed. */
class TransactionView {
  private readonly buckets = new Map<string, Promise<ViewRecord | undefined>>();
  private readonly changed = new Set<ViewBucket>();
  /** Maintenance runs one write at a time, in the order the writes were made. */
  queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly down: DBCore,
    private readonly trans: DBCoreTransaction,
  ) {}

  private read(key: string): Promise<ViewRecord | undefined> {
    let record = this.buckets.get(key);
    if (!record) {
      record = this.down.table(VIEW_TABLE).get({ trans: this.trans, key });
      this.buckets.set(key, record);
    }
    return record;
  }

  /** Whether the view is there to maintain (a stale one waits for its rebuild). */
  async current(): Promise<boolean> {
    const meta = (await this.read(META_KEY)) as ViewMeta | undefined;
    return meta?.format === VIEW_FORMAT;
  }

  async bucket<K extends ViewKind>(kind: K, id: string): Promise<ViewBucket<K>> {
    const key = bucketKey(kind, id);
    let bucket = (await this.read(key)) as ViewBucket<K> | undefined;
    if (!bucket) {
      bucket = { key, entries: {} };
      this.buckets.set(key, Promise.resolve(bucket as ViewBucket));
    }
    return bucket;
  }

  async entry<K extends ViewKind>(kind: K, id: string): Promise<ViewEntries[K] | undefined> {
    return (await this.bucket(kind, id)).entries[id];
  }

  async set<K extends ViewKind>(kind: K, id: string, entry: ViewEntries[K] | undefined) {
    const bucket = await this.bucket(kind, id);
    if (entry === undefined) {
      if (!(id in bucket.entries)) return;
      delete bucket.entries[id];
    } else bucket.entries[id] = entry;
    this.changed.add(bucket as ViewBucket);
  }

  /** Writes the buckets changed since the last save. */
  async save(): Promise<void> {
    if (this.changed.size === 0) return;
    const values = [...this.changed];
    this.changed.clear();
    await this.down.table(VIEW_TABLE).mutate({ type: 'put', trans: this.trans, values });
  }

  /** Drops the meta record: the view is stale until rebuilt. */
  async markStale(): Promise<void> {
    this.buckets.set(META_KEY, Promise.resolve(undefined));
    await this.down
      .table(VIEW_TABLE)
      .mutate({ type: 'delete', trans: this.trans, keys: [META_KEY] });
  }

  /** Forgets what was read: someone wrote to the view itself (a rebuild). */
  forget(): void {
    this.buckets.clear();
    this.changed.clear();
  }

  person(id: string): Promise<Person | undefined> {
    return this.down.table('people').get({ trans: this.trans, key: id });
  }

  async linksOf(referralId: string): Promise<Interaction[]> {
    const table = this.down.table('interactions');
    const index = table.schema.getIndexByKeyPath('referralId')!;
    const range = { type: 1 as DBCoreRangeType, lower: referralId, upper: referralId };
    const { result } = await table.query({
      trans: this.trans,
      values: true,
      query: { index, range },
    });
    return result as Interaction[];
  }
}

/** Counts `delta` more (or fewer) mentions of each person; brings them in or lets them go. */
async function countNamed(view: TransactionView, ids: readonly string[], delta: number) {
  for (const id of ids) {
    const before = (await view.entry('named', id)) ?? 0;
    const after = before + delta;
    await view.set('named', id, after > 0 ? after : undefined);
    const card = await view.entry('person', id);
    if (before === 0 && after > 0 && !card) {
      const person = await view.person(id);
      if (person && (await view.entry('named', id)))
        await view.set('person', id, personEntry(person));
    } else if (after <= 0 && card && !keepsPerson(card)) {
      await view.set('person', id, undefined);
    }
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
  await replaceNaming(
    view,
    'interaction',
    entry.id,
    keepsInteraction(entry, linked) ? entry : undefined,
  );
}

async function putReferral(view: TransactionView, referral: Referral | undefined, id: string) {
  const entry = referral && referralEntry(referral);
  const next = entry && keepsReferral(entry) ? entry : undefined;
  const before = (await replaceNaming(view, 'referral', id, next)) as ViewReferral | undefined;
  // Its links join or leave the view with it.
  const wanted = (value: ViewReferral | undefined) => value !== undefined && wantsLinks(value);
  if (wanted(before) !== wanted(next)) {
    for (const link of await view.linksOf(id)) await putInteraction(view, link);
  }
}

async function putRecord(view: TransactionView, table: Source, value: unknown) {
  switch (table) {
    case 'people': {
      const person = value as Person;
      const named = (await view.entry('named', person.id)) ?? 0;
      const keep = keepsPerson(person) || named > 0;
      await view.set('person', person.id, keep ? personEntry(person) : undefined);
      return;
    }
    case 'partners':
      return view.set('partner', (value as Partner).id, partnerEntry(value as Partner));
    case 'reminders': {
      const reminder = value as Reminder;
      await replaceNaming(
        view,
        'reminder',
        reminder.id,
        keepsReminder(reminder) ? reminder : undefined,
      );
      return;
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
      return view.set('person', id, undefined);
    case 'partners':
      return view.set('partner', id, undefined);
    case 'reminders':
      return void (await replaceNaming(view, 'reminder', id, undefined));
    case 'referrals':
      return putReferral(view, undefined, id);
    case 'interactions':
      return void (await replaceNaming(view, 'interaction', id, undefined));
  }
}

async function maintain(
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

const views = new WeakMap<DBCoreTransaction, TransactionView>();

function viewOfTransaction(down: DBCore, trans: DBCoreTransaction): TransactionView | undefined {
  // A schema upgrade from before the view existed runs without it.
  const stores = (trans as unknown as IDBTransaction).objectStoreNames;
  if (!stores?.contains(VIEW_TABLE)) return undefined;
  let view = views.get(trans);
  if (!view) views.set(trans, (view = new TransactionView(down, trans)));
  return view;
}

export const attentionViewMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'attentionView',
  // Right above IndexedDB, below Dexie's own layers: its reads and writes of the view run
  // outside Dexie's transaction zone, which live queries and the cache would look for.
  level: -2,
  create: (down) => {
    if (!down.schema.tables.some((table) => table.name === VIEW_TABLE)) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        if (mode !== 'readwrite' || !stores.some((store) => SOURCES.has(store))) {
          return down.transaction(stores, mode, options);
        }
        // The view, and what keeping it reads: a person a record now names, the links of
        // a referral that now waits for its gift.
        const widened = new Set([...stores, VIEW_TABLE, 'people', 'interactions']);
        return down.transaction([...widened], mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name === VIEW_TABLE) {
          // A rebuild writes the view itself: what this transaction read of it is gone.
          return {
            ...table,
            mutate: (request) =>
              table.mutate(request).then((response) => {
                views.get(request.trans)?.forget();
                return response;
              }),
          };
        }
        if (!SOURCES.has(name)) return table;
        return {
          ...table,
          mutate(request) {
            const view = viewOfTransaction(down, request.trans);
            const written = table.mutate(request);
            if (!view) return written;
            // Chained on Dexie's own promise, so whoever awaits the write stays in its
            // transaction's zone; one write's maintenance at a time, in write order.
            return written.then((response) => {
              const step = view.queue.then(() => maintain(view, name as Source, request, response));
              view.queue = step.catch(() => undefined);
              return step.then(() => response);
            });
          },
        };
      },
    };
  },
};

/** A new database starts with an empty view that is current: nothing can be due yet. */
export function startEmptyView(transaction: Transaction): Promise<unknown> | undefined {
  if (!transaction.storeNames.includes(VIEW_TABLE)) return undefined;
  const meta: ViewMeta = { key: META_KEY, format: VIEW_FORMAT };
  return transaction.table(VIEW_TABLE).put(meta);
}

/** What the view is built from: the app's database, or a schema upgrade's transaction. */
export interface ViewTables {
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
