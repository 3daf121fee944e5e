import {
  SETTINGS_ID,
  businessProfileSchema,
  defaultSettings,
  type BusinessProfile,
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
  };
}

export type SettingsApi = ReturnType<typeof createSettingsApi>;
