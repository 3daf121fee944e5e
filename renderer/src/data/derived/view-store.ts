/**
 * What one transaction has read of the stored This week view (shared/attention/view.ts),
 * and the buckets it changed: the view step of the keeper (./keeper.ts) edits it, then
 * saves the few buckets it touched.
 */
import type { DBCore, DBCoreRangeType, DBCoreTransaction } from 'dexie';
import {
  META_KEY,
  VIEW_FORMAT,
  bucketKey,
  personBuckets,
  type ViewBucket,
  type ViewEntries,
  type ViewKind,
  type ViewMeta,
} from '../../../../shared/attention/view';
import type { Interaction, Person, Referral } from '../../../../shared/records';

export const VIEW_TABLE = 'attention';
export type ViewRecord = ViewBucket | ViewMeta;

type PersonEntry = ViewEntries['person'];
type HashedKind = Exclude<ViewKind, 'person'>;

/** What one transaction has read of the view, and the buckets it changed. */
export class TransactionView {
  private readonly buckets = new Map<string, Promise<ViewRecord | undefined>>();
  private readonly changed = new Set<ViewBucket>();

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
