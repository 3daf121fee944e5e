import { partnerInput, personInput, reminderInput } from '../../../shared/records';
import { withKeepInTouchDue } from '../../../shared/cadence';
import { foldText } from '../../../shared/text';
import { createAttentionApi } from './attention-api';
import { createBackupApi } from './backup-api';
import { watchRecords, type TableChange } from './changes';
import type { HandshakeDatabase } from './database';
import { guardWrite } from './errors';
import { createImportApi } from './import-api';
import { createInteractionsApi } from './interactions-api';
import { createMergePeople } from './merge';
import { refreshOpenFollowUps } from './open-causes';
import { createReferralsApi } from './referrals-api';
import { createSettingsApi } from './settings-api';
import { createTableApi } from './table-api';
import { createTimelineQueries } from './timeline-queries';
import { createTrashApi, deletePartners, type TrashKind } from './trash';

export interface DataApiOptions {
  locale: string;
  now?: () => number;
  /** Written into backups: the app passes its build's version. */
  appVersion?: string;
}

/**
 * Everything features may do with stored records. Features call this (through their
 * commands.ts and queries.ts), never `db.*`.
 */
export function createDataApi(
  db: HandshakeDatabase,
  { locale, now, appVersion = 'development' }: DataApiOptions,
) {
  const named = (value: { name: string }) => ({ nameKey: foldText(value.name) });
  const clock = now ?? Date.now;
  const people = createTableApi({
    db,
    table: db.people,
    input: personInput,
    noun: 'person',
    derive: named,
    stored: withKeepInTouchDue,
    now,
  });
  const partners = createTableApi({
    db,
    table: db.partners,
    input: partnerInput,
    noun: 'partner',
    derive: named,
    now,
  });
  return {
    people,
    partners: {
      ...partners,
      /**
       * Deletes the partner for good and unlinks its people, in one transaction, with the
       * follow-ups it had answered open again (./open-causes.ts).
       */
      deleteForever: (id: string) =>
        guardWrite(() =>
          db.transaction('rw', db.people, db.partners, db.interactions, async () => {
            await deletePartners(db, [id], clock());
            await refreshOpenFollowUps(db, { personIds: new Set(), partnerIds: new Set([id]) });
          }),
        ),
    },
    /** Interactions keep everyone's last touch current; see interactions-api.ts. */
    interactions: createInteractionsApi({ db, now }),
    referrals: createReferralsApi({ db, now }),
    reminders: createTableApi({
      db,
      table: db.reminders,
      input: reminderInput,
      noun: 'reminder',
      now,
    }),
    settings: createSettingsApi({ db, locale, now }),
    /** What is due and the actions on it; see attention-api.ts. */
    attention: createAttentionApi({
      db,
      interactions: createInteractionsApi({ db, now }),
      settings: createSettingsApi({ db, locale, now }),
      now,
    }),
    /** Read-only queries for timelines and the Timeline screen; see timeline-queries.ts. */
    timeline: createTimelineQueries(db),
    trash: {
      ...createTrashApi(db, clock),
      restore: (kind: TrashKind, id: string) => (kind === 'person' ? people : partners).restore(id),
    },
    /** Merges two people into one; see merge.ts. */
    mergePeople: createMergePeople(db, clock),
    /** Import contacts: what rows are compared with, and the one-transaction write. */
    imports: createImportApi(db, clock),
    /** Back up now and Restore from backup; see backup-api.ts. */
    backup: createBackupApi(db, { appVersion, now }),
    /** Calls `listener` after people or partners change, in any window; returns unsubscribe. */
    watchRecords: (listener: (changes: TableChange[]) => void) => watchRecords(db, listener),
  };
}

export type DataApi = ReturnType<typeof createDataApi>;
