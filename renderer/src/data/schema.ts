/**
 * The database schema, version by version. Versions are only ever added: IndexedDB keeps
 * the owner's data across app updates only if every older version stays declared, and a
 * change that drops a table or index is refused by test/unit/data/schema.test.ts.
 *
 * A version with an upgrade names a pure record transform (tested on its own); Dexie
 * runs the transforms in order when an older database is opened.
 */
import type { Transaction } from 'dexie';
import { markOpenCauses } from '../../../shared/attention/open-causes';
import { buildAttentionView } from './attention-view-build';

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
  {
    // This week reads only the referrals still waiting for thanks, the follow-ups still
    // open and the people due by their cadence, through sparse indexes on fields kept
    // with every change (shared/attention/open-causes.ts, ./keep-in-touch-due.ts); the
    // upgrade computes them for existing records.
    version: 3,
    stores: {
      people:
        'id, nameKey, company, relationship, partnerId, *tags, *emails, lastTouch, createdAt, updatedAt, deletedAt, cadenceDays, [cadenceDays+lastTouch], [birthday.month+birthday.day], keepInTouchDue',
      interactions:
        'id, date, kind, *personIds, *partnerIds, referralId, followUpDate, createdAt, updatedAt, deletedAt, openFollowUp',
      referrals:
        'id, date, [direction+date], status, referrerPersonId, referrerPartnerId, introducedPersonId, partnerId, closedDate, createdAt, updatedAt, deletedAt, [direction+status], awaitingThanks',
    },
    upgrade: async (transaction) => {
      const [people = [], partners = [], interactions = [], referrals = []] = await Promise.all(
        ['people', 'partners', 'interactions', 'referrals'].map((name) =>
          transaction.table(name).toArray(),
        ),
      );
      const marked = markOpenCauses({ people, partners, interactions, referrals } as Parameters<
        typeof markOpenCauses
      >[0]);
      // Only the few records that get a marker are written: rewriting all 200,000
      // interactions of a big database would hold the app for minutes.
      const marks = (record: object) => 'awaitingThanks' in record || 'openFollowUp' in record;
      await transaction.table('referrals').bulkPut(marked.referrals.filter(marks));
      await transaction.table('interactions').bulkPut(marked.interactions.filter(marks));
      // Written back as they are: the database middleware adds the due date.
      const onCadence = people.filter((person: { cadenceDays?: number }) => person.cadenceDays);
      await transaction.table('people').bulkPut(onCadence);
    },
  },
  {
    // This week reads what can be due as a few dozen records of a derived view, not one
    // request per record (shared/attention/view.ts, ./attention-view.ts). The upgrade
    // builds it through the indexes above; after that every write keeps it current.
    version: 4,
    stores: { attention: 'key' },
    upgrade: (transaction) => buildAttentionView(transaction),
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
