import type { CadenceDefaults, NotificationSettings } from '../../../../shared/settings';
import { data } from '../../data';

export const savePreferences = (cadenceDefaults: CadenceDefaults) =>
  data().settings.savePreferences(cadenceDefaults);

export const saveNotifications = (notifications: NotificationSettings) =>
  data().settings.saveNotifications(notifications);
