/**
 * `Back up now` and `Restore from backup`: a backup holds every row of
 * every record table, trash included, and restoring it gives back exactly those rows (the
 * derived This week view is left out, and rebuilt from them).
 *
 * Restoring is three steps, so the owner sees what a file holds before anything changes:
 * `read` checks the whole file (shape, schema version, every row against the record
 * schemas, after bringing an older backup up to date) and returns a preview; `restore`
 * then saves a safety backup of the current data and replaces every table in one
 * transaction — all or nothing.
 */
import { exportDB } from 'dexie-export-import';
import { foldText } from '../../../shared/text';
import {
  BackupFileError,
  RECORD_SCHEMAS,
  backupMessages,
  parseBackupText,
  yieldToBrowser,
  type BackupRows,
  type BackupStamp,
} from './backup-format';
import { migrateBackupRows } from './backup-migrate';
import { findDanglingLinks } from './backup-references';
import { buildAttentionView } from './attention-view-build';
import { DERIVED_TABLES, recordTables, type HandshakeDatabase } from './database';
import { guardWrite } from './errors';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema';

export interface BackupApiOptions {
  appVersion: string;
  now?: () => number;
  /** The schema registry the database was opened with; tests pass a fake one. */
  versions?: readonly SchemaVersion[];
}

export interface TableCount {
  total: number;
  /** Rows in the Trash (people and partners). */
  trashed: number;
}

/** A checked backup, ready to restore: what the preview shows, and the rows to write. */
export interface PreparedRestore {
  file: string;
  stamp: BackupStamp;
  schemaVersion: number;
  /** Whether the backup was made by an older schema and has been brought up to date. */
  migrated: boolean;
  counts: Record<string, TableCount>;
  /** Sentences about links to records the backup lacks (./backup-references.ts). */
  danglingLinks: string[];
  rows: BackupRows;
}

/** Rows checked per slice before letting the page breathe. */
const SLICE = 2000;
/** Rows per chunk of the export: small enough that no single step blocks the page. */
const EXPORT_ROWS_PER_CHUNK = 2000;

/** Fields stored only to serve indexes, derived from the record as every write does. */
function derived(table: string, row: Record<string, unknown>): Record<string, unknown> {
  if ((table === 'people' || table === 'partners') && typeof row.name === 'string') {
    return { nameKey: foldText(row.name) };
  }
  return {};
}

/** Checks every row against its record schema; throws a BackupFileError on the first bad one. */
async function validateRows(
  tables: readonly string[],
  rows: BackupRows,
  file: string,
): Promise<BackupRows> {
  const unknown = Object.keys(rows).find((table) => !tables.includes(table));
  if (unknown !== undefined) {
    throw new BackupFileError(backupMessages.damaged(file, `the table “${unknown}” is unexpected`));
  }
  const valid: BackupRows = {};
  for (const table of tables) {
    const schema = RECORD_SCHEMAS[table];
    if (!schema) throw new Error(`No record schema checks backups of the table “${table}”.`);
    const source = rows[table] ?? [];
    const ids = new Set<unknown>();
    const checked: Record<string, unknown>[] = [];
    for (let at = 0; at < source.length; at++) {
      if (at > 0 && at % SLICE === 0) await yieldToBrowser();
      const row = source[at]!;
      const result = schema.safeParse(row);
      if (!result.success) {
        const reason = result.error.issues[0]?.message ?? 'it is not valid';
        throw new BackupFileError(
          backupMessages.damaged(file, `row ${at + 1} of “${table}”: ${reason}`),
        );
      }
      if (ids.has(row.id)) {
        throw new BackupFileError(
          backupMessages.damaged(file, `two rows of “${table}” share one id`),
        );
      }
      ids.add(row.id);
      // Only the checked record: fields the schema does not know are dropped, so nothing
      // unchecked from the file is stored. Index fields are derived afresh.
      checked.push({ ...result.data, ...derived(table, result.data) });
    }
    valid[table] = checked;
  }
  return valid;
}

