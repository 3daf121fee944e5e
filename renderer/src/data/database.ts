import Dexie, { type Table } from 'dexie';
import type { Interaction, Partner, Person, Referral, Reminder } from '../../../shared/records';
import type { Settings } from '../../../shared/settings';
import { attentionViewMiddleware, type ViewRecord } from './attention-view';
import { startEmptyView } from './attention-view-build';
import { keepInTouchDueMiddleware } from './keep-in-touch-due';
import { DATABASE_NAME, SCHEMA_VERSIONS, type SchemaVersion } from './schema';

/** Fields stored only to serve indexes; derived by the data API on every write. */
export interface IndexedName {
  nameKey: string;
}

export type StoredPerson = Person & IndexedName;
export type StoredPartner = Partner & IndexedName;

export type HandshakeDatabase = Dexie & {
  people: Table<StoredPerson, string>;
  partners: Table<StoredPartner, string>;
  interactions: Table<Interaction, string>;
  referrals: Table<Referral, string>;
  reminders: Table<Reminder, string>;
  settings: Table<Settings, string>;
  /** Derived from the others (./attention-view.ts): never backed up, rebuilt when stale. */
  attention: Table<ViewRecord, string>;
};

/** Tables of derived data: rebuilt from the records, so backups leave them out. */
export const DERIVED_TABLES: ReadonlySet<string> = new Set(['attention']);

/** The tables that hold the owner's records: what a backup holds and a restore replaces. */
export const recordTables = (db: Dexie) =>
  db.tables.filter((table) => !DERIVED_TABLES.has(table.name));

export interface OpenDatabaseOptions {
  /** Tests pass a fresh IDBFactory (fake-indexeddb); the app uses the browser's. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  name?: string;
  /** Called when another window upgrades or deletes the database and this one must stop. */
  onVersionChange?: () => void;
  /** Called when opening waits for another window, still on an older version, to close. */
  onBlocked?: () => void;
  /**
   * The schema registry to declare; the app's own by default. Restores pass a prefix of it
   * to rebuild an older backup as it was, then let Dexie upgrade it (./backup-migrate.ts).
   */
  versions?: readonly SchemaVersion[];
}

/** How each database was opened, so a scratch database can be opened the same way. */
const openedWith = new WeakMap<Dexie, OpenDatabaseOptions>();

/** The one way to create the Dexie instance, in the app and in tests alike. */
export function openDatabase(options: OpenDatabaseOptions = {}): HandshakeDatabase {
  const db = new Dexie(options.name ?? DATABASE_NAME, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  }) as HandshakeDatabase;
  openedWith.set(db, options);
  db.use(keepInTouchDueMiddleware);
  db.use(attentionViewMiddleware);
  for (const { version, stores, upgrade } of options.versions ?? SCHEMA_VERSIONS) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }

  db.on('populate', (transaction) => startEmptyView(transaction));

  // Dexie's default closes and silently reopens at the old version, which then fails on
  // every write. Close for good instead and let the app ask the owner to reload.
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: true });
    options.onVersionChange?.();
    return false;
  });
  // The upgrade waits until the older window lets go; tell the owner why nothing loads.
  db.on('blocked', () => {
    options.onBlocked?.();
  });
  return db;
}

/**
 * A private database beside `db`, in the same IndexedDB (the owner's, or a test's fake),
 * for work that must not touch the owner's records until it is complete.
 */
export function openScratchDatabase(
  db: Dexie,
  name: string,
  versions: readonly SchemaVersion[],
): HandshakeDatabase {
  const { indexedDB, IDBKeyRange } = openedWith.get(db) ?? {};
  return openDatabase({ indexedDB, IDBKeyRange, name, versions });
}

/**
 * The schema version of the database on disk, opened as it is — without declaring any
 * version, so nothing is upgraded — or undefined when there is none yet. The connection is
 * handed to `read` and closed afterwards.
 */
export async function withStoredDatabase<T>(
  options: Pick<OpenDatabaseOptions, 'indexedDB' | 'IDBKeyRange' | 'name'>,
  read: (stored: Dexie) => Promise<T>,
): Promise<T | undefined> {
  const stored = new Dexie(options.name ?? DATABASE_NAME, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  });
  try {
    await stored.open();
  } catch (error) {
    if ((error as { name?: unknown }).name === 'NoSuchDatabaseError') return undefined;
    throw error;
  }
  try {
    return await read(stored);
  } finally {
    stored.close();
  }
}
