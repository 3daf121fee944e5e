import { useLiveQuery } from 'dexie-react-hooks';
import { data } from '../../data';

/** The owner's settings, kept current as they change (undefined while loading). */
export function useSettings() {
  return useLiveQuery(() => data().settings.get(), []);
}
