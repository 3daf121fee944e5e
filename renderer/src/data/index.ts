/**
 * The app's one database connection and data API. Opening is lazy so that tests and the
 * bench can import feature code without touching the owner's database.
 */
import { backUpBeforeUpgrade } from './before-upgrade';
import { createDataApi, type DataApi } from './data-api';
import { openDatabase } from './database';
import { useDatabaseStatus } from './status';

/** Set at build time (vite-env.d.ts); declared here too because tests compile this file. */
declare const __APP_VERSION__: string;

let instance: DataApi | undefined;

export function data(): DataApi {
  instance ??= createDataApi(
    openDatabase({
      onVersionChange: () => useDatabaseStatus.getState().setClosed(),
      onBlocked: () => useDatabaseStatus.getState().setBlocked(),
    }),
    { locale: navigator.language, appVersion: __APP_VERSION__ },
  );
  return instance;
}

/**
 * Backs up the database on disk if this version of the app is about to upgrade it. Call
 * once at start, before anything reads data: opening the database is what upgrades it.
 */
export function prepareDatabase(save: (backup: Blob) => Promise<void>): Promise<boolean> {
  if (instance) throw new Error('prepareDatabase must run before the database is opened.');
  return backUpBeforeUpgrade({ appVersion: __APP_VERSION__, save });
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
