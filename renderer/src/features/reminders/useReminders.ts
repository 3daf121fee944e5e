import { useEffect } from 'react';
import { platform } from '../../platform';
import { useDueThisWeekCount } from '../this-week/queries';
import { useWeeklyDigest } from './weekly-digest';

/**
 * What brings the owner back: the count of items due this week — for the
 * navigation and the dock/taskbar badge — and the weekly digest. Used once, by the
 * navigation, which is on screen for as long as the app is open.
 */
export function useReminders(): number | undefined {
  const count = useDueThisWeekCount();
  useEffect(() => {
    if (count === undefined) return;
    // 0 clears the badge. A badge the system refuses is not worth an error message.
    platform()
      .setBadgeCount(count)
      .catch(() => undefined);
  }, [count]);
  useWeeklyDigest();
  return count;
}
