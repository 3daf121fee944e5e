/**
 * People and partners as CSV that opens cleanly in Excel, LibreOffice and Google Sheets
 * (ARCHITECTURE.md → Data safety, SECURITY.md): a header row, every field, every cell quoted, CRLF
 * between rows, and a UTF-8 byte order mark so Excel reads accents instead of guessing
 * the owner's legacy code page.
 *
 * Pure: the caller passes the locale and currency, and turns the text into bytes.
 */
import { toLocalDateString } from '../dates';
import { NO_RECIPROCITY, type Reciprocity } from '../reciprocity';
import type { Birthday, Partner, PartnerStatus, Person, Relationship } from '../records';

/** Excel needs it to read the file as UTF-8; Sheets and LibreOffice ignore it. */
export const UTF8_BOM = '\uFEFF';

/** Multi-value fields (emails, phones, tags) in one cell. */
export const MULTI_VALUE_SEPARATOR = '; ';

/**
 * A cell beginning with one of these is run as a formula (or, for tab/CR/LF/NUL, can be
 * made to start one after trimming) by spreadsheet apps: OWASP's CSV injection list.
 */
const FORMULA_START = /^[=+\-@\t\r\n\0]/;

/**
 * The first character after any leading blank space, which spreadsheet apps may trim on
 * import. It is compared in its NFKC form, since some apps also read the full-width and
 * small forms (`＝ ＋ － ＠`, `﹦ ﹢ ﹣ ﹫`) as the ASCII characters they stand for.
 */
const FIRST_AFTER_SPACE = /^\s*(.)/su;

/** The text a cell holds once neutralised: a leading `'` makes the app read it as text. */
export function neutraliseCell(value: string): string {
  if (value === '') return value;
  if (FORMULA_START.test(value)) return `'${value}`;
  const first = FIRST_AFTER_SPACE.exec(value)?.[1];
  return first !== undefined && FORMULA_START.test(first.normalize('NFKC')) ? `'${value}` : value;
}

function quoted(value: string): string {
  return `"${neutraliseCell(value).replace(/"/g, '""')}"`;
}

/**
 * The whole file: BOM, header, rows. Built in one pass with plain loops, since exporting
 * 2,000 partners must take well under 300 ms (README.md → Performance).
 */
export function csvDocument(
  header: readonly string[],
  rows: Iterable<readonly (string | undefined)[]>,
): string {
  let text = UTF8_BOM + header.map(quoted).join(',') + '\r\n';
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < row.length; i++) {
      if (i > 0) line += ',';
      line += quoted(row[i] ?? '');
    }
    text += line + '\r\n';
  }
  return text;
}

interface Column<Row> {
  header: string;
  cell: (row: Row) => string | undefined;
}

function table<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  return csvDocument(
    columns.map((column) => column.header),
    rows.map((row) => columns.map((column) => column.cell(row))),
  );
}

// Shared wording --------------------------------------------------------------------------

const RELATIONSHIP_LABELS: Record<Relationship, string> = {
  client: 'Client',
  prospect: 'Prospect',
  'partner contact': 'Partner contact',
  friend: 'Friend',
  other: 'Other',
};

const STATUS_LABELS: Record<PartnerStatus, string> = {
  prospect: 'Prospect',
  talking: 'Talking',
  active: 'Active',
  paused: 'Paused',
};

const joined = (values: readonly string[]) => values.join(MULTI_VALUE_SEPARATOR);
const days = (value: number | undefined) => (value === undefined ? '' : String(value));

/**
 * Calendar dates stay yyyy-MM-dd: every spreadsheet app reads that as a date whatever its
 * language, where "3 Nov 2025" is text outside English. Timestamps become the local day.
 */
const day = (timestamp: number) => toLocalDateString(new Date(timestamp));

/**
 * A birthday as the owner says it ("March 14", "14 March 1980"): a month-day without a
 * year has no date form a spreadsheet understands, so it is written out in words.
 */
