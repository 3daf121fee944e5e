/**
 * Any other CSV: the owner says what each column is. This file suggests a mapping from
 * the header names and turns rows into contacts with the mapping the owner chose.
 */
import { RELATIONSHIPS, type Relationship } from '../records';
import { addCandidate, type ContactDraft } from './candidate';
import type { ColumnMapping, CsvTable, MappedField, ParsedContacts } from './types';

/** Header names (lower case, letters only) and the field they usually hold. */
const SUGGESTIONS: Record<string, MappedField> = {};
const suggest = (field: MappedField, names: string[]) => {
  for (const name of names) SUGGESTIONS[name] = field;
};
suggest('name', ['name', 'fullname', 'displayname', 'contact', 'contactname', 'person']);
suggest('firstName', ['firstname', 'givenname', 'first', 'forename']);
suggest('lastName', ['lastname', 'familyname', 'surname', 'last']);
suggest('company', [
  'company',
  'companyname',
  'organization',
  'organisation',
  'org',
  'business',
  'employer',
]);
suggest('title', ['title', 'jobtitle', 'position', 'role', 'occupation']);
suggest('relationship', ['relationship', 'relation']);
suggest('tags', ['tags', 'tag', 'labels', 'label', 'categories', 'category', 'groups', 'group']);
suggest('howWeMet', ['howwemet', 'howmet', 'met', 'source', 'referredby', 'referral']);
suggest('birthday', ['birthday', 'birthdate', 'dateofbirth', 'dob', 'bday']);
suggest('notes', ['notes', 'note', 'comments', 'comment', 'description', 'remarks']);

const NOT_LETTERS = /[^a-z]/g;
const EMAIL_WORDS = /e-?mail/;
const PHONE_WORDS = /phone|mobile|cell|tel/;
/** Several emails in one cell: "a@x.com; b@y.com" or "a@x.com, b@y.com". */
const EMAIL_SEPARATORS = /[;,\s]+/;
/** Several phones in one cell: commas can be part of a number's formatting, so only ";". */
const PHONE_SEPARATORS = /\s*;\s*/;
const TAG_SEPARATORS = /[;,]/;

/** What each column probably holds, judged by its header name. */
export function suggestMapping(header: string[]): ColumnMapping {
  const taken = new Set<MappedField>();
  return header.map((raw) => {
    const lower = raw.toLowerCase();
    const key = lower.replace(NOT_LETTERS, '');
    let field: MappedField = SUGGESTIONS[key] ?? 'ignore';
    if (field === 'ignore' && EMAIL_WORDS.test(lower)) field = 'email';
    else if (field === 'ignore' && PHONE_WORDS.test(lower) && !lower.includes('fax'))
      field = 'phone';
    // Several email or phone columns are fine; a second "Name" column would overwrite.
    if (field !== 'email' && field !== 'phone' && field !== 'notes' && taken.has(field))
      return 'ignore';
    taken.add(field);
    return field;
  });
}

function relationshipOf(text: string): Relationship | undefined {
  const value = text.trim().toLowerCase();
  return RELATIONSHIPS.find((relationship) => relationship === value);
}

/** Turns the rows of an unrecognised CSV into candidates with the owner's column choices. */
export function mapColumns(table: CsvTable, mapping: ColumnMapping): ParsedContacts {
  const parsed: ParsedContacts = {
    format: 'csv',
    formatLabel: 'CSV file',
    candidates: [],
    problems: [],
  };
  const rules = { noun: 'row', companyOnlyIsPartner: true } as const;
  for (const { line, cells } of table.rows) {
    const draft: ContactDraft = { line, emails: [], phones: [], tags: [] };
    const names: string[] = [];
    const notes: string[] = [];
    let first = '';
    let last = '';
    mapping.forEach((field, i) => {
      const cell = cells[i]?.trim() ?? '';
      if (cell === '') return;
      switch (field) {
        case 'name':
          names.push(cell);
          break;
        case 'firstName':
          first = cell;
          break;
        case 'lastName':
          last = cell;
          break;
        case 'company':
          draft.company = cell;
          break;
        case 'title':
          draft.title = cell;
          break;
        case 'email':
          draft.emails.push(...cell.split(EMAIL_SEPARATORS));
          break;
        case 'phone':
          draft.phones.push(...cell.split(PHONE_SEPARATORS));
          break;
        case 'tags':
          draft.tags.push(...cell.split(TAG_SEPARATORS));
          break;
        case 'howWeMet':
          draft.howWeMet = cell;
          break;
        case 'birthday':
          draft.birthday = cell;
          break;
        case 'notes':
          notes.push(cell);
          break;
        case 'relationship': {
          const relationship = relationshipOf(cell);
          if (relationship) draft.relationship = relationship;
          else {
            parsed.problems.push({
              line,
              reason: `“${cell}” is not a relationship Handshake knows (${RELATIONSHIPS.join(', ')}), so it was left out.`,
            });
          }
          break;
        }
        case 'ignore':
          break;
      }
    });
    draft.name = names.join(' ');
    draft.nameParts = [first, last];
    if (notes.length > 0) draft.notes = notes.join('\n\n');
    addCandidate(draft, rules, parsed.candidates, parsed.problems);
  }
  return parsed;
}
