/**
 * Writing a reviewed import (shared/import/review-plan.ts): everything in ONE transaction
 * over people and partners, or nothing. A bad record, a record merged into that went away
 * meanwhile, a full disk, an error of any kind or the owner's Cancel all leave the database
 * exactly as it was.
 */
import type { z } from 'zod';
import type { ExistingRecords } from '../../../shared/import/review';
import {
  mergePartnerFields,
  mergePersonFields,
  type PartnerFields,
  type PersonFields,
} from '../../../shared/import/review-merge';
import {
  plannedWrites,
  type ImportPlan,
  type PlannedMerge,
} from '../../../shared/import/review-plan';
import { partnerInput, personInput } from '../../../shared/records';
import { foldText } from '../../../shared/text';
import type { HandshakeDatabase, StoredPartner, StoredPerson } from './database';
import { ValidationError, guardWrite } from './errors';

/** The owner pressed Cancel: the transaction was rolled back and nothing was written. */
export class ImportCancelledError extends Error {
  // Not "AbortError": Dexie would take that name for one of its own and wrap it.
  override readonly name = 'ImportCancelledError';
  constructor() {
    super('Import cancelled. Nothing was imported.');
  }
}

export interface ApplyImportOptions {
  /** Called after each chunk is written (inside the transaction): records done of total. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting it cancels the import between chunks and rolls everything back. */
  signal?: AbortSignal;
  /** Records per bulk write. */
  chunkSize?: number;
}

export interface ImportWritten {
  peopleIds: string[];
  partnerIds: string[];
  /** Existing records that changed (a merge that brought nothing new is not written). */
  updatedPeople: number;
  updatedPartners: number;
}

// Big enough that 10,000 rows are ten bulk writes, small enough that the progress bar moves
// and Cancel is honoured within a fraction of a second.
const CHUNK = 1_000;

function validate<S extends z.ZodType>(schema: S, value: unknown, line: number): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const error = ValidationError.fromZod(result.error);
  throw new ValidationError(`Line ${line}: ${error.message} Nothing was imported.`, error.fields);
}

function gone(name: string) {
  return new ValidationError(
    `${name} was changed in another window while you reviewed this import, so nothing was imported. Import the file again to review it anew.`,
  );
}

function findError(error: unknown): unknown {
  // Dexie may hand back what the transaction threw wrapped in its own error, as `inner`.
  for (let current = error, depth = 0; depth < 5; depth++) {
    if (current instanceof ImportCancelledError) return current;
    if (typeof current !== 'object' || current === null) break;
    current = (current as { inner?: unknown }).inner;
  }
  return error;
}

export function createImportApi(db: HandshakeDatabase, now: () => number = Date.now) {
  /** Rows merged into existing records, folded into what is stored now (not at review). */
  async function foldInto<S extends StoredPerson | StoredPartner, F>(
    table: typeof db.people | typeof db.partners,
    merges: readonly PlannedMerge<F>[],
    fold: (record: S, incoming: F) => S,
    schema: z.ZodType,
    time: number,
  ): Promise<S[]> {
    const stored = (await table.bulkGet(merges.map((merge) => merge.id))) as (S | undefined)[];
    const changed: S[] = [];
    merges.forEach((merge, index) => {
      const record = stored[index];
      if (!record || record.deletedAt !== undefined) throw gone(merge.name);
      const folded = merge.incoming.reduce(fold, record);
      const parsed = validate(schema, folded, merge.lines[0]!) as object;
      const next = { ...folded, ...parsed, nameKey: foldText(folded.name) } as S;
      if (JSON.stringify(next) === JSON.stringify(record)) return;
      changed.push({ ...next, updatedAt: time });
    });
    return changed;
  }

  return {
    /** Every person and partner not in the Trash: what an import's rows are compared with. */
    async loadExisting(): Promise<ExistingRecords<StoredPerson, StoredPartner>> {
      const [people, partners] = await db.transaction('r', db.people, db.partners, () =>
        Promise.all([db.people.toArray(), db.partners.toArray()]),
      );
      const live = <T extends { deletedAt?: number }>(record: T) => record.deletedAt === undefined;
      return { people: people.filter(live), partners: partners.filter(live) };
    },

    /** Writes the plan in one transaction, in chunks; all of it or, on any failure, none. */
    async apply(plan: ImportPlan, options: ApplyImportOptions = {}): Promise<ImportWritten> {
      const { onProgress, signal, chunkSize = CHUNK } = options;
      if (signal?.aborted) throw new ImportCancelledError();
      // The CPU work happens before the transaction opens: awaiting anything but Dexie
      // inside it would let IndexedDB commit early.
      const time = now();
      const meta = () => ({ id: crypto.randomUUID(), createdAt: time, updatedAt: time });
      const people: StoredPerson[] = plan.people.map(({ lines, fields }) => {
        const parsed = validate(personInput, fields, lines[0]!);
        return { ...parsed, nameKey: foldText(parsed.name), ...meta() };
      });
      const partners: StoredPartner[] = plan.partners.map(({ lines, fields }) => {
        const parsed = validate(partnerInput, fields, lines[0]!);
        return { ...parsed, nameKey: foldText(parsed.name), ...meta() };
      });
      const total = plannedWrites(plan);
      let done = 0;
      const step = (count: number) => {
        if (count === 0) return;
        done += count;
        onProgress?.(done, total);
      };
      async function write<T>(rows: readonly T[], put: (chunk: T[]) => Promise<unknown>) {
        for (let start = 0; start < rows.length; start += chunkSize) {
          if (signal?.aborted) throw new ImportCancelledError();
          const chunk = rows.slice(start, start + chunkSize);
          await put(chunk);
          step(chunk.length);
        }
      }

      try {
        return await guardWrite(() =>
          db.transaction('rw', db.people, db.partners, async () => {
            const updatedPeople = await foldInto<StoredPerson, PersonFields>(
              db.people,
              plan.personMerges,
              mergePersonFields,
              personInput,
              time,
            );
            const updatedPartners = await foldInto<StoredPartner, PartnerFields>(
              db.partners,
              plan.partnerMerges,
              mergePartnerFields,
              partnerInput,
              time,
            );
            await write(updatedPeople, (chunk) => db.people.bulkPut(chunk));
            step(plan.personMerges.length - updatedPeople.length);
            await write(updatedPartners, (chunk) => db.partners.bulkPut(chunk));
            step(plan.partnerMerges.length - updatedPartners.length);
            await write(people, (chunk) => db.people.bulkAdd(chunk));
            await write(partners, (chunk) => db.partners.bulkAdd(chunk));
            return {
              peopleIds: people.map((person) => person.id),
              partnerIds: partners.map((partner) => partner.id),
              updatedPeople: updatedPeople.length,
              updatedPartners: updatedPartners.length,
            };
          }),
        );
      } catch (error) {
        throw findError(error);
      }
    },
  };
}

export type ImportApi = ReturnType<typeof createImportApi>;
