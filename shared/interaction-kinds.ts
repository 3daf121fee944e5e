import type { InteractionKind } from './records';

/** How each kind of interaction is named in the interface. */
export const INTERACTION_KIND_LABELS: Record<InteractionKind, string> = {
  handshake: 'Handshake',
  call: 'Call',
  video: 'Video',
  email: 'Email',
  event: 'Event',
  note: 'Note',
  'thank-you': 'Thank-you',
  gift: 'Gift',
};

/** "handshake" → "handshake"; "thank-you" → "thank-you": the noun inside a sentence. */
export const kindInSentence = (kind: InteractionKind) =>
  INTERACTION_KIND_LABELS[kind].toLowerCase();
