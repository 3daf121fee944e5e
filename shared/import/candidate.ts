/**
 * From what one row or card holds to a record the app accepts. Every format (Google,
 * LinkedIn, Outlook, mapped CSV, vCard) fills a ContactDraft; this file turns it into a
 * Person or Partner candidate that passes `personInput`/`partnerInput`, or into a problem.
 * A bad value (an email that is not one, a birthday that is not a date) is left out with
 * a problem noted; the rest of the contact is still imported.
 */
import type { ZodError } from 'zod';
import { emailKey } from '../email';
import { partnerInput, personInput, type Birthday } from '../records';
import { addTag, cleanTag } from '../tag-list';
import { parseBirthday } from './birthday';
import type { ImportCandidate, ImportProblem } from './types';

export interface ContactDraft {
  line: number;
  /** The full name as the file writes it. */
  name?: string;
  /** First, middle, last, suffix: joined into the name when `name` is empty. */
  nameParts?: (string | undefined)[];
  company?: string;
  title?: string;
  emails: string[];
  phones: string[];
  tags: string[];
  howWeMet?: string;
  /** As written in the file; parsed here so every format reports bad dates the same way. */
  birthday?: string | Birthday;
  notes?: string;
  relationship?: string;
  /** Only Partners keep these (a Person has no website or address field). */
  website?: string;
  address?: string;
  /** The source says outright that this is an organisation (vCard `KIND:org`). */
  organisation?: boolean;
}

export interface CandidateRules {
  /** "row" or "card", in the sentences the owner reads. */
  noun: 'row' | 'card';
  /** A contact with only an organisation becomes a Partner (not for LinkedIn connections). */
  companyOnlyIsPartner: boolean;
}

const LINE_BREAKS = /\r\n?/g;

/** Multi-line text as the app stores it: `\n` line breaks, no outer blank space. */
export function cleanText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = value.replace(LINE_BREAKS, '\n').trim();
  return text === '' ? undefined : text;
}

function uniqueBy(values: string[], key: (value: string) => string): string[] {
  if (values.length === 0) return values;
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of values) {
    const value = raw.trim();
    const k = key(value);
    if (value === '' || seen.has(k)) continue;
    seen.add(k);
    result.push(value);
  }
  return result;
}

function fullName(draft: ContactDraft): string | undefined {
  const name = cleanText(draft.name)?.replace(/\s+/g, ' ');
  if (name) return name;
  const parts = (draft.nameParts ?? []).map((part) => part?.trim()).filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

function birthdayOf(draft: ContactDraft, problems: ImportProblem[]): Birthday | undefined {
  const raw = draft.birthday;
  if (raw === undefined || typeof raw === 'object') return raw;
  const parsed = parseBirthday(raw);
  if (parsed === null) {
    problems.push({
      line: draft.line,
      reason: `The birthday “${raw.trim()}” is not a date Handshake understands, so it was left out.`,
    });
    return undefined;
  }
  return parsed;
}

const WHAT: Record<string, string> = {
  emails: 'an email address',
  email: 'an email address',
  phones: 'a phone number',
  phone: 'a phone number',
};

/**
 * Leaves out the values zod rejected that the contact can do without — one bad email
 * among three, a phone without digits, an over-long tag — with a problem for each.
 * Returns false when something else is wrong (a name too long), which skips the contact.
 */
function leaveOutRejected(
  error: ZodError,
  record: Record<string, unknown>,
  line: number,
  problems: ImportProblem[],
): boolean {
  const drop = new Map<string, Set<number>>();
  for (const issue of error.issues) {
    const [field, index] = issue.path;
    if (typeof field !== 'string') return false;
    const list = record[field];
    const inList = Array.isArray(list) && typeof index === 'number';
    if (!inList && !(field === 'email' || field === 'phone')) return false;
    const value = String(inList ? list[index] : record[field]);
    const what = WHAT[field];
    problems.push({
      line,
      reason: what
        ? `“${value}” is not ${what} Handshake can keep, so it was left out.`
        : `The tag “${value}” was left out: ${issue.message}`,
    });
    if (!inList) delete record[field];
    else if (drop.has(field)) drop.get(field)!.add(index);
    else drop.set(field, new Set([index]));
  }
  for (const [field, indexes] of drop) {
    record[field] = (record[field] as unknown[]).filter((_, i) => !indexes.has(i));
  }
  return true;
}

/**
 * The fields that have a value, so a candidate holds only what the file had. (Built
 * anew rather than with `delete`, which makes every object slow on a 10,000-row file.)
 */
function compact(record: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key in record) if (record[key] !== undefined) result[key] = record[key];
  return result;
}

function firstMessage(error: ZodError): string {
  return error.issues[0]?.message ?? 'It is not a valid contact.';
}

/** Adds the draft's candidate to `candidates`, or its problems to `problems`. */
export function addCandidate(
  draft: ContactDraft,
  rules: CandidateRules,
  candidates: ImportCandidate[],
  problems: ImportProblem[],
): void {
  const { line } = draft;
  const name = fullName(draft);
  const company = cleanText(draft.company)?.replace(/\s+/g, ' ');
  const emails = uniqueBy(draft.emails, (email) => emailKey(email) ?? '');
  const phones = uniqueBy(draft.phones, (phone) => phone);
  const tags = draft.tags.reduce<string[]>((all, tag) => addTag(all, cleanTag(tag)), []);
  const notes = cleanText(draft.notes);
  const becomesPartner =
    company !== undefined && rules.companyOnlyIsPartner && (draft.organisation || !name);

  if (!name && !becomesPartner) {
    const reason = rules.companyOnlyIsPartner
      ? `This ${rules.noun} has neither a name nor a company, so it was skipped.`
      : `This ${rules.noun} has no name, so it was skipped.`;
    problems.push({ line, reason });
    return;
  }
  if (becomesPartner) {
    // A Partner has one email and one phone: further ones go to the notes, not lost.
    const extras = [...emails.slice(1), ...phones.slice(1)];
    const partner = compact({
      name: company,
      email: emails[0],
      phone: phones[0],
      website: cleanText(draft.website),
      address: cleanText(draft.address),
      tags: tags.slice(0, 100),
      notes: cleanText(
        [notes, extras.length ? `Also: ${extras.join(', ')}` : undefined]
          .filter(Boolean)
          .join('\n\n'),
      ),
    });
    let result = partnerInput.safeParse(partner);
    if (!result.success && leaveOutRejected(result.error, partner, line, problems)) {
      result = partnerInput.safeParse(partner);
    }
    if (result.success) candidates.push({ line, kind: 'partner', partner: result.data });
    else
      problems.push({
        line,
        reason: `${firstMessage(result.error)} This ${rules.noun} was skipped.`,
      });
    return;
  }

  const birthday = birthdayOf(draft, problems);
  const person = compact({
    name,
    company,
    title: cleanText(draft.title),
    emails,
    phones,
    tags,
    howWeMet: cleanText(draft.howWeMet),
    birthday,
    notes,
    relationship: draft.relationship,
  });
  let result = personInput.safeParse(person);
  if (!result.success && leaveOutRejected(result.error, person, line, problems)) {
    result = personInput.safeParse(person);
  }
  if (result.success) candidates.push({ line, kind: 'person', person: result.data });
  else
    problems.push({
      line,
      reason: `${firstMessage(result.error)} This ${rules.noun} was skipped.`,
    });
}
