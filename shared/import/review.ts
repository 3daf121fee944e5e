/**
 * Review before writing: which rows of a contacts file are valid, and which may
 * be someone the owner already has — an existing person (same email, same phone digits
 * or same folded name, shared/duplicates.ts) or an earlier row of the same file. Each
 * possible duplicate gets a decision: skip, merge, or add anyway. Pure: the caller passes
 * the records to compare with, loaded once.
 */
import {
  createPersonDuplicateFinder,
  nameKey,
  type Duplicate,
  type DuplicateReason,
  type PersonContact,
} from '../duplicates';
import { partnerInput, personInput, type Partner, type Person } from '../records';
import type { ParsedContacts, ImportProblem } from './types';
import type { PartnerFields, PersonFields } from './review-merge';

export type DuplicateChoice = 'skip' | 'merge' | 'add';

export const DUPLICATE_CHOICES: readonly { value: DuplicateChoice; label: string }[] = [
  { value: 'skip', label: 'Skip' },
  { value: 'merge', label: 'Merge' },
  { value: 'add', label: 'Add anyway' },
];

/** What a row may be the same as. */
export type MatchTarget =
  | { kind: 'existing'; id: string; name: string }
  /** An earlier row of the file, by its index in `ImportReview.items`. */
  | { kind: 'file'; index: number; line: number; name: string };

export interface ReviewMatch {
  target: MatchTarget;
  /** Strongest first. A partner matches by name only. */
  reasons: DuplicateReason[];
}

export type ReviewItem =
  | { line: number; kind: 'person'; person: PersonFields; match?: ReviewMatch }
  | { line: number; kind: 'partner'; partner: PartnerFields; match?: ReviewMatch };

export interface ImportReview {
  /** The valid rows, in file order. */
  items: ReviewItem[];
  /** Indexes into `items` of the rows that may be duplicates. */
  duplicates: number[];
  /** Rows the reader could not use and rows that break a rule, by line. */
  problems: ImportProblem[];
}

/** What the review compares with: people and partners not in the Trash. */
export interface ExistingRecords<P extends Person = Person, B extends Partner = Partner> {
  people: readonly P[];
  partners: readonly B[];
}

export function byLine(a: { line: number }, b: { line: number }) {
  return a.line - b.line;
}

/** The zod message for a row that breaks a rule: one sentence, as for a form. */
function firstMessage(error: { issues: readonly { message: string }[] }): string {
  return error.issues[0]?.message ?? 'This row is not a valid contact.';
}

/** An earlier row of the file, in the same index as the stored people. */
interface FileContact extends PersonContact {
  id: string;
  fileIndex: number;
}
type Indexed = Person | FileContact;
const isFileRow = (record: Indexed): record is FileContact => 'fileIndex' in record;

/**
 * Validates every candidate and finds its most likely duplicate. Lookup maps over the
 * existing records are built once, so a 10,000-row file against 50,000 people is a map
 * look-up per row rather than a scan.
 */
export function reviewImport(parsed: ParsedContacts, existing: ExistingRecords): ImportReview {
  // One index over stored people and the file's earlier rows (to catch a contact listed
  // twice): one look-up per row, which matters at 10,000 rows.
  const people = createPersonDuplicateFinder<Indexed>(existing.people);
  const partnersByName = new Map<string, Partner>();
  for (const partner of existing.partners) {
    const key = nameKey(partner.name);
    if (key !== undefined && !partnersByName.has(key)) partnersByName.set(key, partner);
  }
  const filePartners = new Map<string, number>();

  const items: ReviewItem[] = [];
  const duplicates: number[] = [];
  const problems: ImportProblem[] = [...parsed.problems];

  for (const candidate of parsed.candidates) {
    const index = items.length;
    if (candidate.kind === 'person') {
      const result = personInput.safeParse(candidate.person);
      if (!result.success) {
        problems.push({ line: candidate.line, reason: firstMessage(result.error) });
        continue;
      }
      const person = result.data;
      const match = personMatch(people.find(person), items);
      people.add({
        id: `row ${index}`,
        fileIndex: index,
        name: person.name,
        emails: person.emails,
        phones: person.phones,
      });
      if (match) duplicates.push(index);
      items.push({ line: candidate.line, kind: 'person', person, ...(match ? { match } : {}) });
    } else {
      const result = partnerInput.safeParse(candidate.partner);
      if (!result.success) {
        problems.push({ line: candidate.line, reason: firstMessage(result.error) });
        continue;
      }
      const partner = result.data;
      const key = nameKey(partner.name);
      const known = key === undefined ? undefined : partnersByName.get(key);
      const earlier = key === undefined ? undefined : filePartners.get(key);
      let match: ReviewMatch | undefined;
      if (known)
        match = {
          target: { kind: 'existing', id: known.id, name: known.name },
          reasons: [{ kind: 'name' }],
        };
      else if (earlier !== undefined)
        match = { target: fileTarget(items, earlier), reasons: [{ kind: 'name' }] };
      if (key !== undefined && !filePartners.has(key)) filePartners.set(key, index);
      if (match) duplicates.push(index);
      items.push({ line: candidate.line, kind: 'partner', partner, ...(match ? { match } : {}) });
    }
  }
  return { items, duplicates, problems: problems.sort(byLine) };
}

function fileTarget(items: readonly ReviewItem[], index: number): MatchTarget {
  const item = items[index]!;
  const name = item.kind === 'person' ? item.person.name : item.partner.name;
  return { kind: 'file', index, line: item.line, name };
}

/** An existing person first (the owner's record is what matters), else an earlier row. */
function personMatch(
  found: readonly Duplicate<Indexed>[],
  items: readonly ReviewItem[],
): ReviewMatch | undefined {
  let earlier: Duplicate<FileContact> | undefined;
  for (const { record, reasons } of found) {
    if (!isFileRow(record)) {
      return { target: { kind: 'existing', id: record.id, name: record.name }, reasons };
    }
    earlier ??= { record, reasons };
  }
  if (!earlier) return undefined;
  return { target: fileTarget(items, earlier.record.fileIndex), reasons: earlier.reasons };
}

/** One decision per row of `ImportReview.duplicates`, keyed by item index. */
export type Decisions = ReadonlyMap<number, DuplicateChoice>;

/**
 * Merge unless told otherwise: folding a row in never overwrites what the owner has (see
 * review-merge.ts) and does nothing when the row brings nothing new, so importing the same
 * file twice neither duplicates people nor changes them.
 */
export function defaultDecisions(review: ImportReview): Map<number, DuplicateChoice> {
  return new Map(review.duplicates.map((index) => [index, 'merge' as const]));
}

/** "Apply to all": the same choice for every possible duplicate. */
export function decideAll(review: ImportReview, choice: DuplicateChoice) {
  return new Map(review.duplicates.map((index) => [index, choice]));
}
