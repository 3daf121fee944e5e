import { isValidLocalDate } from '../../../shared/dates';
import { shownThisWeek } from '../../../shared/reminders/digest';
import {
  SETTINGS_ID,
  businessProfileSchema,
  cadenceDefaultsSchema,
  defaultSettings,
  notificationsSchema,
  settingsSchema,
  type BusinessProfile,
  type CadenceDefaults,
  type NotificationSettings,
  type Settings,
} from '../../../shared/settings';
import type { HandshakeDatabase } from './database';
import { ValidationError, guardWrite } from './errors';

export interface SettingsApiOptions {
  db: HandshakeDatabase;
  /** The owner's locale, for default currency and first day of the week. */
  locale: string;
  now?: () => number;
}

export function createSettingsApi({ db, locale, now = Date.now }: SettingsApiOptions) {
  /** Saved settings over the locale's defaults, so fields added later always have a value. */
  async function get(): Promise<Settings> {
    const stored = await db.settings.get(SETTINGS_ID);
    const defaults = defaultSettings(locale, now());
    if (!stored) return defaults;
    // Settings saved before per-status defaults kept one number for active partners.
    const legacy = stored as Partial<Settings> & { activePartnerCadenceDays?: number };
    const cadenceDefaults =
      legacy.cadenceDefaults ??
      (legacy.activePartnerCadenceDays === undefined
        ? defaults.cadenceDefaults
        : { active: legacy.activePartnerCadenceDays });
    // Nested groups are merged too, so a field added to one later still gets its default.
    return {
      ...defaults,
      ...stored,
      cadenceDefaults,
      notifications: { ...defaults.notifications, ...stored.notifications },
      referralGuide: { ...defaults.referralGuide, ...stored.referralGuide },
    };
  }

  /**
   * Writes a change over the current settings in one transaction. A function sees the
   * current settings and may return undefined to leave them as they are.
   */
  function update(
    change: Partial<Settings> | ((current: Settings) => Partial<Settings> | undefined),
  ): Promise<Settings> {
    return guardWrite(() =>
      db.transaction('rw', db.settings, async () => {
        const current = await get();
        const patch = typeof change === 'function' ? change(current) : change;
        if (!patch) return current;
        const next: Settings = { ...current, ...patch, updatedAt: now() };
        await db.settings.put(next);
        return next;
      }),
    );
  }

  return {
    get,

    async saveBusinessProfile(profile: BusinessProfile): Promise<Settings> {
      const result = businessProfileSchema.safeParse(profile);
      if (!result.success) throw ValidationError.fromZod(result.error);
      return guardWrite(() =>
        db.transaction('rw', db.settings, async () => {
          const next: Settings = { ...(await get()), ...result.data, updatedAt: now() };
          await db.settings.put(next);
          return next;
        }),
      );
    },

    /** Default keep-in-touch cadences; an empty entry means no default rhythm. */
    async savePreferences(cadenceDefaults: CadenceDefaults): Promise<Settings> {
      const result = cadenceDefaultsSchema.safeParse(cadenceDefaults);
      if (!result.success) throw ValidationError.fromZod(result.error);
      // Keys left undefined are dropped, so the stored record only holds real cadences.
      const kept = Object.fromEntries(
        Object.entries(result.data).filter(([, days]) => days !== undefined),
      ) as CadenceDefaults;
      return update({ cadenceDefaults: kept });
    },

    /** The four texts of the referral guide partners are handed. */
    async saveReferralGuide(guide: Settings['referralGuide']): Promise<Settings> {
      const result = settingsSchema.shape.referralGuide.safeParse(guide);
      if (!result.success) throw ValidationError.fromZod(result.error);
      return update({ referralGuide: result.data });
    },

    /** Whether, on which day and at what time the weekly reminder comes. */
    async saveNotifications(notifications: NotificationSettings): Promise<Settings> {
      const result = notificationsSchema.safeParse(notifications);
      if (!result.success) throw ValidationError.fromZod(result.error);
      return update({ notifications: result.data });
    },

    /**
     * Claims this week's digest for the window that is about to show it: records `day`
     * as the day it was shown and answers true — or answers false, changing nothing,
     * when it was already shown in the week starting `weekStart`. One transaction, so of
     * two windows (or tabs) checking at once, only one shows it.
     */
    async claimDigest(day: string, weekStart: string): Promise<boolean> {
      for (const [field, value] of [
        ['digestShownOn', day],
        ['weekStart', weekStart],
      ] as const) {
        if (!isValidLocalDate(value)) {
          throw new ValidationError('Enter a real date (year-month-day).', {
            [field]: 'Enter a real date (year-month-day).',
          });
        }
      }
      let claimed = false;
      await update((current) => {
        if (shownThisWeek(weekStart, current.digestShownOn)) return undefined;
        claimed = true;
        return { digestShownOn: day };
      });
      return claimed;
    },
  };
}

export type SettingsApi = ReturnType<typeof createSettingsApi>;
