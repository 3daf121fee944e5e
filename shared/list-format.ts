/**
 * How the lists word their counts and dates. Pure, locale passed in, so the same text
 * shows in the app and is checked by unit tests.
 */
import { isValidLocalDate, parseLocalDate } from './dates';

/** What a list shows when a cell has nothing (and for columns later issues fill). */
export const NO_VALUE = '—';

export interface Noun {
  one: string;
  many: string;
}

/** "1 person", "1,204 people"; "3 of 1,204 people" while a filter narrows the list. */
export function countLabel(matching: number, total: number, noun: Noun, locale?: string): string {
  const number = new Intl.NumberFormat(locale);
  const word = (matching === total ? matching : total) === 1 ? noun.one : noun.many;
  if (matching === total) return `${number.format(total)} ${word}`;
  return `${number.format(matching)} of ${number.format(total)} ${word}`;
}

/** Formats calendar days and timestamps as short local dates ("3 Nov 2025", "Nov 3, 2025"). */
export function dayFormatter(locale?: string) {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return {
    /** A stored yyyy-MM-dd date; "—" when absent. */
    localDate(value: string | undefined): string {
      return value && isValidLocalDate(value) ? format.format(parseLocalDate(value)) : NO_VALUE;
    },
    /** An epoch-milliseconds timestamp (createdAt), in the computer's time zone. */
    timestamp(value: number | undefined): string {
      return value === undefined || !Number.isFinite(value)
        ? NO_VALUE
        : format.format(new Date(value));
    },
  };
}

/** A stored choice as a label: "partner contact" → "Partner contact". */
export function sentenceCase(value: string): string {
  return value.charAt(0).toLocaleUpperCase('en') + value.slice(1);
}
