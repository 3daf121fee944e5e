/**
 * The records Handshake keeps, as zod schemas and the types inferred from
 * them. Every boundary — forms, imports, restores, the data API — validates with these,
 * so a record in the database always has this shape.
 *
 * Each schema describes what the owner can write (the "input"); the data API adds the
 * bookkeeping fields (`id`, `createdAt`, `updatedAt`, `deletedAt`).
 */
import { z } from 'zod';
import { isValidLocalDate } from './dates';
import { isEmailAddress } from './email';
import { addTag } from './tag-list';

// Helpers -----------------------------------------------------------------------------
// Every rule that input from a form or an import can break carries its own sentence: zod's
// defaults ("Invalid option: expected one of …") would reach the owner via ValidationError.

const trimmed = (max: number, label: string) =>
  z
    .string({ message: `${label} must be text.` })
    .trim()
    .max(max, { message: `${label} can be at most ${max} characters.` });

const optionalText = (max: number, label: string) => trimmed(max, label).optional();

const requiredName = z
  .string({ message: 'Enter a name.' })
  .trim()
  .min(1, { message: 'Enter a name.' })
  .max(200, { message: 'A name can be at most 200 characters.' });

const LINK_MESSAGE = 'A linked record is missing.';
const LINKS_MESSAGE = 'Linked records must be a list.';
const id = z.string({ message: LINK_MESSAGE }).min(1, { message: LINK_MESSAGE });

export const localDate = z
  .string({ message: 'Enter a real date (year-month-day).' })
  .refine(isValidLocalDate, { message: 'Enter a real date (year-month-day).' });

const tags = z
  .array(trimmed(60, 'A tag').min(1, { message: 'A tag cannot be empty.' }), {
    message: 'Tags must be a list.',
  })
  .max(100, { message: 'A record can have at most 100 tags.' })
  // "VIP" and "vip", or "Café" and "Cafe", are one tag (tag-list.ts): whatever path a
  // record comes in by, it never carries the same tag twice.
  .transform((list) => list.reduce<string[]>(addTag, []));

const cadenceDays = z
  .number({ message: 'Keep-in-touch cadence must be a whole number of days.' })
  .int({ message: 'Keep-in-touch cadence must be a whole number of days.' })
  .min(1, { message: 'Keep-in-touch cadence must be at least 1 day.' })
  .max(3650, { message: 'Keep-in-touch cadence can be at most 3650 days.' });

/** Money in minor units (cents) of the currency chosen in Settings. */
const money = z
  .number({ message: 'Enter an amount as a number.' })
  .int({ message: 'An amount is stored in whole cents.' })
  .min(0, { message: 'An amount cannot be negative.' });

const EMAIL_MESSAGE = 'Enter an email address like name@example.com.';
// Internationalised addresses (chloé@exämple.fr) are addresses too: see shared/email.ts.
const email = z
  .string({ message: EMAIL_MESSAGE })
  .trim()
  .refine(isEmailAddress, { message: EMAIL_MESSAGE });
const phone = z
  .string({ message: 'Enter a phone number.' })
  .trim()
  .min(1, { message: 'Enter a phone number.' })
  .max(40, { message: 'A phone number can be at most 40 characters.' })
  .refine((value) => /\d/.test(value), { message: 'A phone number needs at least one digit.' });

/** Bookkeeping every stored record carries. */
export const recordMeta = z.object({
  id,
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  deletedAt: z.number().int().optional(),
});
export type RecordMeta = z.infer<typeof recordMeta>;

// Person ------------------------------------------------------------------------------

export const RELATIONSHIPS = ['client', 'prospect', 'partner contact', 'friend', 'other'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

const MONTH_MESSAGE = 'Choose a month from 1 to 12.';
const DAY_MESSAGE = 'Choose a day from 1 to 31.';
const YEAR_MESSAGE = 'Enter a year between 1900 and 2100, or leave it empty.';

export const birthdaySchema = z
  .object(
    {
      month: z
        .number({ message: MONTH_MESSAGE })
        .int({ message: MONTH_MESSAGE })
        .min(1, { message: MONTH_MESSAGE })
        .max(12, { message: MONTH_MESSAGE }),
      day: z
        .number({ message: DAY_MESSAGE })
        .int({ message: DAY_MESSAGE })
        .min(1, { message: DAY_MESSAGE })
        .max(31, { message: DAY_MESSAGE }),
      year: z
        .number({ message: YEAR_MESSAGE })
        .int({ message: YEAR_MESSAGE })
        .min(1900, { message: YEAR_MESSAGE })
        .max(2100, { message: YEAR_MESSAGE })
        .optional(),
    },
    { message: 'Enter a birthday as a month and a day.' },
  )
  .refine(
    ({ month, day, year }) => day <= new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate(),
    { message: 'That day does not exist in that month.' },
  );
export type Birthday = z.infer<typeof birthdaySchema>;

export const personInput = z.object({
  name: requiredName,
  company: optionalText(200, 'Company'),
  title: optionalText(200, 'Title'),
  emails: z
    .array(email, { message: 'Email addresses must be a list.' })
    .max(20, { message: 'A person can have at most 20 email addresses.' })
    .default([]),
  phones: z
    .array(phone, { message: 'Phone numbers must be a list.' })
    .max(20, { message: 'A person can have at most 20 phone numbers.' })
    .default([]),
  relationship: z
    .enum(RELATIONSHIPS, { message: 'Choose a relationship from the list.' })
    .default('other'),
  partnerId: id.optional(),
  tags: tags.default([]),
  howWeMet: optionalText(2000, 'How we met'),
  birthday: birthdaySchema.optional(),
  cadenceDays: cadenceDays.optional(),
  notes: optionalText(20000, 'Notes'),
});
export type PersonInput = z.input<typeof personInput>;
export const personRecord = personInput.extend(recordMeta.shape).extend({
  /** Date of the most recent interaction, kept in the same transaction as interactions. */
  lastTouch: localDate.optional(),
  /** When the next touch is due by their own cadence; set on every write (shared/cadence.ts). */
  keepInTouchDue: localDate.optional(),
});
export type Person = z.infer<typeof personRecord>;

// Partner -----------------------------------------------------------------------------

export const PARTNER_STATUSES = ['prospect', 'talking', 'active', 'paused'] as const;
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];

