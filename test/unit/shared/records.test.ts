import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  birthdaySchema,
  interactionInput,
  partnerInput,
  personInput,
  referralInput,
  reminderInput,
} from '../../../shared/records';

describe('defaults', () => {
  it.each([
    {
      schema: 'personInput',
      parse: () => personInput.parse({ name: '  Amélie Dupont  ' }),
      expected: {
        name: 'Amélie Dupont',
        emails: [],
        phones: [],
        relationship: 'other',
        tags: [],
      },
    },
    {
      schema: 'partnerInput',
      parse: () => partnerInput.parse({ name: 'Acme' }),
      expected: { name: 'Acme', status: 'prospect', tags: [] },
    },
    {
      schema: 'interactionInput',
      parse: () => interactionInput.parse({ date: '2026-03-14', summary: ' Coffee ' }),
      expected: {
        kind: 'handshake',
        date: '2026-03-14',
        summary: 'Coffee',
        personIds: [],
        partnerIds: [],
      },
    },
    {
      schema: 'referralInput',
      parse: () => referralInput.parse({ direction: 'given', date: '2026-03-14' }),
      expected: { direction: 'given', date: '2026-03-14', warmth: 'introduction', status: 'new' },
    },
    {
      schema: 'reminderInput',
      parse: () => reminderInput.parse({ reason: 'custom', dueDate: '2026-03-14' }),
      expected: { reason: 'custom', dueDate: '2026-03-14' },
    },
  ])('$schema fills in exactly its defaults', ({ parse, expected }) => {
    expect(parse()).toEqual(expected);
  });

  it('keeps values given instead of the defaults, trimmed', () => {
    expect(
      personInput.parse({
        name: 'Bo',
        emails: [' bo@example.com '],
        phones: [' +1 555 0100 '],
        relationship: 'client',
        tags: [' vip '],
        cadenceDays: 30,
        birthday: { month: 2, day: 29 },
      }),
    ).toEqual({
      name: 'Bo',
      emails: ['bo@example.com'],
      phones: ['+1 555 0100'],
      relationship: 'client',
      tags: ['vip'],
      cadenceDays: 30,
      birthday: { month: 2, day: 29 },
    });
  });

  it('keeps a tag once, however it is spelt again (the first spelling wins)', () => {
    const tags = ['VIP', 'vip', 'À', 'Á', 'golf  club', 'Golf club', 'Café', 'cafe'];
    expect(personInput.parse({ name: 'Bo', tags }).tags).toEqual(['VIP', 'À', 'golf club', 'Café']);
    expect(partnerInput.parse({ name: 'Acme', tags }).tags).toEqual([
      'VIP',
      'À',
      'golf club',
      'Café',
    ]);
  });

  it('strips keys that are not part of the input', () => {
    expect(
      personInput.parse({ name: 'Bo', id: 'x', createdAt: 1, lastTouch: '2026-01-01' }),
    ).toEqual(personInput.parse({ name: 'Bo' }));
  });
});

