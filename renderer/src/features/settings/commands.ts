import type { BusinessProfile, Theme } from '../../../../shared/settings';
import { data } from '../../data';

/**
 * Saves the profile's fields and keeps the theme as it is stored now — not as the form
 * last saw it, which may lag a theme chosen a moment ago.
 */
export async function saveBusinessProfile(profile: Omit<BusinessProfile, 'theme'>) {
  const { theme } = await data().settings.get();
  return data().settings.saveBusinessProfile({ ...profile, theme });
}

/** Changes only the theme, keeping the saved profile as it is. */
export async function setTheme(theme: Theme) {
  const { ownerName, businessName, currency, weekStartsOn } = await data().settings.get();
  return data().settings.saveBusinessProfile({
    ownerName,
    businessName,
    currency,
    weekStartsOn,
    theme,
  });
}
