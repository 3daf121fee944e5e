/**
 * How an imported row is folded into a record that already exists (an existing person, or
 * an earlier row of the same file): nothing the owner already has is overwritten. Lists
 * are unioned, empty fields filled, notes appended. Folding the same row in twice changes
 * nothing the second time, so importing a file again is harmless.
 */
import { format } from 'date-fns';
import type { z } from 'zod';
import { phoneKey } from '../duplicates';
import { isBlank, unionBy, unionEmails, unionTags } from '../merge';
import type { partnerInput, personInput } from '../records';
import { addTag } from '../tag-list';

/** A person or partner as validated (defaults applied): what imports carry around. */
export type PersonFields = z.output<typeof personInput>;
export type PartnerFields = z.output<typeof partnerInput>;

// Single-valued fields an import may fill when the record has none. The name, and a
// partner's status, are the owner's and always stay.
const PERSON_FILLABLE = [
  'company',
  'title',
  'partnerId',
  'howWeMet',
  'birthday',
  'cadenceDays',
] as const;
const PARTNER_FILLABLE = [
  'category',
  'website',
  'email',
  'phone',
  'address',
  'whatsInItForThem',
  'cadenceDays',
] as const;

function fillEmpty<T extends object, K extends keyof T>(
  existing: T,
  incoming: T,
  keys: readonly K[],
): T {
  const result = { ...existing };
  for (const key of keys) {
    if (isBlank(result[key]) && !isBlank(incoming[key])) result[key] = incoming[key];
  }
  return result;
}

// The same number written with and without its country code is one number: the key the
// duplicate check matched it by (its last ten digits), so a merge does not add it twice.
const unionPhones = (a: readonly string[], b: readonly string[]) =>
  unionBy(a, b, (phone) => phoneKey(phone) ?? phone.replace(/\D/g, ''));

/** The existing notes, then the incoming ones on a new paragraph unless already there. */
export function appendNotes(
  existing: string | undefined,
  incoming: string | undefined,
): string | undefined {
  const added = incoming?.trim();
  if (!added) return existing;
  const current = existing?.trim();
  if (!current) return added;
  if (current.includes(added)) return existing;
  return `${current}\n\n${added}`;
}

/** `existing` with what `incoming` adds to it (both as validated fields). */
export function mergePersonFields<T extends PersonFields>(existing: T, incoming: PersonFields): T {
  const filled = fillEmpty<PersonFields, (typeof PERSON_FILLABLE)[number]>(
    existing,
    incoming,
    PERSON_FILLABLE,
  );
  const notes = appendNotes(existing.notes, incoming.notes);
  return {
    ...existing,
    ...filled,
    // "other" is what a form or an import sets when nobody said: not a choice to keep.
    relationship: existing.relationship === 'other' ? incoming.relationship : existing.relationship,
    emails: unionEmails(existing.emails, incoming.emails),
    phones: unionPhones(existing.phones, incoming.phones),
    tags: unionTags(existing.tags, incoming.tags),
    ...(notes === undefined ? {} : { notes }),
  };
}

export function mergePartnerFields<T extends PartnerFields>(
  existing: T,
  incoming: PartnerFields,
): T {
  const filled = fillEmpty<PartnerFields, (typeof PARTNER_FILLABLE)[number]>(
    existing,
    incoming,
    PARTNER_FILLABLE,
  );
  const notes = appendNotes(existing.notes, incoming.notes);
  return {
    ...existing,
    ...filled,
    tags: unionTags(existing.tags, incoming.tags),
    ...(notes === undefined ? {} : { notes }),
  };
}

/** Tags hold at most 60 characters (shared/records.ts). */
const TAG_MAX = 60;

/**
 * The tag every record an import creates carries, so the owner can find them (and trash
 * them all): "Imported from google-contacts.csv, 22 Nov 2026". A long file name is
 * shortened to keep the tag within the tag length limit.
 */
export function importTag(fileName: string, date: Date): string {
  const prefix = 'Imported from ';
  const suffix = `, ${format(date, 'd MMM yyyy')}`;
  const room = TAG_MAX - prefix.length - suffix.length;
  const name = fileName.replace(/\s+/g, ' ').trim() || 'a file';
  const shown = [...name].length > room ? `${[...name].slice(0, room - 1).join('')}…` : name;
  return `${prefix}${shown}${suffix}`;
}

/** The record's tags with the import's tag added (once). */
export function withImportTag<T extends { tags: string[] }>(record: T, tag: string): T {
  return { ...record, tags: addTag(record.tags, tag) };
}