function countRows(rows: BackupRows): Record<string, TableCount> {
  const counts: Record<string, TableCount> = {};
  for (const [table, tableRows] of Object.entries(rows)) {
    counts[table] = {
      total: tableRows.length,
      trashed: tableRows.filter((row) => row.deletedAt !== undefined).length,
    };
  }
  return counts;
}

export function createBackupApi(
  db: HandshakeDatabase,
  { appVersion, now = Date.now, versions = SCHEMA_VERSIONS }: BackupApiOptions,
) {
  const currentVersion = versions.at(-1)!.version;

  /** The whole database as one backup file (a Blob the browser may keep on disk). */
  async function create(): Promise<Blob> {
    const stamp: BackupStamp = { app: 'Handshake', appVersion, createdAt: now() };
    return createBackupOf(db, stamp);
  }

  return {
    create,

    /** Checks a backup file from its shape to its last row; writes nothing. */
    async read(file: Blob, fileName: string): Promise<PreparedRestore> {
      let text: string;
      try {
        text = await file.text();
      } catch {
        throw new BackupFileError(backupMessages.notJson(fileName));
      }
      const raw = parseBackupText(text, fileName);
      if (raw.schemaVersion > currentVersion) {
        throw new BackupFileError(backupMessages.newer(fileName, raw.stamp.appVersion));
      }
      const migrated = raw.schemaVersion < currentVersion;
      const upToDate = migrated
        ? await migrateBackupRows(db, raw.rows, raw.schemaVersion, versions, fileName)
        : raw.rows;
      const tables = recordTables(db).map((table) => table.name);
      const links = findDanglingLinks(await validateRows(tables, upToDate, fileName));
      const rows = links.rows;
      return {
        file: fileName,
        stamp: raw.stamp,
        schemaVersion: raw.schemaVersion,
        migrated,
        counts: countRows(rows),
        danglingLinks: links.sentences,
        rows,
      };
    },

    /**
     * Saves a safety backup of the current data (`saveSafetyBackup` must resolve only
     * once it is safely stored; if it throws, nothing is restored), then replaces every
     * table with the backup's rows in one transaction.
     */
    async restore(
      prepared: PreparedRestore,
      { saveSafetyBackup }: { saveSafetyBackup: (backup: Blob) => Promise<void> },
    ): Promise<void> {
      await saveSafetyBackup(await create());
      await guardWrite(() =>
        db.transaction('rw', db.tables, async () => {
          for (const table of db.tables) await table.clear();
          for (const table of recordTables(db)) {
            const rows = prepared.rows[table.name];
            if (rows && rows.length > 0) await table.bulkAdd(rows);
          }
          // Derived from what was just restored, in the same transaction.
          await buildAttentionView(db);
        }),
      );
    },

    /** Whether the owner has no records at all (settings aside): a fresh or wiped install. */
    async isEmpty(): Promise<boolean> {
      const counts = await Promise.all(
        recordTables(db)
          .filter((table) => table.name !== 'settings')
          .map((table) => table.count()),
      );
      return counts.every((count) => count === 0);
    },
  };
}

/**
 * A backup of any Handshake database, even one opened as it is on disk before an upgrade
 * (./before-upgrade.ts). The export is built in chunks of Blobs, so a large database never
 * sits in memory as one string; the stamp is spliced in front of it.
 */
export async function createBackupOf(
  db: Parameters<typeof exportDB>[0],
  stamp: BackupStamp,
): Promise<Blob> {
  const exported = await exportDB(db, {
    numRowsPerChunk: EXPORT_ROWS_PER_CHUNK,
    skipTables: [...DERIVED_TABLES],
  });
  // The export is one JSON object, `{"formatName":…}`: open ours and continue with its keys.
  return new Blob([`{"handshake":${JSON.stringify(stamp)},`, exported.slice(1)], {
    type: 'application/json',
  });
}

export type BackupApi = ReturnType<typeof createBackupApi>;
