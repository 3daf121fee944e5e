/**
 * The CSV exports Handshake recognises from their header, and how their columns become a
 * contact. Written against the formats' column-naming rules (Google grows `E-mail 3 - …`
 * groups to fit the contact with the most values), not against particular files.
 * Localised headers are not recognised: those files get the mapping step.
 */
import type { CandidateRules, ContactDraft } from './candidate';
import type { ImportFormat } from './types';

export interface RecognisedCsv {
  format: ImportFormat;
  label: string;
  rules: CandidateRules;
  toDraft: (cells: string[], line: number) => ContactDraft;
}

type Cell = (cells: string[]) => string;

/** Looks columns up by name once, so each row is plain index access. */
function columns(header: string[]) {
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    if (!index.has(name)) index.set(name, i);
  });
  const has = (name: string) => index.has(name);
  const cell = (name: string): Cell => {
    const i = index.get(name);
    return i === undefined ? () => '' : (cells) => cells[i] ?? '';
  };
  return { has, cell };
}

// Google ------------------------------------------------------------------------------

/** `E-mail 2 - Value`, `Phone 1 - Label` (current), `Phone 1 - Type` (legacy), … */
const GOOGLE_GROUP = /^(E-mail|Phone|Website|Address) (\d+) - (Label|Type|Value|Formatted)$/;
/** Google joins several values or labels in one cell with this. */
const GOOGLE_SEPARATOR = ' ::: ';
/** Groups Google keeps for itself; `* starred` alone means something to the owner. */
const GOOGLE_SYSTEM_LABELS = new Set(['mycontacts', 'my contacts', 'other contacts', 'blocked']);

interface ValueGroup {
  label: Cell;
  value: Cell;
}

function googleGroups(header: string[], kind: string): ValueGroup[] {
  const byNumber = new Map<string, { label?: number; value?: number }>();
  header.forEach((name, i) => {
    const match = GOOGLE_GROUP.exec(name);
    if (!match || match[1] !== kind) return;
    const group = byNumber.get(match[2]!) ?? {};
    if (match[3] === 'Label' || match[3] === 'Type') group.label = i;
    else if (match[3] === 'Value' || (match[3] === 'Formatted' && group.value === undefined)) {
      group.value = i;
    }
    byNumber.set(match[2]!, group);
  });
  return [...byNumber.values()]
    .filter((group) => group.value !== undefined)
    .map(({ label, value }) => ({
      label: (cells: string[]) => (label === undefined ? '' : (cells[label] ?? '')),
      value: (cells: string[]) => cells[value!] ?? '',
    }));
}

/** Every value of the groups, those marked primary (`* Work`) first. */
function groupValues(groups: ValueGroup[], cells: string[]): string[] {
  const primary: string[] = [];
  const others: string[] = [];
  for (const group of groups) {
    const value = group.value(cells);
    if (value.trim() === '') continue;
    const target = group.label(cells).startsWith('* ') ? primary : others;
    if (value.indexOf(GOOGLE_SEPARATOR) === -1) target.push(value);
    else for (const part of value.split(GOOGLE_SEPARATOR)) target.push(part);
  }
  return primary.concat(others);
}

/** `* myContacts ::: Partners ::: * starred` → ["Partners", "starred"]. */
export function googleLabels(text: string): string[] {
  const tags: string[] = [];
  for (const raw of text.split(GOOGLE_SEPARATOR)) {
    const label = raw.trim();
    if (!label.startsWith('* ')) {
      if (label !== '') tags.push(label);
      continue;
    }
    const system = label.slice(2).trim();
    if (!GOOGLE_SYSTEM_LABELS.has(system.toLowerCase())) tags.push(system);
  }
  return tags;
}

function google(header: string[], legacy: boolean): RecognisedCsv {
  const c = columns(header);
  const emails = googleGroups(header, 'E-mail');
  const phones = googleGroups(header, 'Phone');
  const websites = googleGroups(header, 'Website');
  const addresses = googleGroups(header, 'Address');
  const name = c.cell('Name');
  const first = c.cell(legacy ? 'Given Name' : 'First Name');
  const middle = c.cell(legacy ? 'Additional Name' : 'Middle Name');
  const last = c.cell(legacy ? 'Family Name' : 'Last Name');
  const suffix = c.cell('Name Suffix');
  const company = c.cell(legacy ? 'Organization 1 - Name' : 'Organization Name');
  const title = c.cell(legacy ? 'Organization 1 - Title' : 'Organization Title');
  const birthday = c.cell('Birthday');
  const notes = c.cell('Notes');
  const labels = c.cell(legacy ? 'Group Membership' : 'Labels');
  return {
    format: legacy ? 'google-legacy' : 'google',
    label: legacy ? 'Google Contacts (older format)' : 'Google Contacts',
    rules: { noun: 'row', companyOnlyIsPartner: true },
    toDraft: (cells, line) => ({
      line,
      name: name(cells),
      nameParts: [first(cells), middle(cells), last(cells), suffix(cells)],
      company: company(cells),
      title: title(cells),
      emails: groupValues(emails, cells),
      phones: groupValues(phones, cells),
      tags: googleLabels(labels(cells)),
      birthday: birthday(cells),
      notes: notes(cells),
      website: groupValues(websites, cells)[0],
      address: groupValues(addresses, cells)[0],
    }),
  };
}

