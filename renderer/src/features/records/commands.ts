import type { ZodType } from 'zod';
import type { Duplicate } from '../../../../shared/duplicates';
import { ValidationError } from '../../data';

export type AddOutcome<T> =
  | { status: 'added'; record: T }
  /** Nothing was written: the owner decides between opening one of these and saving anyway. */
  | { status: 'duplicate'; duplicates: Duplicate<T>[] };

/** Checks input against a record's rules, with every message at once; throws ValidationError. */
export function validateWith<T>(schema: ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw ValidationError.fromZod(result.error);
  return result.data;
}

/**
 * Adds a record unless, not told to save anyway, records like it already exist: then
 * nothing is written and the outcome says which.
 */
export async function addUnlessDuplicate<T>(
  allowDuplicate: boolean,
  findDuplicates: () => Promise<Duplicate<T>[]>,
  create: () => Promise<T>,
): Promise<AddOutcome<T>> {
  if (!allowDuplicate) {
    const duplicates = await findDuplicates();
    if (duplicates.length > 0) return { status: 'duplicate', duplicates };
  }
  return { status: 'added', record: await create() };
}
