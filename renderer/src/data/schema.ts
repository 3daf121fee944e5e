/**
 * The database schema, version by version. Versions are only ever added: IndexedDB keeps
 * the owner's data across app updates only if every older version stays declared, and a
 * change that drops a table or index is refused by test/unit/data/schema.test.ts.
 *
 * A version with an upgrade names a pure record transform (tested on its own); Dexie
 * runs the transforms in order when an older database is opened.
 */
import type { Transaction } from 'dexie';

export const DATABASE_NAME = 'handshake';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  /**
   * Rewrites older records for this version, inside Dexie's upgrade transaction. Keep it a
   * thin loop over a pure transform in shared/ that has its own tests.
   */
  upgrade?: (transaction: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // nameKey: folded name, for sorting and prefix search; lastTouch: denormalised date
      // of the latest interaction, so lists can sort by it at 50,000 rows.
      people:
        'id, nameKey, company, relationship, partnerId, *tags, *emails, lastTouch, createdAt, updatedAt, deletedAt',
      partners: 'id, nameKey, category, status, *tags, lastTouch, createdAt, updatedAt, deletedAt',
      interactions:
        'id, date, kind, *personIds, *partnerIds, referralId, followUpDate, createdAt, updatedAt, deletedAt',
      referrals:
        'id, date, [direction+date], status, referrerPersonId, referrerPartnerId, introducedPersonId, partnerId, closedDate, createdAt, updatedAt, deletedAt',
      reminders:
        'id, dueDate, reason, itemKey, personId, partnerId, createdAt, updatedAt, deletedAt',
      settings: 'id',
    },
  },
  {
    // The attention engine reads only what can be due (renderer/src/data/attention-load.ts):
    // people by cadence and last touch, birthdays by month and day, given referrals still
    // open. New indexes only, built by IndexedDB itself: no record changes.
    version: 2,
    stores: {
      people:
        'id, nameKey, company, relationship, partnerId, *tags, *emails, lastTouch, createdAt, updatedAt, deletedAt, cadenceDays, [cadenceDays+lastTouch], [birthday.month+birthday.day]',
      referrals:
        'id, date, [direction+date], status, referrerPersonId, referrerPartnerId, introducedPersonId, partnerId, closedDate, createdAt, updatedAt, deletedAt, [direction+status]',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
