/**
 * The app's one database connection and data API. Opening is lazy so that tests and the
 * bench can import feature code without touching the owner's database.
 */
import { createDataApi, type DataApi } from './data-api';
import { openDatabase } from './database';
import { useDatabaseStatus } from './status';

let instance: DataApi | undefined;

export function data(): DataApi {
  instance ??= createDataApi(
    openDatabase({
      onVersionChange: () => useDatabaseStatus.getState().setClosed(),
      onBlocked: () => useDatabaseStatus.getState().setBlocked(),
    }),
    { locale: navigator.language },
  );
  return instance;
}

/**
 * Asks the browser not to evict the database under storage pressure. Browsers may say
 * no (or ask the owner); the answer is remembered for the status line in Settings.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  const persisted = (await navigator.storage.persisted()) || (await navigator.storage.persist());
  useDatabaseStatus.getState().setPersisted(persisted);
  return persisted;
}

export { ValidationError, StorageFullError, DatabaseClosedError, NotFoundError } from './errors';
export type { DataApi } from './data-api';
