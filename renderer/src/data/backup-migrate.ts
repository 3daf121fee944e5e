/**
 * Brings an older backup's rows up to the current schema with the very upgrade functions
 * the app runs on an older database (./schema.ts), rather than a second set of migrations
 * that could drift from them: the rows are written into a private scratch database at the
 * backup's version, Dexie opens it at the current version (running each upgrade in order),
 * and the upgraded rows are read back. The scratch database is deleted afterwards; the
 * owner's database is not touched.
 */
import type Dexie from 'dexie';
import { openScratchDatabase, recordTables } from './database';
import { BackupFileError, backupMessages, type BackupRows } from './backup-format';
import { toDataError } from './errors';
import type { SchemaVersion } from './schema';

export async function migrateBackupRows(
  db: Dexie,
  rows: BackupRows,
  fromVersion: number,
  versions: readonly SchemaVersion[],
  file: string,
): Promise<BackupRows> {
  const older = versions.filter((entry) => entry.version <= fromVersion);
  if (older.at(-1)?.version !== fromVersion) {
    throw new BackupFileError(
      backupMessages.damaged(file, `its schema version ${fromVersion} is unknown`),
    );
  }
  const name = `${db.name}-restore-${crypto.randomUUID()}`;
  const scratch = openScratchDatabase(db, name, older);
  try {
    await scratch.open();
    const known = new Set(recordTables(scratch).map((table) => table.name));
    const unknown = Object.keys(rows).find((table) => !known.has(table));
    if (unknown !== undefined) {
      throw new BackupFileError(
        backupMessages.damaged(file, `the table “${unknown}” is unexpected`),
      );
    }
    await scratch.transaction('rw', scratch.tables, async () => {
      for (const [table, tableRows] of Object.entries(rows)) {
        await scratch.table(table).bulkAdd(tableRows);
      }
    });
    scratch.close();

    const upgraded = openScratchDatabase(db, name, versions);
    try {
      await upgraded.open();
      const result: BackupRows = {};
      await upgraded.transaction('r', upgraded.tables, async () => {
        for (const table of recordTables(upgraded)) result[table.name] = await table.toArray();
      });
      return result;
    } finally {
      upgraded.close();
    }
  } catch (error) {
    if (error instanceof BackupFileError) throw error;
    const dataError = toDataError(error);
    if (dataError !== error) throw dataError; // a full disk is not the file's fault
    // Duplicate keys, rows an upgrade cannot handle: the file is not what it claims to be.
    throw new BackupFileError(
      backupMessages.damaged(file, 'its records could not be brought up to date'),
    );
  } finally {
    scratch.close();
    await openScratchDatabase(db, name, versions)
      .delete()
      .catch(() => undefined);
  }
}
