import { describe, expect, it } from 'vitest';
import {
  CADENCE_MESSAGE,
  YEAR_MESSAGE,
  birthdayParts,
  filledRows,
  formatBirthday,
  messageFor,
  monthNames,
  optionalText,
  parseBirthday,
  parseCadence,
  rowMessages,
} from '../../../shared/record-form';

describe('parseCadence', () => {
  it.each([
    ['', { ok: true, value: undefined }],
    ['   ', { ok: true, value: undefined }],
    ['30', { ok: true, value: 30 }],
    [' 7 ', { ok: true, value: 7 }],
    // Range is the schema's to judge, with its own message.
    ['0', { ok: true, value: 0 }],
    ['1.5', { ok: false, error: CADENCE_MESSAGE }],
    ['-3', { ok: false, error: CADENCE_MESSAGE }],
    ['30 days', { ok: false, error: CADENCE_MESSAGE }],
    ['1e3', { ok: false, error: CADENCE_MESSAGE }],
  ])('%j → %j', (text, expected) => {
    expect(parseCadence(text)).toEqual(expected);
  });
});

describe('optionalText', () => {
  it.each([
    ['  Acme ', 'Acme'],
    ['', undefined],
    [' \n ', undefined],
  ])('%j → %j', (text, expected) => expect(optionalText(text)).toBe(expected));
});

describe('parseBirthday', () => {
  it.each([
    [
      { month: '', day: '', year: '' },
      { ok: true, value: undefined },
    ],
    [
      { month: '3', day: '14', year: '' },
      { ok: true, value: { month: 3, day: 14 } },
    ],
    [
      { month: '3', day: '14', year: ' 1985 ' },
      { ok: true, value: { month: 3, day: 14, year: 1985 } },
    ],
    // 29 February exists without a year and in leap years only.
    [
      { month: '2', day: '29', year: '' },
      { ok: true, value: { month: 2, day: 29 } },
    ],
    [
      { month: '2', day: '29', year: '2024' },
      { ok: true, value: { month: 2, day: 29, year: 2024 } },
    ],
    [
      { month: '2', day: '29', year: '2023' },
      { ok: false, error: 'That day does not exist in that month.' },
    ],
    [
      { month: '4', day: '31', year: '' },
      { ok: false, error: 'That day does not exist in that month.' },
    ],
    [
      { month: '3', day: '', year: '' },
      { ok: false, error: 'Choose the day of the birthday too.' },
    ],
    [
      { month: '', day: '3', year: '' },
      { ok: false, error: 'Choose the month of the birthday too.' },
    ],
    [
      { month: '', day: '', year: '1985' },
      { ok: false, error: 'Choose the month and day of the birthday too.' },
    ],
    [
      { month: '3', day: '14', year: '85' },
      { ok: false, error: YEAR_MESSAGE },
    ],
    [
      { month: '3', day: '14', year: '1850' },
      { ok: false, error: YEAR_MESSAGE },
    ],
  ])('%j → %j', (parts, expected) => {
    expect(parseBirthday(parts)).toEqual(expected);
  });

  it('round-trips through birthdayParts', () => {
    const birthday = { month: 12, day: 31, year: 1999 };
    expect(parseBirthday(birthdayParts(birthday))).toEqual({ ok: true, value: birthday });
    expect(birthdayParts(undefined)).toEqual({ month: '', day: '', year: '' });
  });
});

describe('formatBirthday and monthNames', () => {
  it('formats with and without a year', () => {
    expect(formatBirthday({ month: 3, day: 14 }, 'en-US')).toBe('March 14');
    expect(formatBirthday({ month: 3, day: 14, year: 1985 }, 'en-US')).toBe('March 14, 1985');
    expect(formatBirthday({ month: 2, day: 29 }, 'en-GB')).toBe('29 February');
  });

  it('names the months in the owner’s language', () => {
    expect(monthNames('en-US')).toHaveLength(12);
    expect(monthNames('en-US')[0]).toBe('January');
    expect(monthNames('fr-FR')[7]).toBe('août');
  });
});

describe('filledRows and rowMessages', () => {
  it('keeps the row each value came from', () => {
    expect(filledRows(['a@x.com', '  ', ' b@x.com '])).toEqual({
      values: ['a@x.com', 'b@x.com'],
      rowOf: [0, 2],
    });
  });

  it('puts a message for the second value beside the row it was typed in', () => {
    const { rowOf } = filledRows(['a@x.com', '', 'nope']);
    expect(rowMessages({ 'emails.1': 'Bad', name: 'Enter a name.' }, 'emails', rowOf)).toEqual({
      2: 'Bad',
    });
  });

  it('finds a message for a field or anything inside it', () => {
    expect(messageFor({ 'birthday.day': 'Day!' }, 'birthday')).toBe('Day!');
    expect(messageFor({ birthdayX: 'no' }, 'birthday')).toBeUndefined();
  });
});
