/**
 * From the reviewed rows and the owner's decisions to exactly what will be written: new
 * people and partners (tagged with the import's name), and rows to fold into existing
 * records. Every record is checked against the rules here, before anything is written, so a
 * row that cannot be imported is reported with its line instead of failing the import.
 */
import type { z } from 'zod';
import { partnerInput, personInput, type Partner, type Person } from '../records';
import {
  mergePartnerFields,
  mergePersonFields,
  withImportTag,
  type PartnerFields,
  type PersonFields,
} from './review-merge';
import { byLine, type Decisions, type ExistingRecords, type ImportReview } from './review';
import type { ImportProblem } from './types';

/** A record to create; `lines` are the rows folded into it (the first one first). */
export interface PlannedCreate<F> {
  lines: number[];
  fields: F;
}

/** Rows to fold, in order, into the existing record `id`. */
export interface PlannedMerge<F> {
  id: string;
  name: string;
  lines: number[];
  incoming: F[];
}

export interface ImportPlan {
  tag: string;
  people: PlannedCreate<PersonFields>[];
  partners: PlannedCreate<PartnerFields>[];
  personMerges: PlannedMerge<PersonFields>[];
  partnerMerges: PlannedMerge<PartnerFields>[];
}

/** What the owner is told at the end. */
export interface ImportReport {
  /** People and partners created. */
  added: number;
  /** Rows folded into a record that already existed or into an earlier row. */
  merged: number;
  /** Possible duplicates the owner chose to skip. */
  skipped: number;
  /** Every row that was not imported, with its line and why. */
  problems: ImportProblem[];
}

/** The number of records `applyImport` writes: what the progress bar counts to. */
export function plannedWrites(plan: ImportPlan): number {
  return (
    plan.people.length + plan.partners.length + plan.personMerges.length + plan.partnerMerges.length
  );
}

/** Below this many tags a record cannot reach the limit of 100 by gaining one. */
const TAGS_TO_CHECK = 100;

type Fate = { kind: 'gone' } | { kind: 'created'; slot: number } | { kind: 'existing'; id: string };

interface Side<F extends { name: string; tags: string[] }> {
  schema: z.ZodType;
  merge: (existing: F, incoming: F) => F;
  known: ReadonlyMap<string, F & { id: string }>;
  creates: PlannedCreate<F>[];
  merges: Map<string, PlannedMerge<F> & { current: F }>;
}

/** The rule a record breaks, in the owner's words, or undefined when it is valid. */
function broken(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : (result.error.issues[0]?.message ?? 'It is not valid.');
}

function side<F extends { name: string; tags: string[] }>(
  schema: z.ZodType,
  merge: (existing: F, incoming: F) => F,
  records: readonly (F & { id: string })[],
): Side<F> {
  return {
    schema,
    merge,
    known: new Map(records.map((record) => [record.id, record])),
    creates: [],
    merges: new Map(),
  };
}

/**
 * The plan and the report it will produce. Decisions are looked up by item index; a
 * possible duplicate without one is merged. A row to merge into a row that is not being
 * imported (skipped, or with a problem) is added instead, so nothing the owner kept is lost.
 */
export function planImport(
  review: ImportReview,
  decisions: Decisions,
  tag: string,
  existing: ExistingRecords,
): { plan: ImportPlan; report: ImportReport } {
  const people = side<PersonFields>(personInput, mergePersonFields, existing.people as Person[]);
  const partners = side<PartnerFields>(
    partnerInput,
    mergePartnerFields,
    existing.partners as Partner[],
  );
  const problems: ImportProblem[] = [...review.problems];
  const fates: Fate[] = [];
  let merged = 0;
  let skipped = 0;

  function fold<F extends { name: string; tags: string[] }>(
    own: Side<F>,
    line: number,
    fields: F,
    into: Fate,
  ): Fate {
    if (into.kind === 'created') {
      const create = own.creates[into.slot]!;
      const next = own.merge(create.fields, fields);
      const reason = broken(own.schema, next);
      if (reason)
        return refuse(line, `It could not be merged with line ${create.lines[0]}: ${reason}`);
      create.fields = next;
      create.lines.push(line);
    } else if (into.kind === 'existing') {
      const target = own.known.get(into.id);
      if (!target) return add(own, line, fields);
      const planned = own.merges.get(into.id) ?? {
        id: into.id,
        name: target.name,
        lines: [],
        incoming: [],
        current: target,
      };
      const next = own.merge(planned.current, fields);
      const reason = broken(own.schema, next);
      if (reason) return refuse(line, `It could not be merged into ${target.name}: ${reason}`);
      planned.current = next;
      planned.lines.push(line);
      planned.incoming.push(fields);
      own.merges.set(into.id, planned);
    } else {
      return add(own, line, fields);
    }
    merged += 1;
    return into;
  }

  function refuse(line: number, reason: string): Fate {
    problems.push({ line, reason });
    return { kind: 'gone' };
  }

  function add<F extends { name: string; tags: string[] }>(
    own: Side<F>,
    line: number,
    fields: F,
  ): Fate {
    own.creates.push({ lines: [line], fields });
    return { kind: 'created', slot: own.creates.length - 1 };
  }

  review.items.forEach((item, index) => {
    const choice = item.match ? (decisions.get(index) ?? 'merge') : 'add';
    if (choice === 'skip') {
      skipped += 1;
      fates.push({ kind: 'gone' });
      return;
    }
    const target = item.match?.target;
    const into: Fate | undefined =
      choice === 'add' || !target
        ? undefined
        : target.kind === 'existing'
          ? { kind: 'existing', id: target.id }
          : fates[target.index];
    // A row and the row it matches are always of the same kind (people match people).
    fates.push(
      item.kind === 'person'
        ? into
          ? fold(people, item.line, item.person, into)
          : add(people, item.line, item.person)
        : into
          ? fold(partners, item.line, item.partner, into)
          : add(partners, item.line, item.partner),
    );
  });

  // Every row was validated in the review and every fold above: only the import's tag can
  // break a rule now, by being one tag too many, and only that case is checked again (a
  // second full validation costs a noticeable share of a 10,000-row import). Such a record
  // is a problem on each of its rows.
  const tagged = <F extends { name: string; tags: string[] }>(own: Side<F>) =>
    own.creates.flatMap((create) => {
      const fields = withImportTag(create.fields, tag);
      const reason = fields.tags.length >= TAGS_TO_CHECK ? broken(own.schema, fields) : undefined;
      if (!reason) return [{ lines: create.lines, fields }];
      for (const line of create.lines) problems.push({ line, reason });
      merged -= create.lines.length - 1;
      return [];
    });
  const merges = <F extends { name: string; tags: string[] }>(own: Side<F>) =>
    [...own.merges.values()].map(({ current: _current, ...merge }) => merge);

  const plan: ImportPlan = {
    tag,
    people: tagged(people),
    partners: tagged(partners),
    personMerges: merges(people),
    partnerMerges: merges(partners),
  };
  const added = plan.people.length + plan.partners.length;
  return { plan, report: { added, merged, skipped, problems: problems.sort(byLine) } };
}
