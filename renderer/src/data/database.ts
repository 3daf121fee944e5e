import Dexie, { type Table } from 'dexie';
import type { Interaction, Partner, Person, Referral, Reminder } from '../../../shared/records';
import type { Settings } from '../../../shared/settings';
import { DATABASE_NAME, SCHEMA_VERSIONS } from './schema';

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
};

export interface OpenDatabaseOptions {
  /** Tests pass a fresh IDBFactory (fake-indexeddb); the app uses the browser's. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  name?: string;
  /** Called when another window upgrades or deletes the database and this one must stop. */
  onVersionChange?: () => void;
  /** Called when opening waits for another window, still on an older version, to close. */
  onBlocked?: () => void;
}

/** The one way to create the Dexie instance, in the app and in tests alike. */
export function openDatabase(options: OpenDatabaseOptions = {}): HandshakeDatabase {
  const db = new Dexie(options.name ?? DATABASE_NAME, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  }) as HandshakeDatabase;
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }

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
