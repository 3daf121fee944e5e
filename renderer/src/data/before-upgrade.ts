/**
 * A backup of the database as it is on disk, taken before a newer app upgrades it
 * (a newer version keeps every record: ARCHITECTURE.md → Data safety). The upgrade functions are tested,
 * but if one ever mangles something, the owner still has the data exactly as the older
 * version left it.
 */
import { createBackupOf } from './backup-api';
import { withStoredDatabase, type OpenDatabaseOptions } from './database';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema';

export interface BeforeUpgradeOptions extends Pick<
  OpenDatabaseOptions,
  'indexedDB' | 'IDBKeyRange' | 'name'
> {
  appVersion: string;
  now?: () => number;
  versions?: readonly SchemaVersion[];
  /** Stores the backup; must resolve only once it is safely written. */
  save: (backup: Blob) => Promise<void>;
}

/**
 * Call before the app's database is first opened. Returns whether a backup was needed
 * and saved; a database that is new, or already current, needs none.
 */
export async function backUpBeforeUpgrade({
  appVersion,
  now = Date.now,
  versions = SCHEMA_VERSIONS,
  save,
  ...where
}: BeforeUpgradeOptions): Promise<boolean> {
  const current = versions.at(-1)!.version;
  const saved = await withStoredDatabase(where, async (stored) => {
    if (stored.verno >= current) return false;
    await save(await createBackupOf(stored, { app: 'Handshake', appVersion, createdAt: now() }));
    return true;
  });
  return saved ?? false;
}
