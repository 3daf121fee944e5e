/**
 * Small record builders for the engine's tests. `input()` fills in every person's and
 * partner's last touch from the interactions, as the interactions API keeps it.
 */
import type { AttentionInput } from '../../../../shared/attention/engine';
import { latestTouch } from '../../../../shared/last-touch';
import type { Interaction, Partner, Person, Referral, Reminder } from '../../../../shared/records';
import type { CadenceDefaults } from '../../../../shared/settings';

/** Epoch ms at local noon of a date: when a record was added. */
export const at = (date: string) => new Date(`${date}T12:00:00`).getTime();

const meta = (id: string, created = '2026-01-01') => ({
  id,
  createdAt: at(created),
  updatedAt: at(created),
});

export const person = (id: string, name: string, more: Partial<Person> = {}): Person => ({
  ...meta(id),
  name,
  emails: [],
  phones: [],
  relationship: 'other',
  tags: [],
  ...more,
});

export const partner = (id: string, name: string, more: Partial<Partner> = {}): Partner => ({
  ...meta(id),
  name,
  status: 'prospect',
  tags: [],
  ...more,
});

export const interaction = (
  id: string,
  date: string,
  more: Partial<Interaction> = {},
): Interaction => ({
  ...meta(id, date),
  kind: 'handshake',
  date,
  personIds: [],
  partnerIds: [],
  summary: 'Coffee',
  ...more,
});

export const referral = (id: string, date: string, more: Partial<Referral> = {}): Referral => ({
  ...meta(id, date),
  direction: 'received',
  date,
  warmth: 'introduction',
  status: 'new',
  ...more,
});

export const reminder = (id: string, more: Partial<Reminder> = {}): Reminder => ({
  ...meta(id),
  reason: 'custom',
  dueDate: '2026-11-20',
  ...more,
});

export interface Records {
  people?: Person[];
  partners?: Partner[];
  interactions?: Interaction[];
  referrals?: Referral[];
  reminders?: Reminder[];
  cadenceDefaults?: CadenceDefaults;
}

export function input(records: Records): AttentionInput {
  const interactions = records.interactions ?? [];
  const touch = (key: 'personIds' | 'partnerIds', id: string) =>
    latestTouch(interactions.filter((i) => i[key].includes(id)));
  const withTouch = <T extends { id: string; lastTouch?: string | undefined }>(
    list: T[],
    key: 'personIds' | 'partnerIds',
  ) =>
    list.map((record) => {
      const lastTouch = touch(key, record.id);
      const { lastTouch: _stale, ...rest } = record;
      return (lastTouch ? { ...rest, lastTouch } : rest) as T;
    });
  return {
    people: withTouch(records.people ?? [], 'personIds'),
    partners: withTouch(records.partners ?? [], 'partnerIds'),
    interactions,
    referrals: records.referrals ?? [],
    reminders: records.reminders ?? [],
    cadenceDefaults: records.cadenceDefaults ?? { active: 30 },
  };
}
