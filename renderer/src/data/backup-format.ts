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
import {
  MAX_TEXT,
  findHostile,
  isForbiddenKey,
  keyPath,
  rowOf,
  type Hostility,
} from './backup-guard';

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
  /** `where` is "it" (the file) or "row 12 of “people”". */
  hostile: (file: string, where: string, problem: Hostility) =>
    `“${file}” cannot be restored: ${where} ${hostileText(problem)}. ${NOTHING_CHANGED}`,
  hostileTable: (file: string, name: string) =>
    `“${file}” cannot be restored: it names a table “${name}”, which Handshake never writes. ${NOTHING_CHANGED}`,
};

function hostileText(problem: Hostility): string {
  switch (problem.kind) {
    case 'key':
      return `contains a field named “${problem.key}”, which Handshake never writes`;
    case 'depth':
      return 'nests values more deeply than Handshake ever does';
    case 'text':
      return `holds a text of ${problem.length.toLocaleString('en-US')} characters, more than any field Handshake keeps (${MAX_TEXT.toLocaleString('en-US')} at most)`;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stampOf(value: unknown): BackupStamp | undefined {
  if (!isObject(value) || value.app !== 'Handshake') return undefined;
  const { appVersion, createdAt } = value;
  if (typeof appVersion !== 'string' || appVersion.length > 100) return undefined;
  if (typeof createdAt !== 'number' || !Number.isSafeInteger(createdAt)) return undefined;
  // A time a date can show: the preview formats it, and an invalid date would throw there.
  if (Number.isNaN(new Date(createdAt).getTime())) return undefined;
  return { app: 'Handshake', appVersion, createdAt };
}

/** Sets an own property, even one an assignment would route to a setter (SECURITY.md). */
function define(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

/**
 * A fresh copy of a parsed JSON value, built only of plain objects and arrays made here
 * and their own properties: nothing read from the file is ever used as a place to write.
 * The file has passed ./backup-guard.ts, so the copy's depth is bounded.
 */
function copyJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyJson);
  if (!isObject(value)) return value;
  const copy = {};
  for (const key of Object.keys(value)) define(copy, key, copyJson(value[key]));
  return copy;
}

/** The value at a key path inside `root`, following only own properties of plain objects. */
function ownPath(root: unknown, keys: readonly string[]): unknown {
  let at = root;
  for (const key of keys) {
    if (!isObject(at) || isForbiddenKey(key) || !Object.hasOwn(at, key)) return undefined;
    at = at[key];
  }
  return at;
}

/**
 * Undoes the Typeson markers dexie-export-import writes for values JSON cannot hold. Our
 * records are plain JSON, so only two markers can appear: every array is tagged
 * `arrayNonindexKeys` (nothing to undo), and a property explicitly set to undefined is
 * written as 0 tagged `undef`. Any other type (a Date, a Map, a Blob) is not something
 * Handshake stores: the row is refused rather than half-understood. Returns undefined
 * for a row that cannot be read.
 *
 * The row is revived into a fresh copy: a `$types` key path is followed only through own
 * properties of that copy, never through a prototype, and the one value it sets is
 * defined as an own property.
 */
export function reviveRow(row: Record<string, unknown>): Record<string, unknown> | undefined {
  if (!Object.hasOwn(row, '$types')) return copyJson(row) as Record<string, unknown>;
  const types = row.$types;
  if (types === true)
    return isObject(row.$) ? (copyJson(row.$) as Record<string, unknown>) : undefined;
  if (!isObject(types)) return undefined;
  const revived: Record<string, unknown> = {};
  for (const key of Object.keys(row))
    if (key !== '$types') define(revived, key, copyJson(row[key]));
  for (const [path, tagged] of Object.entries(types)) {
    const tags: unknown[] = Array.isArray(tagged) ? tagged : [tagged];
    if (tags.every((tag) => tag === 'arrayNonindexKeys')) continue;
    if (tags.length !== 1 || tags[0] !== 'undef') return undefined;
    const keys = keyPath(path);
    const last = keys.pop()!;
    const parent = ownPath(revived, keys);
    if (!isObject(parent) || isForbiddenKey(last) || !Object.hasOwn(parent, last)) return undefined;
    define(parent, last, undefined);
  }
  return revived;
}

/** Table names are short words; anything else is not a table this app wrote. */
function isTableName(name: unknown): name is string {
  return typeof name === 'string' && name.length > 0 && name.length <= 60;
}

/** Refuses a file holding a forbidden key, deep nesting or a huge text (./backup-guard.ts). */
function refuseHostile(json: Record<string, unknown>, file: string): void {
  const found = findHostile(json);
  if (!found) return;
  const at = rowOf(found.path);
  let where = 'it';
  if (at) {
    const table = (json.data as { data: unknown[] }).data[at.table];
    const name = isObject(table) && isTableName(table.tableName) ? table.tableName : undefined;
    where = `row ${at.row + 1} of ${name === undefined ? 'a table' : `“${name}”`}`;
  }
  throw new BackupFileError(backupMessages.hostile(file, where, found.problem));
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

  refuseHostile(json, file);

  const announced = new Map<string, number>();
  for (const table of tables) {
    if (!isObject(table) || !isTableName(table.name) || !Number.isSafeInteger(table.rowCount))
      throw new BackupFileError(backupMessages.damaged(file, 'its list of tables is unreadable'));
    if (isForbiddenKey(table.name))
      throw new BackupFileError(backupMessages.hostileTable(file, table.name));
    announced.set(table.name, table.rowCount as number);
  }
  // A Map, not an object: a table name from the file never becomes a property name here.
  const rows = new Map<string, Record<string, unknown>[]>();
  for (const table of data) {
    if (!isObject(table) || !isTableName(table.tableName) || !Array.isArray(table.rows))
      throw new BackupFileError(backupMessages.damaged(file, 'a table is unreadable'));
    const name = table.tableName;
    if (!announced.has(name) || rows.has(name) || table.inbound !== true)
      throw new BackupFileError(backupMessages.damaged(file, `the table “${name}” is unexpected`));
    const revived = table.rows.map((row) => (isObject(row) ? reviveRow(row) : undefined));
    if (!revived.every((row) => row !== undefined))
      throw new BackupFileError(backupMessages.damaged(file, `a row of “${name}” is unreadable`));
    rows.set(name, revived);
  }
  for (const [name, count] of announced) {
    const present = rows.get(name)?.length ?? 0;
    if (present !== count) {
      throw new BackupFileError(
        backupMessages.damaged(file, `“${name}” should hold ${count} rows but holds ${present}`),
      );
    }
  }
  const byTable: BackupRows = {};
  for (const [name, tableRows] of rows) define(byTable, name, tableRows);
  return { stamp, databaseName, schemaVersion: databaseVersion as number, rows: byTable };
}

/** Lets the browser paint and handle input between slices of a long loop. */
export const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
