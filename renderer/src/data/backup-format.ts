/**
 * The backup file: a dexie-export-import export (every row of every table, the database
 * name and schema version) with one extra top-level key, `handshake`, saying which app
 * version made it and when. The key comes first so a reader can tell what a file is from
 * its opening bytes.
 *
 * Reading is strict: a file is checked from its shape down to every row before anything
 * is written, and any problem becomes one sentence for the owner.
 */
import type { z } from 'zod';
import {
  interactionRecord,
  partnerRecord,
  personRecord,
  referralRecord,
  reminderRecord,
} from '../../../shared/records';
import { settingsSchema } from '../../../shared/settings';

export interface BackupStamp {
  app: 'Handshake';
  /** The version of the app that made the backup, e.g. "0.3.1". */
  appVersion: string;
  /** Epoch milliseconds. */
  createdAt: number;
}

/** Every table's rows, by table name, as the file holds them. */
export type BackupRows = Record<string, Record<string, unknown>[]>;

export interface RawBackup {
  stamp: BackupStamp;
  databaseName: string;
  schemaVersion: number;
  rows: BackupRows;
}

/**
 * How each table's rows are validated on restore. A table in the schema without an entry
 * here makes every restore refuse, and a unit test fails first: adding a table means
 * saying how its backups are checked.
 */
export const RECORD_SCHEMAS: Record<string, z.ZodType<Record<string, unknown>>> = {
  people: personRecord,
  partners: partnerRecord,
  interactions: interactionRecord,
  referrals: referralRecord,
  reminders: reminderRecord,
  settings: settingsSchema,
};

/** What the owner reads when a file cannot be restored; nothing was written. */
export class BackupFileError extends Error {
  override readonly name = 'BackupFileError';
}

const NOTHING_CHANGED = 'Nothing was changed.';

export const backupMessages = {
  notJson: (file: string) =>
    `“${file}” is not a complete Handshake backup — it may be damaged or cut short. ${NOTHING_CHANGED}`,
  notBackup: (file: string) => `“${file}” is not a Handshake backup. ${NOTHING_CHANGED}`,
  damaged: (file: string, detail: string) =>
    `“${file}” is damaged (${detail}), so it cannot be restored. ${NOTHING_CHANGED}`,
  newer: (file: string, appVersion: string) =>
    `“${file}” was made by a newer version of Handshake (${appVersion}). Update Handshake, then restore it. ${NOTHING_CHANGED}`,
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stampOf(value: unknown): BackupStamp | undefined {
  if (!isObject(value) || value.app !== 'Handshake') return undefined;
  const { appVersion, createdAt } = value;
  if (typeof appVersion !== 'string' || appVersion.length > 100) return undefined;
  if (typeof createdAt !== 'number' || !Number.isSafeInteger(createdAt)) return undefined;
  return { app: 'Handshake', appVersion, createdAt };
}

/** Unescapes one component of a Typeson key path (`~1` is a dot, `~0` a tilde). */
const unescapeKey = (key: string) => key.replace(/~1/g, '.').replace(/~0/g, '~');

/**
 * Undoes the Typeson markers dexie-export-import writes for values JSON cannot hold. Our
 * records are plain JSON, so only two markers can appear: every array is tagged
 * `arrayNonindexKeys` (nothing to undo), and a property explicitly set to undefined is
 * written as 0 tagged `undef`. Any other type (a Date, a Map, a Blob) is not something
 * Handshake stores: the row is refused rather than half-understood. Returns undefined
 * for a row that cannot be read.
 */
export function reviveRow(row: Record<string, unknown>): Record<string, unknown> | undefined {
  const { $types: types, ...rest } = row;
  if (types === undefined) return row;
  if (types === true) return isObject(row.$) ? row.$ : undefined;
  if (!isObject(types)) return undefined;
  for (const [path, tagged] of Object.entries(types)) {
    const tags: unknown[] = Array.isArray(tagged) ? tagged : [tagged];
    if (tags.every((tag) => tag === 'arrayNonindexKeys')) continue;
    if (tags.length !== 1 || tags[0] !== 'undef') return undefined;
    const keys = path.split('.').map(unescapeKey);
    const last = keys.pop()!;
    let parent: unknown = rest;
    for (const key of keys) parent = isObject(parent) ? parent[key] : undefined;
    if (!isObject(parent) || !(last in parent)) return undefined;
    parent[last] = undefined;
  }
  return rest;
}

/**
 * Reads the file's structure: the stamp, the schema version and each table's rows, with
 * the row counts the export announced checked against the rows present (a file cut short
 * inside a table's rows is still valid JSON only by accident, but the counts catch it).
 * Rows are checked against the record schemas later, after any migration.
 */
export function parseBackupText(text: string, file: string): RawBackup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupFileError(backupMessages.notJson(file));
  }
  if (!isObject(json) || json.formatName !== 'dexie' || !isObject(json.data)) {
    throw new BackupFileError(backupMessages.notBackup(file));
  }
  const stamp = stampOf(json.handshake);
  const { databaseName, databaseVersion, tables, data } = json.data;
  if (!stamp || typeof databaseName !== 'string') {
    throw new BackupFileError(backupMessages.notBackup(file));
  }
  if (json.formatVersion !== 1 || !Number.isSafeInteger(databaseVersion)) {
    throw new BackupFileError(backupMessages.damaged(file, 'its format is unknown'));
  }
  if (!Array.isArray(tables) || !Array.isArray(data)) {
    throw new BackupFileError(backupMessages.damaged(file, 'its tables are missing'));
  }

  const announced = new Map<string, number>();
  for (const table of tables) {
    if (!isObject(table) || typeof table.name !== 'string' || !Number.isSafeInteger(table.rowCount))
      throw new BackupFileError(backupMessages.damaged(file, 'its list of tables is unreadable'));
    announced.set(table.name, table.rowCount as number);
  }
  const rows: BackupRows = {};
  for (const table of data) {
    if (!isObject(table) || typeof table.tableName !== 'string' || !Array.isArray(table.rows))
      throw new BackupFileError(backupMessages.damaged(file, 'a table is unreadable'));
    const name = table.tableName;
    if (!announced.has(name) || name in rows || table.inbound !== true)
      throw new BackupFileError(backupMessages.damaged(file, `the table “${name}” is unexpected`));
    const revived = table.rows.map((row) => (isObject(row) ? reviveRow(row) : undefined));
    if (!revived.every((row) => row !== undefined))
      throw new BackupFileError(backupMessages.damaged(file, `a row of “${name}” is unreadable`));
    rows[name] = revived;
  }
  for (const [name, count] of announced) {
    const present = rows[name]?.length ?? 0;
    if (present !== count) {
      throw new BackupFileError(
        backupMessages.damaged(file, `“${name}” should hold ${count} rows but holds ${present}`),
      );
    }
  }
  return { stamp, databaseName, schemaVersion: databaseVersion as number, rows };
}

/** Lets the browser paint and handle input between slices of a long loop. */
export const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
