import type { Settings } from '../../../../shared/settings';
import { data } from '../../data';

export type ReferralGuide = Settings['referralGuide'];

export function saveReferralGuide(guide: ReferralGuide) {
  return data().settings.saveReferralGuide(guide);
}
