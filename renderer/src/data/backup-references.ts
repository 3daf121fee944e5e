/**
 * Links a backup names but cannot satisfy: an interaction naming a person the file lacks,
 * a referral naming a missing partner, a reminder about someone not there. A backup made
 * by the app has none (the Trash is backed up too), so they come from a hand-edited or
 * damaged file; the restore preview says how many there are, in plain words.
 *
 * They are restored the way the app itself leaves links after "Delete forever"
 * (renderer/src/data/trash.ts), so a restored database looks like one the app could have
 * produced:
 * - interactions, referrals and reminders keep the id: the timeline shows "someone since
 *   deleted", the referrals ledger "Someone no longer here", and This week leaves out a
 *   reminder about nobody;
 * - a person's link to a missing partner is removed, as deleting a partner for good
 *   unlinks its people.
 */
import type { BackupRows } from './backup-format';

type Row = Record<string, unknown>;

/** The ids of every record in the file, by table. */
type Known = Record<'people' | 'partners' | 'referrals', ReadonlySet<unknown>>;

interface Link {
  table: string;
  /** Whether a row names a record the file lacks. */
  missing: (row: Row, known: Known) => boolean;
  /** The sentence for `count` such rows (count ≥ 1). */
  sentence: (count: number) => string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const it = (count: number) => (count === 1 ? 'it' : 'they');
/** Whether any of the ids (undefined ones aside) is missing from `ids`. */
const lacks = (ids: ReadonlySet<unknown>, ...values: unknown[]) =>
  values.flat().some((id) => id !== undefined && !ids.has(id));

const LINKS: readonly Link[] = [
  {
    table: 'interactions',
    missing: (row, known) =>
      lacks(known.people, row.personIds) || lacks(known.partners, row.partnerIds),
    sentence: (count) =>
      `${plural(count, 'interaction names', 'interactions name')} someone who is not in this backup; ${it(count)} will show “someone since deleted”.`,
  },
  {
    table: 'interactions',
    missing: (row, known) => lacks(known.referrals, row.referralId),
    sentence: (count) =>
      `${plural(count, 'interaction is', 'interactions are')} linked to a referral that is not in this backup; ${it(count)} will show without it.`,
  },
  {
    table: 'referrals',
    missing: (row, known) =>
      lacks(known.people, row.referrerPersonId, row.introducedPersonId) ||
      lacks(known.partners, row.referrerPartnerId, row.partnerId),
    sentence: (count) =>
      `${plural(count, 'referral names', 'referrals name')} someone who is not in this backup; ${it(count)} will show “Someone no longer here”.`,
  },
  {
    table: 'reminders',
    missing: (row, known) =>
      lacks(known.people, row.personId) || lacks(known.partners, row.partnerId),
    sentence: (count) =>
      `${plural(count, 'reminder is', 'reminders are')} about someone who is not in this backup; This week will leave ${count === 1 ? 'it' : 'them'} out.`,
  },
  {
    table: 'people',
    missing: (row, known) => lacks(known.partners, row.partnerId),
    sentence: (count) =>
      `${plural(count, 'person is', 'people are')} linked to a partner who is not in this backup; the link will be removed.`,
  },
];

function idsOf(rows: BackupRows, table: string): Set<unknown> {
  return new Set((rows[table] ?? []).map((row) => row.id));
}

export interface DanglingLinks {
  /** One sentence per kind of missing link, for the preview; empty when there are none. */
  sentences: string[];
  /** The rows to restore, with links that cannot stand removed (see above). */
  rows: BackupRows;
}

/** Finds links to records the backup lacks; `rows` are checked against the record schemas. */
export function findDanglingLinks(rows: BackupRows): DanglingLinks {
  const partners = idsOf(rows, 'partners');
  const known: Known = {
    people: idsOf(rows, 'people'),
    partners,
    referrals: idsOf(rows, 'referrals'),
  };
  const sentences: string[] = [];
  for (const link of LINKS) {
    const dangling = (rows[link.table] ?? []).filter((row) => link.missing(row, known)).length;
    if (dangling > 0) sentences.push(link.sentence(dangling));
  }
  const unlinked = (rows.people ?? []).map((person) => {
    if (person.partnerId === undefined || partners.has(person.partnerId)) return person;
    const { partnerId: _missing, ...rest } = person;
    return rest;
  });
  return { sentences, rows: rows.people ? { ...rows, people: unlinked } : rows };
}
