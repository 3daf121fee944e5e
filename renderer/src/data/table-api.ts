import type { IndexableType, Table } from 'dexie';
import type { z } from 'zod';
import type { RecordMeta } from '../../../shared/records';
import type { HandshakeDatabase } from './database';
import { NotFoundError, ValidationError, guardWrite } from './errors';

type Stored = RecordMeta;

export interface TableApiOptions<TInput extends z.ZodObject, TStored extends Stored> {
  db: HandshakeDatabase;
  table: Table<TStored, string>;
  /** What the owner may write; parsed on every create and update. */
  input: TInput;
  /** The record's name in messages ("person", "partner", …). */
  noun: string;
  /** Index-only fields computed from the validated input (e.g. a folded name). */
  derive?: (value: z.output<TInput>) => Partial<TStored>;
  /**
   * The record as the database will store it, when a middleware adds fields on write
   * (people's keepInTouchDue): what create and update return then equals what is stored.
   */
  stored?: (record: TStored) => TStored;
  now?: () => number;
}

/**
 * Create, update, trash, restore, delete forever, get and list for one table. Input is
 * validated before any write; a bad value throws ValidationError and writes nothing.
 * Each call is one transaction.
 */
export function createTableApi<TInput extends z.ZodObject, TStored extends Stored>(
  options: TableApiOptions<TInput, TStored>,
) {
  const { db, table, input, noun, derive, stored = (record: TStored) => record } = options;
  const now = options.now ?? Date.now;
  const ownerKeys = Object.keys(input.shape);

  function validate(value: unknown): z.output<TInput> {
    const result = input.safeParse(value);
    if (!result.success) throw ValidationError.fromZod(result.error);
    return result.data;
  }

  async function requireRecord(id: string): Promise<TStored> {
    const record = await table.get(id);
    if (!record) throw new NotFoundError(noun);
    return record;
  }

  return {
    async create(value: z.input<TInput>): Promise<TStored> {
      const parsed = validate(value);
      const time = now();
      const meta: RecordMeta = { id: crypto.randomUUID(), createdAt: time, updatedAt: time };
      const record = stored({ ...parsed, ...derive?.(parsed), ...meta } as TStored);
      await guardWrite(() => db.transaction('rw', table, () => table.add(record)));
      return record;
    },

    /** Applies a partial change; fields set to `undefined` are cleared. */
    async update(id: string, changes: Partial<z.input<TInput>>): Promise<TStored> {
      return guardWrite(() =>
        db.transaction('rw', table, async () => {
          const existing = await requireRecord(id);
          const own = Object.fromEntries(
            ownerKeys.map((key) => [key, (existing as Record<string, unknown>)[key]]),
          );
          const parsed = validate({ ...own, ...changes });
          // Bookkeeping and denormalised fields (lastTouch, …) are not the owner's to set.
          const kept = Object.fromEntries(
            Object.entries(existing).filter(([key]) => !ownerKeys.includes(key)),
          ) as Partial<TStored>;
          const record = stored({
            ...kept,
            ...parsed,
            ...derive?.(parsed),
            updatedAt: now(),
          } as TStored);
          await table.put(record);
          return record;
        }),
      );
    },

    /** Moves the record to the Trash; it can be restored until deleted forever. */
    async trash(id: string): Promise<void> {
      await guardWrite(() =>
        db.transaction('rw', table, async () => {
          const record = await requireRecord(id);
          const time = now();
          await table.put({ ...record, deletedAt: time, updatedAt: time });
        }),
      );
    },

    async restore(id: string): Promise<void> {
      await guardWrite(() =>
        db.transaction('rw', table, async () => {
          const { deletedAt: _deleted, ...record } = await requireRecord(id);
          await table.put({ ...record, updatedAt: now() } as TStored);
        }),
      );
    },

    async deleteForever(id: string): Promise<void> {
      await guardWrite(() => db.transaction('rw', table, () => table.delete(id)));
    },

    /** A record that is not trashed, or undefined. */
    async get(id: string): Promise<TStored | undefined> {
      const record = await table.get(id);
      return record && record.deletedAt === undefined ? record : undefined;
    },

    /** The records with these ids that exist and are not in the Trash, in no set order. */
    async getMany(ids: readonly string[]): Promise<TStored[]> {
      const found = await table.bulkGet([...ids]);
      return found.filter(
        (record): record is TStored => record !== undefined && record.deletedAt === undefined,
      );
    },

    /** Every record that is not in the Trash. */
    async list(): Promise<TStored[]> {
      // One getAll and a filter here is ~5× faster than Dexie's filter(), which walks a
      // cursor record by record (3.3 s → 0.7 s for 50,000 people in Chromium).
      const all = await table.toArray();
      return all.filter((record) => record.deletedAt === undefined);
    },

    /**
     * Up to `limit` records after `afterId` in id order, for reading a big table a page at
     * a time; records in the Trash are left out of `records` but still move `last` on,
     * which is undefined once the table is read to its end.
     */
    async page(
      afterId: string | undefined,
      limit: number,
    ): Promise<{ records: TStored[]; last: string | undefined }> {
      const range =
        afterId === undefined ? table.toCollection() : table.where(':id').above(afterId);
      const found = await range.limit(limit).toArray();
      return {
        records: found.filter((record) => record.deletedAt === undefined),
        last: found.length < limit ? undefined : found.at(-1)?.id,
      };
    },

    /** Records (not in the Trash) whose indexed field equals the value, e.g. a partner's people. */
    async listWhere(index: string, value: IndexableType): Promise<TStored[]> {
      const found = await table.where(index).equals(value).toArray();
      return found.filter((record) => record.deletedAt === undefined);
    },

    /** Trashed records, most recently trashed first. */
    async listTrashed(): Promise<TStored[]> {
      const trashed = await table.where('deletedAt').above(0).toArray();
      return trashed.sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
    },
  };
}

export type TableApi<TInput extends z.ZodObject, TStored extends Stored> = ReturnType<
  typeof createTableApi<TInput, TStored>
>;
