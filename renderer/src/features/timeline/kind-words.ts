import { INTERACTION_KIND_LABELS } from '../../../../shared/interaction-kinds';
import { INTERACTION_KINDS, type InteractionKind } from '../../../../shared/records';
import type { EntryKind } from '../../../../shared/timeline-entries';

/** "No calls with Dana yet": each kind as a plural inside a sentence. */
export const KIND_PLURALS: Record<EntryKind, string> = {
  handshake: 'handshakes',
  call: 'calls',
  video: 'video calls',
  email: 'emails',
  event: 'events',
  note: 'notes',
  'thank-you': 'thank-yous',
  gift: 'gifts',
  referral: 'referrals',
};

const INTERACTION_OPTIONS = INTERACTION_KINDS.map((kind) => ({
  value: kind,
  label: INTERACTION_KIND_LABELS[kind],
}));

/** The Kind filter's choices: every kind and Referrals, after "All kinds" (the empty value). */
export const KIND_FILTER_OPTIONS = [
  { value: '', label: 'All kinds' },
  ...INTERACTION_OPTIONS,
  { value: 'referral', label: 'Referrals' },
];

/** The edit form's choices: every kind of interaction. */
export const KIND_OPTIONS = INTERACTION_OPTIONS;

export const isKind = (value: string): value is InteractionKind =>
  (INTERACTION_KINDS as readonly string[]).includes(value);

/** A Kind filter choice: an interaction kind or "referral". */
export const isEntryKind = (value: string): value is EntryKind =>
  value === 'referral' || isKind(value);

/** "1 entry", "1,204 entries". */
export const entryCount = (count: number) =>
  count === 1 ? '1 entry' : `${count.toLocaleString()} entries`;
