/**
 * The owner's settings: one record, id `settings`. Anything not yet saved
 * falls back to defaults derived from the owner's locale.
 */
import { z } from 'zod';
import { isValidLocalDate } from './dates';
import { defaultCurrency, defaultWeekStartsOn } from './locale-defaults';

export const SETTINGS_ID = 'settings';
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const supportedCurrencies = new Set(Intl.supportedValuesOf('currency'));

// Plain sentences, not zod's defaults: they reach the owner through ValidationError.
const CURRENCY_MESSAGE =
  'Choose a currency from the list (a three-letter ISO code such as USD or EUR).';
const WEEK_MESSAGE = 'Choose the first day of the week from the list.';

const text = (max: number, label: string) =>
  z
    .string({ message: `${label} must be text.` })
    .trim()
    .max(max, { message: `${label} can be at most ${max} characters.` });

export const businessProfileSchema = z.object({
  ownerName: text(200, 'Your name'),
  businessName: text(200, 'Business name'),
  currency: z
    .string({ message: CURRENCY_MESSAGE })
    .trim()
    .toUpperCase()
    .refine((code) => supportedCurrencies.has(code), { message: CURRENCY_MESSAGE }),
  weekStartsOn: z
    .number({ message: WEEK_MESSAGE })
    .int({ message: WEEK_MESSAGE })
    .min(0, { message: WEEK_MESSAGE })
    .max(6, { message: WEEK_MESSAGE }),
  theme: z.enum(THEMES, { message: 'Choose a theme from the list.' }),
});
export type BusinessProfile = z.infer<typeof businessProfileSchema>;

const defaultCadence = z
  .number({ message: 'A cadence must be a whole number of days.' })
  .int({ message: 'A cadence must be a whole number of days.' })
  .min(1, { message: 'A cadence must be at least 1 day.' })
  .max(3650, { message: 'A cadence can be at most 3650 days.' })
  .optional();

export const cadenceDefaultsSchema = z.object({
  prospect: defaultCadence,
  talking: defaultCadence,
  active: defaultCadence,
  paused: defaultCadence,
  champions: defaultCadence,
});
export type CadenceDefaults = z.infer<typeof cadenceDefaultsSchema>;

const DAY_MESSAGE = 'Choose the day of the week from the list.';
const TIME_MESSAGE = 'Enter a time of day such as 09:00.';

/** The weekly reminder of what is due (ARCHITECTURE.md → What can be due): when it comes, and whether at all. */
export const notificationsSchema = z.object({
  enabled: z.boolean({ message: 'Choose whether to get the weekly reminder.' }),
  /** 0 = Sunday … 6 = Saturday, like date-fns. */
  day: z
    .number({ message: DAY_MESSAGE })
    .int({ message: DAY_MESSAGE })
    .min(0, { message: DAY_MESSAGE })
    .max(6, { message: DAY_MESSAGE }),
  /** Local time of day, `HH:mm` on a 24-hour clock. */
  time: z
    .string({ message: TIME_MESSAGE })
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: TIME_MESSAGE }),
});
export type NotificationSettings = z.infer<typeof notificationsSchema>;

export const settingsSchema = businessProfileSchema.extend({
  id: z.literal(SETTINGS_ID),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  /**
   * Keep-in-touch cadences, in days, for partners by status and for champions, used when a
   * record has no cadence of its own. A missing entry means no default rhythm.
   */
  cadenceDefaults: cadenceDefaultsSchema,
  notifications: notificationsSchema,
  /**
   * The day (`yyyy-MM-dd`) the weekly digest was last shown: the week holding it has had
   * its digest, so it comes once a week at most, across restarts and windows.
   */
  digestShownOn: z.string().refine(isValidLocalDate).optional(),
  referralGuide: z.object({
    idealClient: text(4000, 'Ideal client'),
    whatIDo: text(4000, 'What I do'),
    needPhrases: text(4000, 'Phrases that signal a need'),
    afterReferral: text(4000, 'What happens after you refer someone'),
  }),
});
export type Settings = z.infer<typeof settingsSchema>;

export function defaultSettings(locale: string, now: number): Settings {
  return {
    id: SETTINGS_ID,
    createdAt: now,
    updatedAt: now,
    ownerName: '',
    businessName: '',
    currency: defaultCurrency(locale),
    weekStartsOn: defaultWeekStartsOn(locale),
    theme: 'system',
    cadenceDefaults: { active: 30 },
    notifications: { enabled: true, day: 1, time: '09:00' },
    referralGuide: { idealClient: '', whatIDo: '', needPhrases: '', afterReferral: '' },
  };
}
