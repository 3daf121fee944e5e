import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { data } from '../../data';

/** Everything in the Trash, most recently trashed first (undefined while loading). */
export function useTrash() {
  return useLiveQuery(() => data().trash.list(), []);
}

/** The current time, moving on every `interval` ms, for "3 minutes ago" that stays true. */
export function useNow(interval = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), interval);
    return () => window.clearInterval(timer);
  }, [interval]);
  return now;
}
