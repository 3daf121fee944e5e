import { INTERACTION_KIND_LABELS } from '../../../../shared/interaction-kinds';
import { INTERACTION_KINDS, type InteractionKind } from '../../../../shared/records';

/** "No calls with Dana yet": each kind as a plural inside a sentence. */
export const KIND_PLURALS: Record<InteractionKind, string> = {
  handshake: 'handshakes',
  call: 'calls',
  video: 'video calls',
  email: 'emails',
  event: 'events',
  note: 'notes',
  'thank-you': 'thank-yous',
  gift: 'gifts',
};

/** The Kind filter's choices: every kind, after "All kinds" (the empty value). */
export const KIND_FILTER_OPTIONS = [
  { value: '', label: 'All kinds' },
  ...INTERACTION_KINDS.map((kind) => ({ value: kind, label: INTERACTION_KIND_LABELS[kind] })),
];

/** The edit form's choices: every kind. */
export const KIND_OPTIONS = KIND_FILTER_OPTIONS.slice(1);

export const isKind = (value: string): value is InteractionKind =>
  (INTERACTION_KINDS as readonly string[]).includes(value);

/** "1 entry", "1,204 entries". */
export const entryCount = (count: number) =>
  count === 1 ? '1 entry' : `${count.toLocaleString()} entries`;
