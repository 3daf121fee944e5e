/**
 * Merging two records of the same person ("Merge with…" on a person's page): the owner
 * keeps one, choosing field by field which side's value survives; emails, phones and tags
 * are unioned. Pure rules only — the data layer applies them in one transaction.
 */
import { emailKey as emailKeyOf } from './email';
import type { Person, PersonInput } from './records';
import { foldText } from './text';

/** The fields chosen side by side, in the order the merge dialog shows them. */
export const MERGE_FIELDS = [
  { key: 'name', label: 'Name' },
  { key: 'company', label: 'Company' },
  { key: 'title', label: 'Title' },
  { key: 'relationship', label: 'Relationship' },
  { key: 'partnerId', label: 'Partner' },
  { key: 'howWeMet', label: 'How we met' },
  { key: 'birthday', label: 'Birthday' },
  { key: 'cadenceDays', label: 'Keep-in-touch cadence' },
  { key: 'notes', label: 'Notes' },
] as const;

export type MergeField = (typeof MERGE_FIELDS)[number]['key'];
/** `kept`: the person whose page the merge started from; `merged`: the one going away. */
export type MergeSide = 'kept' | 'merged';
export type MergeChoices = Record<MergeField, MergeSide>;

/** The person fields a merge reads (stored records fit as they are). */
export type MergeablePerson = Pick<Person, MergeField | 'emails' | 'phones' | 'tags'>;

export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && !value.trim());
}

/** Keep each field of the kept person, unless it is empty and the other one's is not. */
export function defaultChoices(kept: MergeablePerson, merged: MergeablePerson): MergeChoices {
  const choices = {} as MergeChoices;
  for (const { key } of MERGE_FIELDS) {
    choices[key] = isBlank(kept[key]) && !isBlank(merged[key]) ? 'merged' : 'kept';
  }
  return choices;
}

/** Values of both lists, first occurrence of each kept, compared by `key`. */
export function unionBy(
  first: readonly string[],
  second: readonly string[],
  key: (value: string) => string,
): string[] {
  const seen = new Set<string>();
  const union: string[] = [];
  for (const value of [...first, ...second]) {
    const k = key(value);
    if (seen.has(k)) continue;
    seen.add(k);
    union.push(value);
  }
  return union;
}

const emailKey = (email: string) => emailKeyOf(email) ?? '';
// Phones written differently ("+1 555-0142" / "(555) 0142") are one number if their digits
// are; a number with fewer digits than another is not folded into it.
const phoneKey = (phone: string) => phone.replace(/\D/g, '');

export const unionEmails = (a: readonly string[], b: readonly string[]) => unionBy(a, b, emailKey);
export const unionPhones = (a: readonly string[], b: readonly string[]) => unionBy(a, b, phoneKey);
export const unionTags = (a: readonly string[], b: readonly string[]) => unionBy(a, b, foldText);

/** The kept person's new fields: each chosen side's value, and both sides' lists. */
export function combinePeople(
  kept: MergeablePerson,
  merged: MergeablePerson,
  choices: MergeChoices,
): PersonInput {
  // An empty value chosen is left out, not stored as `undefined`.
  const chosen = Object.fromEntries(
    MERGE_FIELDS.map(({ key }) => [key, (choices[key] === 'merged' ? merged : kept)[key]]).filter(
      ([, value]) => value !== undefined,
    ),
  ) as Pick<PersonInput, MergeField>;
  return {
    ...chosen,
    emails: unionEmails(kept.emails, merged.emails),
    phones: unionPhones(kept.phones, merged.phones),
    tags: unionTags(kept.tags, merged.tags),
  };
}

/** The later of two `yyyy-MM-dd` dates (either may be missing). */
export function laterDate(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a >= b ? a : b;
}

/** `ids` with `from` replaced by `to`, each id once, in their first order. */
export function repointIds(ids: readonly string[], from: string, to: string): string[] {
  return [...new Set(ids.map((id) => (id === from ? to : id)))];
}