// LinkedIn ----------------------------------------------------------------------------

function linkedin(header: string[]): RecognisedCsv {
  const c = columns(header);
  const [first, last, url, email, company, position, connectedOn] = [
    'First Name',
    'Last Name',
    'URL',
    'Email Address',
    'Company',
    'Position',
    'Connected On',
  ].map(c.cell) as [Cell, Cell, Cell, Cell, Cell, Cell, Cell];
  return {
    format: 'linkedin',
    label: 'LinkedIn connections',
    // A connection without a name has hidden their profile: the company is theirs, not a partner.
    rules: { noun: 'row', companyOnlyIsPartner: false },
    toDraft: (cells, line) => {
      const date = connectedOn(cells).trim();
      const profile = url(cells).trim();
      return {
        line,
        nameParts: [first(cells), last(cells)],
        company: company(cells),
        title: position(cells),
        emails: [email(cells)],
        phones: [],
        tags: [],
        howWeMet: date ? `Connected on LinkedIn, ${date}` : 'Connected on LinkedIn',
        notes: profile ? `LinkedIn profile: ${profile}` : undefined,
      };
    },
  };
}

// Outlook -----------------------------------------------------------------------------

/** Numbers that reach the person, in order; faxes, pagers and the assistant's are left out. */
const OUTLOOK_PHONES = [
  'Primary Phone',
  'Mobile Phone',
  'Business Phone',
  'Business Phone 2',
  'Home Phone',
  'Home Phone 2',
  'Company Main Phone',
  'Other Phone',
  'Car Phone',
];
const OUTLOOK_EMAILS = ['E-mail Address', 'E-mail 2 Address', 'E-mail 3 Address'];
/** Outlook separates categories with ";" (older versions with ","). */
const OUTLOOK_CATEGORY_SEPARATOR = /[;,]/;

function outlook(header: string[], desktop: boolean): RecognisedCsv {
  const c = columns(header);
  const cells = (names: string[]) => names.filter(c.has).map(c.cell);
  const phones = cells(OUTLOOK_PHONES);
  const emails = cells(OUTLOOK_EMAILS);
  const [first, middle, last, suffix, company, title, birthday, notes, categories, referredBy] = [
    'First Name',
    'Middle Name',
    'Last Name',
    'Suffix',
    'Company',
    'Job Title',
    'Birthday',
    'Notes',
    'Categories',
    'Referred By',
  ].map(c.cell) as Cell[] as [Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell];
  const website = c.cell(c.has('Web Page') ? 'Web Page' : 'Personal Web Page');
  const address = [
    'Business Street',
    'Business City',
    'Business State',
    'Business Postal Code',
    'Business Country/Region',
  ].map(c.cell);
  return {
    format: desktop ? 'outlook-desktop' : 'outlook-web',
    label: desktop ? 'Outlook' : 'Outlook on the web',
    rules: { noun: 'row', companyOnlyIsPartner: true },
    toDraft: (row, line) => {
      const referrer = referredBy(row).trim();
      const [street, city, state, postal, country] = address.map((cell) => cell(row).trim());
      const place = [city, [state, postal].filter(Boolean).join(' ')].filter(Boolean).join(', ');
      return {
        line,
        nameParts: [first(row), middle(row), last(row), suffix(row)],
        company: company(row),
        title: title(row),
        emails: emails.map((cell) => cell(row)),
        phones: phones.map((cell) => cell(row)),
        tags: categories(row).split(OUTLOOK_CATEGORY_SEPARATOR),
        howWeMet: referrer ? `Referred by ${referrer}` : undefined,
        birthday: birthday(row),
        notes: notes(row),
        website: website(row),
        address: [street, place, country].filter(Boolean).join('\n'),
      };
    },
  };
}

// Detection ---------------------------------------------------------------------------

/** The export a header comes from, with its reader; undefined for any other CSV. */
export function recogniseCsv(header: string[]): RecognisedCsv | undefined {
  const names = new Set(header);
  const has = (...wanted: string[]) => wanted.every((name) => names.has(name));
  const groupLabels = header
    .filter((name) => GOOGLE_GROUP.test(name))
    .map((name) => name.split(' - ')[1]);

  const googleCurrent =
    groupLabels.includes('Label') || names.has('File As') || names.has('Organization Name');
  if (has('First Name', 'Last Name', 'Labels') && googleCurrent) return google(header, false);
  if (
    has('Given Name', 'Family Name') &&
    (names.has('Group Membership') || groupLabels.includes('Type'))
  ) {
    return google(header, true);
  }
  if (has('First Name', 'Last Name', 'Connected On')) return linkedin(header);
  if (has('First Name', 'Last Name', 'E-mail Address', 'Job Title')) {
    return outlook(header, names.has('E-mail Display Name') || names.has('Referred By'));
  }
  return undefined;
}
