/**
 * Possible duplicates among people and partners: the same
 * email (case-insensitive), the same phone (digits compared) or the same name (case- and
 * accent-insensitive). Add person / Add partner ask before saving one; Import contacts
 * offers skip, merge or add anyway. Pure: callers pass the records to compare with.
 */
import { emailKey } from './email';
import { foldText } from './text';

/** Shorter numbers (extensions, "911", typos) match far too many people to mean anything. */
export const MIN_PHONE_DIGITS = 7;

// Comparing the last ten digits lets "+1 (555) 123-4567" match "555-123-4567" and a UK
// "020 7946 0958" match "+44 20 7946 0958": the country code and trunk prefix differ in
// how people write a number, the subscriber digits do not.
const PHONE_KEY_DIGITS = 10;

// The same address written with its domain in Unicode or in punycode is one address.
export { emailKey } from './email';

export function phoneKey(phone: string): string | undefined {
  const digits = phone.replace(/\D/g, '');
  return digits.length < MIN_PHONE_DIGITS ? undefined : digits.slice(-PHONE_KEY_DIGITS);
}

export function nameKey(name: string): string | undefined {
  const key = foldText(name);
  return key === '' ? undefined : key;
}

export interface PersonContact {
  name: string;
  emails?: readonly string[] | undefined;
  phones?: readonly string[] | undefined;
}

export type DuplicateReason =
  { kind: 'email'; value: string } | { kind: 'phone'; value: string } | { kind: 'name' };

export interface Duplicate<T> {
  record: T;
  /** Strongest first: email, then phone, then name. */
  reasons: DuplicateReason[];
}

type Identified = { id: string };

function addTo<T>(map: Map<string, T[]>, key: string | undefined, record: T) {
  if (key === undefined) return;
  const list = map.get(key);
  if (list) {
    if (!list.includes(record)) list.push(record);
  } else map.set(key, [record]);
}

/**
 * An index of existing people for repeated look-ups (an import checks thousands of rows
 * against tens of thousands of people). `add` puts a newly accepted record in, so rows of
 * one import are also checked against each other.
 */
export function createPersonDuplicateFinder<T extends PersonContact & Identified>(
  existing: readonly T[] = [],
) {
  const byEmail = new Map<string, T[]>();
  const byPhone = new Map<string, T[]>();
  const byName = new Map<string, T[]>();

  function add(record: T) {
    for (const email of record.emails ?? []) addTo(byEmail, emailKey(email), record);
    for (const phone of record.phones ?? []) addTo(byPhone, phoneKey(phone), record);
    addTo(byName, nameKey(record.name), record);
  }
  existing.forEach(add);

  function find(candidate: PersonContact, ignoreId?: string): Duplicate<T>[] {
    const found = new Map<T, DuplicateReason[]>();
    const note = (record: T, reason: DuplicateReason) => {
      if (record.id === ignoreId) return;
      const reasons = found.get(record) ?? [];
      if (reasons.some((known) => known.kind === reason.kind)) return;
      reasons.push(reason);
      found.set(record, reasons);
    };
    for (const email of candidate.emails ?? []) {
      const key = emailKey(email);
      for (const record of key ? (byEmail.get(key) ?? []) : []) {
        const stored = record.emails?.find((own) => emailKey(own) === key) ?? email;
        note(record, { kind: 'email', value: stored });
      }
    }
    for (const phone of candidate.phones ?? []) {
      const key = phoneKey(phone);
      for (const record of key ? (byPhone.get(key) ?? []) : []) {
        const stored = record.phones?.find((own) => phoneKey(own) === key) ?? phone;
        note(record, { kind: 'phone', value: stored });
      }
    }
    const name = nameKey(candidate.name);
    for (const record of name ? (byName.get(name) ?? []) : []) note(record, { kind: 'name' });

    // Records matched on more, and on stronger, grounds first; otherwise as found.
    const strength = (reasons: DuplicateReason[]) =>
      reasons.length * 10 +
      (reasons[0]?.kind === 'email' ? 2 : reasons[0]?.kind === 'phone' ? 1 : 0);
    return [...found.entries()]
      .map(([record, reasons]) => ({ record, reasons }))
      .sort((a, b) => strength(b.reasons) - strength(a.reasons));
  }

  return { add, find };
}

/** Existing people who may be the candidate, strongest match first. */
export function findPersonDuplicates<T extends PersonContact & Identified>(
  candidate: PersonContact,
  existing: readonly T[],
  ignoreId?: string,
): Duplicate<T>[] {
  return createPersonDuplicateFinder(existing).find(candidate, ignoreId);
}

/** Partners are the same business when their names fold to the same text. */
export function findPartnerDuplicates<T extends { name: string } & Identified>(
  candidate: { name: string },
  existing: readonly T[],
  ignoreId?: string,
): Duplicate<T>[] {
  const key = nameKey(candidate.name);
  if (key === undefined) return [];
  return existing
    .filter((record) => record.id !== ignoreId && nameKey(record.name) === key)
    .map((record) => ({ record, reasons: [{ kind: 'name' }] }));
}

/** "same email dana@example.com and same phone 555-0100", for the owner to judge. */
export function describeDuplicate(reasons: readonly DuplicateReason[]): string {
  return reasons
    .map((reason) => (reason.kind === 'name' ? 'same name' : `same ${reason.kind} ${reason.value}`))
    .join(' and ');
}
