/**
 * Turning what the owner typed into record values, for the add dialogs and in-place
 * editing alike. Messages are the ones the record schemas use, so a value refused here
 * and one refused by the data API read the same.
 */
import { birthdaySchema, type Birthday } from './records';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export const CADENCE_MESSAGE = 'Keep-in-touch cadence must be a whole number of days.';
export const YEAR_MESSAGE = 'Enter a year between 1900 and 2100, or leave it empty.';

/** Empty means "no cadence". Range (1–3650 days) is left to the record schema. */
export function parseCadence(text: string): Parsed<number | undefined> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  if (!/^\d+$/.test(trimmed)) return { ok: false, error: CADENCE_MESSAGE };
  return { ok: true, value: Number(trimmed) };
}

/** Trimmed text, or undefined when nothing is left (so the field is cleared, not ""). */
export function optionalText(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

export interface BirthdayParts {
  month: string;
  day: string;
  year: string;
}

export const EMPTY_BIRTHDAY: BirthdayParts = { month: '', day: '', year: '' };

export function birthdayParts(birthday: Birthday | undefined): BirthdayParts {
  if (!birthday) return EMPTY_BIRTHDAY;
  return {
    month: String(birthday.month),
    day: String(birthday.day),
    year: birthday.year === undefined ? '' : String(birthday.year),
  };
}

export function parseBirthday({ month, day, year }: BirthdayParts): Parsed<Birthday | undefined> {
  const yearText = year.trim();
  if (month === '' && day === '' && yearText === '') return { ok: true, value: undefined };
  if (month === '' && day === '')
    return { ok: false, error: 'Choose the month and day of the birthday too.' };
  if (month === '') return { ok: false, error: 'Choose the month of the birthday too.' };
  if (day === '') return { ok: false, error: 'Choose the day of the birthday too.' };
  if (yearText !== '' && !/^\d{4}$/.test(yearText)) return { ok: false, error: YEAR_MESSAGE };
  const result = birthdaySchema.safeParse({
    month: Number(month),
    day: Number(day),
    year: yearText === '' ? undefined : Number(yearText),
  });
  if (!result.success) return { ok: false, error: result.error.issues[0]!.message };
  return { ok: true, value: result.data };
}

/** "14 March" / "March 14, 1985", in the owner's language. */
export function formatBirthday(birthday: Birthday, locale: string): string {
  // 2000 is a leap year, so 29 February formats when no year is known.
  const date = new Date(birthday.year ?? 2000, birthday.month - 1, birthday.day);
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    day: 'numeric',
    ...(birthday.year === undefined ? {} : { year: 'numeric' }),
  }).format(date);
}

/** January … December in the owner's language, for a month picker. */
export function monthNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { month: 'long' });
  return Array.from({ length: 12 }, (_, month) => format.format(new Date(2000, month, 1)));
}

/**
 * The non-empty rows of a several-values field (emails, phones), trimmed, with the row each
 * came from: a message for `emails.1` belongs beside the row that value was typed in.
 */
export function filledRows(rows: readonly string[]): { values: string[]; rowOf: number[] } {
  const values: string[] = [];
  const rowOf: number[] = [];
  rows.forEach((row, index) => {
    const value = row.trim();
    if (value === '') return;
    values.push(value);
    rowOf.push(index);
  });
  return { values, rowOf };
}

/** Messages for `field.N` paths, keyed by the row the value came from. */
export function rowMessages(
  fields: Readonly<Record<string, string>>,
  field: string,
  rowOf: readonly number[],
): Record<number, string> {
  const messages: Record<number, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const match = new RegExp(`^${field}\\.(\\d+)$`).exec(path);
    if (!match) continue;
    const row = rowOf[Number(match[1])];
    if (row !== undefined) messages[row] = message;
  }
  return messages;
}

/** The first message for a field or anything inside it (`birthday`, `birthday.day`, …). */
export function messageFor(fields: Readonly<Record<string, string>>, field: string) {
  for (const [path, message] of Object.entries(fields)) {
    if (path === field || path.startsWith(`${field}.`)) return message;
  }
  return undefined;
}
