/**
 * The weekly digest (ARCHITECTURE.md → What can be due): at the day and time chosen in Settings — or at the
 * first chance after it — tell the owner what is due this week, once per week. The rules
 * are in shared/reminders/digest.ts; this file only schedules and shows.
 */
import { useEffect } from 'react';
import { weekRange } from '../../../../shared/attention/week';
import { todayLocalDate } from '../../../../shared/dates';
import { digestText, nextDigestCheck, shouldShowDigest } from '../../../../shared/reminders/digest';
import type { Settings } from '../../../../shared/settings';
import { data } from '../../data';
import { platform } from '../../platform';
import { useSettings } from '../settings/queries';
import { appShell } from './app-shell';
import { useDigestNotice } from './digest-notice';

// Timers run late after the computer sleeps and know nothing of clock changes: look again
// at least this often, as well as whenever the window comes back to the front.
const LONGEST_WAIT_MS = 60 * 60 * 1000;

/** Shows this week's digest if it is due and no window has shown it yet. */
export async function showDigestIfDue(now = new Date()): Promise<void> {
  const settings = await data().settings.get();
  if (!shouldShowDigest(now, settings, settings.digestShownOn)) return;
  const shell = await appShell();
  // In the browser the notice is in the page: it waits for the owner to look at it.
  if (shell === 'browser' && document.visibilityState !== 'visible') return;
  const today = todayLocalDate(now);
  const week = weekRange(today, settings.weekStartsOn);
  const text = digestText(await data().attention.dueItems(today, week.end));
  // Claimed even when nothing is due, so an empty week is not announced later instead.
  if (!(await data().settings.claimDigest(today, week.start))) return;
  if (text === undefined) return;
  if (shell === 'desktop') await platform().notify({ title: 'Handshake', body: text });
  else useDigestNotice.getState().show(text);
}

function scheduleDigest(settings: Settings): () => void {
  let timer: number | undefined;
  let checking = false;

  const schedule = () => {
    window.clearTimeout(timer);
    const next = nextDigestCheck(new Date(), settings, settings.digestShownOn);
    if (!next) return;
    const wait = Math.min(Math.max(next.getTime() - Date.now(), 1000), LONGEST_WAIT_MS);
    timer = window.setTimeout(check, wait);
  };
  const check = () => {
    if (checking) return;
    checking = true;
    showDigestIfDue()
      .catch((error: unknown) => {
        // A background reminder that fails should not interrupt the owner with an error;
        // the next check tries again.
        console.error('The weekly digest could not be shown.', error);
      })
      .finally(() => {
        checking = false;
        schedule();
      });
  };
  const onFront = () => {
    if (document.visibilityState === 'visible') check();
  };

  check();
  window.addEventListener('focus', onFront);
  document.addEventListener('visibilitychange', onFront);
  return () => {
    window.clearTimeout(timer);
    window.removeEventListener('focus', onFront);
    document.removeEventListener('visibilitychange', onFront);
  };
}

/** Keeps the weekly digest scheduled for as long as the app is open. */
export function useWeeklyDigest(): void {
  const settings = useSettings();
  // Re-scheduled whenever settings change: a new day or time, turned off, or shown.
  useEffect(() => (settings ? scheduleDigest(settings) : undefined), [settings]);
}
