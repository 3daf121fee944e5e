import type { BusinessProfile, Theme } from '../../../../shared/settings';
import { data } from '../../data';

export function saveBusinessProfile(profile: BusinessProfile) {
  return data().settings.saveBusinessProfile(profile);
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
