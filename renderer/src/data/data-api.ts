import {
  interactionInput,
  partnerInput,
  personInput,
  referralInput,
  reminderInput,
} from '../../../shared/records';
import { foldText } from '../../../shared/text';
import type { HandshakeDatabase } from './database';
import { createSettingsApi } from './settings-api';
import { createTableApi } from './table-api';

export interface DataApiOptions {
  locale: string;
  now?: () => number;
}

/**
 * Everything features may do with stored records. Features call this (through their
 * commands.ts and queries.ts), never `db.*`.
 */
export function createDataApi(db: HandshakeDatabase, { locale, now }: DataApiOptions) {
  const named = (value: { name: string }) => ({ nameKey: foldText(value.name) });
  return {
    people: createTableApi({
      db,
      table: db.people,
      input: personInput,
      noun: 'person',
      derive: named,
      now,
    }),
    partners: createTableApi({
      db,
      table: db.partners,
      input: partnerInput,
      noun: 'partner',
      derive: named,
      now,
    }),
    interactions: createTableApi({
      db,
      table: db.interactions,
      input: interactionInput,
      noun: 'interaction',
      now,
    }),
    referrals: createTableApi({
      db,
      table: db.referrals,
      input: referralInput,
      noun: 'referral',
      now,
    }),
    reminders: createTableApi({
      db,
      table: db.reminders,
      input: reminderInput,
      noun: 'reminder',
      now,
    }),
    settings: createSettingsApi({ db, locale, now }),
  };
}

export type DataApi = ReturnType<typeof createDataApi>;