export const partnerInput = z.object({
  name: requiredName,
  category: optionalText(100, 'Category'),
  status: z
    .enum(PARTNER_STATUSES, { message: 'Choose a status from the list.' })
    .default('prospect'),
  website: optionalText(500, 'Website'),
  email: email.optional(),
  phone: phone.optional(),
  address: optionalText(1000, 'Address'),
  whatsInItForThem: optionalText(2000, "What's in it for them"),
  /** One line for the partner directory handed to clients. */
  recommendation: optionalText(500, 'Why we recommend them'),
  tags: tags.default([]),
  cadenceDays: cadenceDays.optional(),
  notes: optionalText(20000, 'Notes'),
});
export type PartnerInput = z.input<typeof partnerInput>;
export const partnerRecord = partnerInput.extend(recordMeta.shape).extend({
  lastTouch: localDate.optional(),
});
export type Partner = z.infer<typeof partnerRecord>;

// Interaction -------------------------------------------------------------------------

export const INTERACTION_KINDS = [
  'handshake',
  'call',
  'video',
  'email',
  'event',
  'note',
  'thank-you',
  'gift',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const interactionInput = z.object({
  kind: z
    .enum(INTERACTION_KINDS, { message: 'Choose what kind of contact it was from the list.' })
    .default('handshake'),
  date: localDate,
  personIds: z.array(id, { message: LINKS_MESSAGE }).default([]),
  partnerIds: z.array(id, { message: LINKS_MESSAGE }).default([]),
  summary: z
    .string({ message: 'Write a one-line summary.' })
    .trim()
    .min(1, { message: 'Write a one-line summary.' })
    .max(200, { message: 'A summary can be at most 200 characters.' }),
  notes: optionalText(20000, 'Notes'),
  followUpDate: localDate.optional(),
  referralId: id.optional(),
  cost: money.optional(),
});
export type InteractionInput = z.input<typeof interactionInput>;
export const interactionRecord = interactionInput.extend(recordMeta.shape).extend({
  /** The follow-up date while it is still open; see shared/attention/open-causes.ts. */
  openFollowUp: localDate.optional(),
});
export type Interaction = z.infer<typeof interactionRecord>;

// Referral ----------------------------------------------------------------------------

export const REFERRAL_DIRECTIONS = ['received', 'given'] as const;
export const REFERRAL_WARMTH = ['introduction', 'name only'] as const;
export const REFERRAL_STATUSES = ['new', 'contacted', 'met', 'won', 'lost'] as const;
export type ReferralDirection = (typeof REFERRAL_DIRECTIONS)[number];
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const referralInput = z.object({
  direction: z.enum(REFERRAL_DIRECTIONS, {
    message: 'Choose whether the referral was received or given.',
  }),
  date: localDate,
  referrerPersonId: id.optional(),
  referrerPartnerId: id.optional(),
  introducedPersonId: id.optional(),
  partnerId: id.optional(),
  warmth: z
    .enum(REFERRAL_WARMTH, { message: 'Choose an introduction or a name only.' })
    .default('introduction'),
  status: z.enum(REFERRAL_STATUSES, { message: 'Choose a status from the list.' }).default('new'),
  closedDate: localDate.optional(),
  value: money.optional(),
  notes: optionalText(20000, 'Notes'),
});
export type ReferralInput = z.input<typeof referralInput>;
export const referralRecord = referralInput.extend(recordMeta.shape).extend({
  /** 1 while it waits for a thank-you or gift; see shared/attention/open-causes.ts. */
  awaitingThanks: z.literal(1).optional(),
});
export type Referral = z.infer<typeof referralRecord>;

// Reminder ----------------------------------------------------------------------------

export const REMINDER_REASONS = [
  'thank',
  'gift',
  'follow-up',
  'keep-in-touch',
  'birthday',
  'custom',
] as const;
export type ReminderReason = (typeof REMINDER_REASONS)[number];

export const reminderInput = z.object({
  reason: z.enum(REMINDER_REASONS, { message: 'Choose a reason from the list.' }),
  personId: id.optional(),
  partnerId: id.optional(),
  dueDate: localDate,
  note: optionalText(2000, 'Note'),
  doneDate: localDate.optional(),
  dismissedDate: localDate.optional(),
  snoozedUntil: localDate.optional(),
  /** For a decision about a suggested item: that item's stable key. */
  itemKey: z
    .string({ message: 'A suggestion key must be text.' })
    .max(500, { message: 'A suggestion key can be at most 500 characters.' })
    .optional(),
});
export type ReminderInput = z.input<typeof reminderInput>;
export const reminderRecord = reminderInput.extend(recordMeta.shape);
export type Reminder = z.infer<typeof reminderRecord>;