function issues(schema: z.ZodType, value: unknown): Record<string, string> {
  const result = schema.safeParse(value);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('messages', () => {
  const person = { name: 'Bo' };
  const interaction = { date: '2026-03-14', summary: 'Coffee' };
  const referral = { direction: 'received', date: '2026-03-14' };
  const reminder = { reason: 'thank', dueDate: '2026-03-14' };

  it.each<{ what: string; schema: z.ZodType; value: unknown; path: string; message: string }>([
    { what: 'no name', schema: personInput, value: {}, path: 'name', message: 'Enter a name.' },
    {
      what: 'blank name',
      schema: personInput,
      value: { name: ' \t ' },
      path: 'name',
      message: 'Enter a name.',
    },
    {
      what: 'name not text',
      schema: personInput,
      value: { name: 42 },
      path: 'name',
      message: 'Enter a name.',
    },
    {
      what: 'a 201-character name',
      schema: partnerInput,
      value: { name: 'x'.repeat(201) },
      path: 'name',
      message: 'A name can be at most 200 characters.',
    },
    {
      what: 'a bad email',
      schema: personInput,
      value: { ...person, emails: ['bo@'] },
      path: 'emails.0',
      message: 'Enter an email address like name@example.com.',
    },
    {
      what: 'emails not a list',
      schema: personInput,
      value: { ...person, emails: 'bo@example.com' },
      path: 'emails',
      message: 'Email addresses must be a list.',
    },
    {
      what: 'a phone of 41 characters',
      schema: personInput,
      value: { ...person, phones: ['1'.repeat(41)] },
      path: 'phones.0',
      message: 'A phone number can be at most 40 characters.',
    },
    {
      what: 'an empty tag',
      schema: personInput,
      value: { ...person, tags: ['  '] },
      path: 'tags.0',
      message: 'A tag cannot be empty.',
    },
    {
      what: 'a 61-character tag',
      schema: partnerInput,
      value: { name: 'Acme', tags: ['t'.repeat(61)] },
      path: 'tags.0',
      message: 'A tag can be at most 60 characters.',
    },
    {
      what: 'an unknown relationship',
      schema: personInput,
      value: { ...person, relationship: 'Client' },
      path: 'relationship',
      message: 'Choose a relationship from the list.',
    },
    {
      what: 'cadence 3651',
      schema: personInput,
      value: { ...person, cadenceDays: 3651 },
      path: 'cadenceDays',
      message: 'Keep-in-touch cadence can be at most 3650 days.',
    },
    {
      what: 'cadence NaN',
      schema: partnerInput,
      value: { name: 'Acme', cadenceDays: Number.NaN },
      path: 'cadenceDays',
      message: 'Keep-in-touch cadence must be a whole number of days.',
    },
    {
      what: 'birthday 30 Feb',
      schema: personInput,
      value: { ...person, birthday: { month: 2, day: 30 } },
      path: 'birthday',
      message: 'That day does not exist in that month.',
    },
    {
      what: 'birthday day 0',
      schema: personInput,
      value: { ...person, birthday: { month: 1, day: 0 } },
      path: 'birthday.day',
      message: 'Choose a day from 1 to 31.',
    },
    {
      what: 'birthday year 1899',
      schema: personInput,
      value: { ...person, birthday: { month: 1, day: 1, year: 1899 } },
      path: 'birthday.year',
      message: 'Enter a year between 1900 and 2100, or leave it empty.',
    },
    {
      what: 'birthday as a string',
      schema: personInput,
      value: { ...person, birthday: '1990-01-01' },
      path: 'birthday',
      message: 'Enter a birthday as a month and a day.',
    },
    {
      what: 'notes over 20000',
      schema: personInput,
      value: { ...person, notes: 'n'.repeat(20001) },
      path: 'notes',
      message: 'Notes can be at most 20000 characters.',
    },
    {
      what: 'partner status',
      schema: partnerInput,
      value: { name: 'Acme', status: 'Active' },
      path: 'status',
      message: 'Choose a status from the list.',
    },
    {
      what: 'no summary',
      schema: interactionInput,
      value: { date: '2026-03-14' },
      path: 'summary',
      message: 'Write a one-line summary.',
    },
    {
      what: 'no date',
      schema: interactionInput,
      value: { summary: 'Coffee' },
      path: 'date',
      message: 'Enter a real date (year-month-day).',
    },
    {
      what: 'a date as a Date',
      schema: interactionInput,
      value: { ...interaction, date: new Date(2026, 2, 14) },
      path: 'date',
      message: 'Enter a real date (year-month-day).',
    },
    {
      what: 'an unknown kind',
      schema: interactionInput,
      value: { ...interaction, kind: 'lunch' },
      path: 'kind',
      message: 'Choose what kind of contact it was from the list.',
    },
    {
      what: 'cost as text',
      schema: interactionInput,
      value: { ...interaction, cost: '12.50' },
      path: 'cost',
      message: 'Enter an amount as a number.',
    },
    {
      what: 'an empty person id',
      schema: interactionInput,
      value: { ...interaction, personIds: [''] },
      path: 'personIds.0',
      message: 'A linked record is missing.',
    },
    {
      what: 'no direction',
      schema: referralInput,
      value: { date: '2026-03-14' },
      path: 'direction',
      message: 'Choose whether the referral was received or given.',
    },
    {
      what: 'an unknown warmth',
      schema: referralInput,
      value: { ...referral, warmth: 'hot' },
      path: 'warmth',
      message: 'Choose an introduction or a name only.',
    },
    {
      what: 'an unknown referral status',
      schema: referralInput,
      value: { ...referral, status: 'closed' },
      path: 'status',
      message: 'Choose a status from the list.',
    },
    {
      what: 'a negative value',
      schema: referralInput,
      value: { ...referral, value: -1 },
      path: 'value',
      message: 'An amount cannot be negative.',
    },
    {
      what: 'value in fractional cents',
      schema: referralInput,
      value: { ...referral, value: 0.5 },
      path: 'value',
      message: 'An amount is stored in whole cents.',
    },
    {
      what: 'no reason',
      schema: reminderInput,
      value: { dueDate: '2026-03-14' },
      path: 'reason',
      message: 'Choose a reason from the list.',
    },
    {
      what: 'snoozed until 2026-02-29',
      schema: reminderInput,
      value: { ...reminder, snoozedUntil: '2026-02-29' },
      path: 'snoozedUntil',
      message: 'Enter a real date (year-month-day).',
    },
  ])('$what → $path: $message', ({ schema, value, path, message }) => {
    expect(issues(schema, value)).toEqual({ [path]: message });
  });

  it.each([
    { month: 2, day: 29 },
    { month: 2, day: 29, year: 2024 },
    { month: 2, day: 29, year: 2000 },
    { month: 4, day: 30 },
    { month: 12, day: 31, year: 2100 },
  ])('accepts the birthday %o', (birthday) => {
    expect(birthdaySchema.safeParse(birthday).success).toBe(true);
  });

  it.each([
    { month: 2, day: 29, year: 2025 },
    { month: 2, day: 29, year: 1900 },
    { month: 2, day: 30 },
    { month: 6, day: 31 },
  ])('refuses the birthday %o', (birthday) => {
    expect(issues(birthdaySchema, birthday)).toEqual({
      '': 'That day does not exist in that month.',
    });
  });
});

describe('every message is a sentence the owner can read', () => {
  const schemas: { name: string; schema: z.ZodObject; valid: Record<string, unknown> }[] = [
    { name: 'personInput', schema: personInput, valid: { name: 'Bo' } },
    { name: 'partnerInput', schema: partnerInput, valid: { name: 'Acme' } },
    {
      name: 'interactionInput',
      schema: interactionInput,
      valid: { date: '2026-03-14', summary: 'Coffee' },
    },
    {
      name: 'referralInput',
      schema: referralInput,
      valid: { direction: 'given', date: '2026-03-14' },
    },
    {
      name: 'reminderInput',
      schema: reminderInput,
      valid: { reason: 'gift', dueDate: '2026-03-14' },
    },
  ];

  it.each(schemas)('$name, whatever is put in any field', ({ schema, valid }) => {
    const keys = Object.keys(schema.shape);
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.oneof(
          fc.anything(),
          fc.array(fc.anything(), { maxLength: 3 }),
          fc.record({ month: fc.anything(), day: fc.anything(), year: fc.anything() }),
        ),
        (key, value) => {
          const result = schema.safeParse({ ...valid, [key]: value });
          for (const issue of result.error?.issues ?? []) {
            expect(issue.message, `${key}: ${JSON.stringify(value)}`).toMatch(/^[A-Z].*\.$/s);
            // zod's own defaults start like this.
            expect(issue.message).not.toMatch(/^(Invalid|Too (big|small))/);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
