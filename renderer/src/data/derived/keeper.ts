/**
 * The keeper of derived data: ONE database middleware that keeps every derived field equal
 * to what it is computed from, in the same transaction as every write, whoever writes —
 * the data API, import, merge, restore, a schema upgrade or a raw Dexie call. Nothing
 * else sets a derived field. On each write to people, partners, interactions, referrals
 * or reminders it runs, in order:
 * 1. the record's own fields (./record-fields.ts): `nameKey`, `keepInTouchDue`;
 * 2. the write itself, then the stored This week view (./view-step.ts);
 * 3. the fields that depend on other records (./touch-step.ts): `lastTouch`,
 *    `openFollowUp`, `awaitingThanks` — whose own writes run these steps in turn.
 *
 * Clearing a table leaves the view without its meta record, which marks it stale, and the
 * rest of that transaction is left to a whole rebuild (./rebuild.ts): restore does that.
 */
import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreRangeType,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import { withAwaitingThanks } from '../../../../shared/attention/open-causes';
import type { Interaction, Referral } from '../../../../shared/records';
import { SOURCE_TABLES, withRecordFields, type SourceTable } from './record-fields';
import { afterInteractions, afterSubjects, type StepCore } from './touch-step';
import { keepView } from './view-step';
import { TransactionView, VIEW_TABLE } from './view-store';

type Record = { id: string };

/** One transaction's keeper: its reads, its view, and its writes in order. */
class TransactionKeeper {
  readonly view: TransactionView | undefined;
  /** A table was cleared: a whole rebuild follows (./rebuild.ts). */
  private rebuilding = false;
  /** Writes run one at a time, in the order they were made. */
  queue: Promise<unknown> = Promise.resolve();
  readonly core: StepCore;

  constructor(
    private readonly down: DBCore,
    private readonly trans: DBCoreTransaction,
    withView: boolean,
  ) {
    this.view = withView ? new TransactionView(down, trans) : undefined;
    this.core = {
      getMany: (table, keys) => this.getMany(table, keys),
      where: (table, index, key) => this.where(table, index, key),
      put: async (table, values) => {
        await this.write(table as SourceTable, { type: 'put', trans, values });
      },
    };
  }

  private getMany<T>(table: string, keys: readonly string[]): Promise<(T | undefined)[]> {
    if (keys.length === 0) return Promise.resolve([]);
    return this.down.table(table).getMany({ trans: this.trans, keys: [...keys] }) as Promise<
      (T | undefined)[]
    >;
  }

  private async where<T>(table: string, keyPath: string, key: string): Promise<T[]> {
    const source = this.down.table(table);
    const index = source.schema.getIndexByKeyPath(keyPath)!;
    const range = { type: 1 as DBCoreRangeType, lower: key, upper: key };
    const query = { index, range };
    const { result } = await source.query({ trans: this.trans, values: true, query });
    return result as T[];
  }

  /** Writes through every step; derived writes of the steps come back through here. */
  async write(table: SourceTable, request: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
    const target = this.down.table(table);
    if (request.type === 'deleteRange') {
      this.rebuilding = true;
      await this.view?.markStale();
      return target.mutate(request);
    }
    if (request.type === 'add' || request.type === 'put') {
      const values = request.values.map((value) => withRecordFields(table, value));
      request = { ...request, values };
    }
    if (this.rebuilding) return target.mutate(request);
    const before = await this.before(table, request);
    if (table === 'referrals' && request.type !== 'delete') {
      request = { ...request, values: await this.markReferrals(request.values as Referral[]) };
    }
    const response = await target.mutate(request);
    if (this.view) await keepView(this.view, table, request, response);
    const after = this.after(request, response, before);
    if (table === 'interactions') {
      await afterInteractions(this.core, before as (Interaction | undefined)[], after as never);
    } else if (table === 'people' || table === 'partners') {
      await afterSubjects(this.core, table, before as never, after as never);
    }
    return response;
  }

  /** The stored versions a write replaces, where a later step compares with them. */
  private before(table: SourceTable, request: DBCoreMutateRequest) {
    const compared = table === 'interactions' || table === 'people' || table === 'partners';
    if (!compared) return Promise.resolve([]);
    if (request.type === 'delete') return this.getMany<Record>(table, request.keys as string[]);
    if (request.type === 'put') {
      return this.getMany<Record>(
        table,
        (request.values as Record[]).map((value) => value.id),
      );
    }
    // A new record replaces nothing.
    return Promise.resolve(
      (request as unknown as { values: unknown[] }).values.map(() => undefined),
    );
  }

  /** What each written position holds now: the value, nothing (deleted) or the old one. */
  private after(
    request: DBCoreMutateRequest,
    response: DBCoreMutateResponse,
    before: readonly unknown[],
  ): unknown[] {
    const failed = (at: number) => response.failures[at] !== undefined;
    if (request.type === 'delete')
      return request.keys.map((_, at) => (failed(at) ? before[at] : undefined));
    const values = (request as unknown as { values: unknown[] }).values;
    return values.map((value, at) => (failed(at) ? before[at] : value));
  }

  /** Referrals as written, with their thanks marker from the interactions linked to them. */
  private async markReferrals(referrals: readonly Referral[]) {
    const marked: Referral[] = [];
    for (const referral of referrals) {
      const links = await this.where<Interaction>('interactions', 'referralId', referral.id);
      marked.push(withAwaitingThanks(referral, links));
    }
    return marked;
  }
}

const keepers = new WeakMap<DBCoreTransaction, TransactionKeeper>();

function keeperOf(down: DBCore, trans: DBCoreTransaction): TransactionKeeper | undefined {
  const stores = (trans as unknown as IDBTransaction).objectStoreNames;
  // An upgrade from before the markers' indexes existed computes them itself.
  if (!stores?.contains('interactions') || !stores.contains('people')) return undefined;
  let keeper = keepers.get(trans);
  if (!keeper) {
    keeper = new TransactionKeeper(down, trans, stores.contains(VIEW_TABLE));
    keepers.set(trans, keeper);
  }
  return keeper;
}

export const derivedDataMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'derivedData',
  // Right above IndexedDB, below Dexie's own layers: its reads and writes run outside
  // Dexie's transaction zone, which live queries and the cache would look for.
  level: -2,
  create: (down) => {
    const hasView = down.schema.tables.some((table) => table.name === VIEW_TABLE);
    return {
      ...down,
      transaction(stores, mode, options) {
        if (mode !== 'readwrite' || !stores.some((store) => SOURCE_TABLES.has(store))) {
          return down.transaction(stores, mode, options);
        }
        // Every table a derived field is computed from, and the view.
        const widened = new Set([...stores, ...SOURCE_TABLES, ...(hasView ? [VIEW_TABLE] : [])]);
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
                keepers.get(request.trans)?.view?.forget();
                return response;
              }),
          };
        }
        if (!SOURCE_TABLES.has(name)) return table;
        return {
          ...table,
          mutate(request) {
            const keeper = keeperOf(down, request.trans);
            if (!keeper) {
              if (request.type !== 'add' && request.type !== 'put') return table.mutate(request);
              const values = request.values.map((value) => withRecordFields(name, value));
              return table.mutate({ ...request, values });
            }
            // Chained on Dexie's own promise, so whoever awaits the write stays in its
            // transaction's zone; one write (and its steps) at a time, in write order.
            return Dexie.Promise.resolve().then(() => {
              const step = keeper.queue.then(() => keeper.write(name as SourceTable, request));
              keeper.queue = step.catch(() => undefined);
              return step;
            });
          },
        };
      },
    };
  },
};
