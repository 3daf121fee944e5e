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
 * rebuilds it from the records (./attention-view-build.ts).
 */
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreRangeType,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import {
  META_KEY,
  VIEW_FORMAT,
  bucketKey,
  personBuckets,
  type ViewBucket,
  type ViewEntries,
  type ViewKind,
  type ViewMeta,
} from '../../../shared/attention/view';
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
} from '../../../shared/attention/view-rules';
import type { Interaction, Partner, Person, Referral, Reminder } from '../../../shared/records';

export const VIEW_TABLE = 'attention';
export type ViewRecord = ViewBucket | ViewMeta;

const SOURCES = new Set(['people', 'partners', 'interactions', 'referrals', 'reminders']);
type HashedKind = Exclude<ViewKind, 'person'>;
type PersonEntry = ViewEntries['person'];
type ReferralEntry = ViewEntries['referral'];
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

  private async bucketAt(key: string): Promise<ViewBucket> {
    let bucket = (await this.read(key)) as ViewBucket | undefined;
    if (!bucket) {
      bucket = { key, entries: {} };
      this.buckets.set(key, Promise.resolve(bucket));
    }
    return bucket;
  }

  private async setAt(key: string, id: string, entry: unknown) {
    const bucket = await this.bucketAt(key);
    if (entry === undefined) {
      if (!(id in bucket.entries)) return;
      delete bucket.entries[id];
    } else bucket.entries[id] = entry as ViewBucket['entries'][string];
    this.changed.add(bucket);
  }

  async entry<K extends HashedKind>(kind: K, id: string): Promise<ViewEntries[K] | undefined> {
    return (await this.bucketAt(bucketKey(kind, id))).entries[id] as ViewEntries[K] | undefined;
  }

  set<K extends HashedKind>(kind: K, id: string, entry: ViewEntries[K] | undefined) {
    return this.setAt(bucketKey(kind, id), id, entry);
  }

  /** A person's entry, wherever it is filed. */
  async personEntry(id: string): Promise<PersonEntry | undefined> {
    const [key] = (await this.entry('locate', id)) ?? [];
    return key === undefined ? undefined : ((await this.bucketAt(key)).entries[id] as PersonEntry);
  }

  /** Files a person's entry by why the view keeps them (or drops it), moving it if need be. */
  async setPerson(id: string, entry: PersonEntry | undefined, named: boolean) {
    const keys = entry ? personBuckets(id, entry, named) : [];
    const before = (await this.entry('locate', id)) ?? [];
    for (const key of before) if (!keys.includes(key)) await this.setAt(key, id, undefined);
    for (const key of keys) await this.setAt(key, id, entry);
    const same = keys.length === before.length && keys.every((key, at) => key === before[at]);
    if (!same) await this.set('locate', id, keys.length > 0 ? keys : undefined);
  }

  /** Writes the buckets changed since the last save; empty ones go. */
  async save(): Promise<void> {
    if (this.changed.size === 0) return;
    const changed = [...this.changed];
    this.changed.clear();
    const empty = changed.filter((bucket) => Object.keys(bucket.entries).length === 0);
    const full = changed.filter((bucket) => Object.keys(bucket.entries).length > 0);
    const table = this.down.table(VIEW_TABLE);
    if (full.length > 0) await table.mutate({ type: 'put', trans: this.trans, values: full });
    if (empty.length > 0) {
      const keys = empty.map((bucket) => bucket.key);
      await table.mutate({ type: 'delete', trans: this.trans, keys });
    }
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

  /** The records of `table` whose `keyPath` index holds `key`. */
  private async where<T>(table: string, keyPath: string, key: string): Promise<T[]> {
    const source = this.down.table(table);
    const index = source.schema.getIndexByKeyPath(keyPath)!;
    const range = { type: 1 as DBCoreRangeType, lower: key, upper: key };
    const { result } = await source.query({
      trans: this.trans,
      values: true,
      query: { index, range },
    });
    return result as T[];
  }

  linksOf = (referralId: string) =>
    this.where<Interaction>('interactions', 'referralId', referralId);

  referralsTo = (partnerId: string) => this.where<Referral>('referrals', 'partnerId', partnerId);
}

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
        // a referral that now waits for its gift, the given referrals of a partner.
        const widened = new Set([...stores, VIEW_TABLE, 'people', 'interactions', 'referrals']);
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
