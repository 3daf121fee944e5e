/**
 * The owner's settings (PRODUCT.md §3): one record, id `settings`. Anything not yet saved
 * falls back to defaults derived from the owner's locale.
 */
import { z } from 'zod';
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

export const settingsSchema = businessProfileSchema.extend({
  id: z.literal(SETTINGS_ID),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  /** Keep-in-touch cadence, in days, that active partners get unless they have their own. */
  activePartnerCadenceDays: z.number().int().min(1).max(3650),
  notifications: z.object({
    enabled: z.boolean(),
    /** 0 = Sunday … 6 = Saturday, like date-fns. */
    day: z.number().int().min(0).max(6),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  }),
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
    activePartnerCadenceDays: 30,
    notifications: { enabled: true, day: 1, time: '09:00' },
    referralGuide: { idealClient: '', whatIDo: '', needPhrases: '', afterReferral: '' },
  };
}
