/**
 * Birthdays as contact exports write them, into Person.birthday {month, day, year?}.
 * Google writes `--MM-DD` when the year is unknown, Apple and some phones use the
 * placeholder years 1604 or 0000, Outlook writes `M/D/YYYY` (and `0/0/00` for none),
 * vCard allows `--MMDD` and `YYYYMMDD`.
 */
import type { Birthday } from '../records';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

// Compiled once: a 10,000-row file calls these for every row.
const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?:[t ].*)?$/; // lower-cased: 't' is ISO's T
const NO_YEAR = /^--(\d{2})-?(\d{2})$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{2}|\d{4})?)?$/;
const OUTLOOK_NONE = /^0+\/0+\/0+$/;
const DAY_MONTH_NAME = /^(\d{1,2})\.? ([a-z]+)\.?,? ?(\d{4})?$/;
const MONTH_NAME_DAY = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? ?(\d{4})?$/;

/** "Mar", "march", "Sept" → 3, 3, 9. */
function monthFromName(name: string): number | undefined {
  if (name.length < 3) return undefined;
  const index = MONTHS.findIndex((month) => month.startsWith(name));
  return index === -1 ? undefined : index + 1;
}

/** A two-digit year in a birthday is in the past: 85 → 1985, 07 → 2007. */
function fullYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.length === 4) return value;
  const thisYear = new Date().getFullYear() % 100;
  return value <= thisYear ? 2000 + value : 1900 + value;
}

function build(month: number, day: number, year: number | undefined): Birthday | null {
  if (month < 1 || month > 12 || day < 1) return null;
  // Placeholder years (0000, 1604, 1900 from some phones) and years out of the app's range
  // mean "year unknown": keep the month and day.
  const knownYear = year !== undefined && year > 1900 && year <= 2100 ? year : undefined;
  const daysInMonth = new Date(Date.UTC(knownYear ?? 2000, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return knownYear === undefined ? { month, day } : { month, day, year: knownYear };
}

/**
 * The birthday in `text`, `undefined` when there is none (empty, Outlook's `0/0/00`),
 * or `null` when the text is there but is not a date the app understands.
 */
export function parseBirthday(text: string): Birthday | undefined | null {
  const value = text.trim().toLowerCase();
  if (value === '' || OUTLOOK_NONE.test(value)) return undefined;
  let match = NO_YEAR.exec(value);
  if (match) return build(Number(match[1]), Number(match[2]), undefined);
  match = ISO.exec(value);
  if (match) return build(Number(match[2]), Number(match[3]), Number(match[1]));
  match = SLASHED.exec(value);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    // Month first, as US exports write it — unless that cannot be a month (25/12/1980).
    const dayFirst = first > 12 && second <= 12;
    return build(dayFirst ? second : first, dayFirst ? first : second, fullYear(match[3]));
  }
  match = DOTTED.exec(value);
  if (match) return build(Number(match[2]), Number(match[1]), fullYear(match[3]));
  match = DAY_MONTH_NAME.exec(value);
  if (match) {
    const month = monthFromName(match[2] ?? '');
    return month ? build(month, Number(match[1]), fullYear(match[3])) : null;
  }
  match = MONTH_NAME_DAY.exec(value);
  if (match) {
    const month = monthFromName(match[1] ?? '');
    return month ? build(month, Number(match[2]), fullYear(match[3])) : null;
  }
  return null;
}
