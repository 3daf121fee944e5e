/**
 * Who an interaction was with, as chosen in a form: existing people and partners, and
 * names typed for people who are not in Handshake yet (created on save, name only).
 */
import { foldText } from './text';

export type Participant =
  | { kind: 'person' | 'partner'; id: string; name: string; detail?: string }
  | { kind: 'new'; name: string };

export const participantKey = (participant: Participant) =>
  participant.kind === 'new'
    ? `new:${foldText(participant.name)}`
    : `${participant.kind}:${participant.id}`;

interface Candidate {
  kind: 'person' | 'partner';
  id: string;
  name: string;
  detail: string;
}

/**
 * What typed text stands for when the owner presses Enter without choosing a suggestion:
 * the one candidate whose name is exactly that (ignoring case and accents) — people before
 * partners — or else a new person by that name. Blank text stands for nobody.
 */
export function resolveTyped(
  text: string,
  candidates: readonly Candidate[],
): Participant | undefined {
  const name = text.trim().replace(/\s+/g, ' ');
  if (!name) return undefined;
  const key = foldText(name);
  const exact = candidates.filter((candidate) => foldText(candidate.name) === key);
  const match = exact.find((candidate) => candidate.kind === 'person') ?? exact[0];
  if (match) return { kind: match.kind, id: match.id, name: match.name, detail: match.detail };
  return { kind: 'new', name };
}

/** Adds a participant unless the same one is already there. */
export function addParticipant(list: readonly Participant[], next: Participant): Participant[] {
  const key = participantKey(next);
  return list.some((participant) => participantKey(participant) === key)
    ? [...list]
    : [...list, next];
}

/** The ids and new names a form's participants amount to, for the data API. */
export function splitParticipants(list: readonly Participant[]) {
  const personIds: string[] = [];
  const partnerIds: string[] = [];
  const newPeopleNames: string[] = [];
  for (const participant of list) {
    if (participant.kind === 'person') personIds.push(participant.id);
    else if (participant.kind === 'partner') partnerIds.push(participant.id);
    else newPeopleNames.push(participant.name);
  }
  return { personIds, partnerIds, newPeopleNames };
}

/** "Dana Ruiz", "Dana Ruiz and Sam Okafor", "Dana Ruiz, Sam Okafor and 2 others". */
export function describeParticipants(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ');
  const rest = names.length - 2;
  return `${names[0]}, ${names[1]} and ${rest === 1 ? names[2] : `${rest} others`}`;
}