export function birthdayFormatter(locale: string | undefined): (birthday: Birthday) => string {
  const withYear = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const withoutYear = new Intl.DateTimeFormat(locale, {
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return ({ month, day, year }) =>
    year === undefined
      ? // 2000 is a leap year, so 29 February has a date to format.
        withoutYear.format(Date.UTC(2000, month - 1, day))
      : withYear.format(Date.UTC(year, month - 1, day));
}

// People ----------------------------------------------------------------------------------

export interface PeopleCsvOptions {
  locale?: string | undefined;
  /** Partner names by id, for the Partner column; a partner not listed leaves it empty. */
  partnerNames: ReadonlyMap<string, string>;
}

export const PEOPLE_CSV_HEADER = [
  'Name',
  'Company',
  'Title',
  'Emails',
  'Phones',
  'Relationship',
  'Partner',
  'Tags',
  'How we met',
  'Birthday',
  'Keep-in-touch cadence (days)',
  'Notes',
  'Last touch',
  'Added',
] as const;

export function peopleToCsv(people: readonly Person[], options: PeopleCsvOptions): string {
  const birthday = birthdayFormatter(options.locale);
  const cells: Record<(typeof PEOPLE_CSV_HEADER)[number], (person: Person) => string | undefined> =
    {
      Name: (p) => p.name,
      Company: (p) => p.company,
      Title: (p) => p.title,
      Emails: (p) => joined(p.emails),
      Phones: (p) => joined(p.phones),
      Relationship: (p) => RELATIONSHIP_LABELS[p.relationship],
      Partner: (p) => (p.partnerId ? options.partnerNames.get(p.partnerId) : undefined),
      Tags: (p) => joined(p.tags),
      'How we met': (p) => p.howWeMet,
      Birthday: (p) => (p.birthday ? birthday(p.birthday) : undefined),
      'Keep-in-touch cadence (days)': (p) => days(p.cadenceDays),
      Notes: (p) => p.notes,
      'Last touch': (p) => p.lastTouch,
      Added: (p) => day(p.createdAt),
    };
  return table(
    PEOPLE_CSV_HEADER.map((header) => ({ header, cell: cells[header] })),
    people,
  );
}

// Partners --------------------------------------------------------------------------------

/**
 * formatMoney (shared/money.ts) with its Intl formatter made once: creating one per cell
 * made 2,000 partners take most of the export's time budget.
 */
function moneyFormatter(locale: string | undefined, currency: string) {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const scale = 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2);
  return (minor: number) => format.format(minor / scale);
}

export interface PartnersCsvOptions {
  locale?: string | undefined;
  /** The currency chosen in Settings, for the won values. */
  currency: string;
  /** Referrals both ways per partner id; a partner not listed has none. */
  reciprocity: ReadonlyMap<string, Reciprocity>;
}

export const PARTNERS_CSV_HEADER = [
  'Name',
  'Category',
  'Status',
  'Website',
  'Email',
  'Phone',
  'Address',
  'Why we recommend them',
  "What's in it for them",
  'Tags',
  'Keep-in-touch cadence (days)',
  'Notes',
  'Last touch',
  'Referrals given',
  'Referrals received',
  'Won value given',
  'Won value received',
  'Added',
] as const;

export function partnersToCsv(partners: readonly Partner[], options: PartnersCsvOptions): string {
  const { locale, currency } = options;
  const money = moneyFormatter(locale, currency);
  const both = (p: Partner) => options.reciprocity.get(p.id) ?? NO_RECIPROCITY;
  const cells: Record<
    (typeof PARTNERS_CSV_HEADER)[number],
    (partner: Partner) => string | undefined
  > = {
    Name: (p) => p.name,
    Category: (p) => p.category,
    Status: (p) => STATUS_LABELS[p.status],
    Website: (p) => p.website,
    Email: (p) => p.email,
    Phone: (p) => p.phone,
    Address: (p) => p.address,
    'Why we recommend them': (p) => p.recommendation,
    "What's in it for them": (p) => p.whatsInItForThem,
    Tags: (p) => joined(p.tags),
    'Keep-in-touch cadence (days)': (p) => days(p.cadenceDays),
    Notes: (p) => p.notes,
    'Last touch': (p) => p.lastTouch,
    'Referrals given': (p) => String(both(p).given),
    'Referrals received': (p) => String(both(p).received),
    'Won value given': (p) => money(both(p).givenWonValue),
    'Won value received': (p) => money(both(p).receivedWonValue),
    Added: (p) => day(p.createdAt),
  };
  return table(
    PARTNERS_CSV_HEADER.map((header) => ({ header, cell: cells[header] })),
    partners,
  );
}
