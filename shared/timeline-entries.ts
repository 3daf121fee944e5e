/**
 * What a timeline shows: entries built from the stored records, each with
 * the people and partners involved resolved to names. Entries form a discriminated union
 * on `type`: interactions, and referrals (shown on everyone involved's timeline).
 */
import type { Interaction, InteractionKind, Referral } from './records';
import type { Dated } from './timeline';

export type SubjectKind = 'person' | 'partner';

/** The person or partner a timeline is about, or a filter is narrowed to. */
export interface SubjectRef {
  kind: SubjectKind;
  id: string;
}

/** A stored name, and whether its record is in the Trash (then it is shown unlinked). */
export interface KnownName {
  name: string;
  trashed: boolean;
}

export interface NameBook {
  people: ReadonlyMap<string, KnownName>;
  partners: ReadonlyMap<string, KnownName>;
}

/** Someone involved in an entry, as the entry shows them. */
export interface Involved {
  kind: SubjectKind;
  id: string;
  /** Undefined once the record is deleted forever: "someone since deleted". */
  name: string | undefined;
  /** Only records that exist and are not in the Trash have a page to link to. */
  linkable: boolean;
}

export interface InteractionEntry extends Dated {
  type: 'interaction';
  interaction: Interaction;
  involved: Involved[];
}

/** A referral on a timeline, with everyone it names. */
export interface ReferralEntry extends Dated {
  type: 'referral';
  referral: Referral;
  referrer: Involved | undefined;
  referrerPartner: Involved | undefined;
  introduced: Involved | undefined;
  /** The partner the owner sent someone to (given referrals). */
  partner: Involved | undefined;
}

/** Every kind of timeline entry. */
export type TimelineEntry = InteractionEntry | ReferralEntry;

/** What the Kind filter chooses from: every kind of interaction, and referrals. */
export type EntryKind = InteractionKind | 'referral';

export const entryKind = (entry: TimelineEntry): EntryKind =>
  entry.type === 'referral' ? 'referral' : entry.interaction.kind;

const isSubject = (subject: SubjectRef | undefined, kind: SubjectKind, id: string) =>
  subject?.kind === kind && subject.id === id;

function involvedOne(kind: SubjectKind, id: string, known: KnownName | undefined): Involved {
  return { kind, id, name: known?.name, linkable: known !== undefined && !known.trashed };
}

/**
 * An interaction as a timeline entry: its people, then its partners, in the order they
 * were chosen — leaving out `except`, the record whose own timeline this is.
 */
export function interactionEntry(
  interaction: Interaction,
  names: NameBook,
  except?: SubjectRef,
): InteractionEntry {
  const involved: Involved[] = [];
  for (const id of interaction.personIds) {
    if (!isSubject(except, 'person', id)) {
      involved.push(involvedOne('person', id, names.people.get(id)));
    }
  }
  for (const id of interaction.partnerIds) {
    if (!isSubject(except, 'partner', id)) {
      involved.push(involvedOne('partner', id, names.partners.get(id)));
    }
  }
  return {
    type: 'interaction',
    id: interaction.id,
    date: interaction.date,
    createdAt: interaction.createdAt,
    interaction,
    involved,
  };
}

/** The people and partners whose names these interactions need, each once. */
export function involvedIds(interactions: readonly Interaction[]): {
  personIds: string[];
  partnerIds: string[];
} {
  const personIds = new Set<string>();
  const partnerIds = new Set<string>();
  for (const interaction of interactions) {
    for (const id of interaction.personIds) personIds.add(id);
    for (const id of interaction.partnerIds) partnerIds.add(id);
  }
  return { personIds: [...personIds], partnerIds: [...partnerIds] };
}

/** A referral as a timeline entry, naming its referrer, the person introduced and partner. */
export function referralEntry(referral: Referral, names: NameBook): ReferralEntry {
  const person = (id: string | undefined) =>
    id === undefined ? undefined : involvedOne('person', id, names.people.get(id));
  const partner = (id: string | undefined) =>
    id === undefined ? undefined : involvedOne('partner', id, names.partners.get(id));
  return {
    type: 'referral',
    id: referral.id,
    date: referral.date,
    createdAt: referral.createdAt,
    referral,
    referrer: person(referral.referrerPersonId),
    referrerPartner: partner(referral.referrerPartnerId),
    introduced: person(referral.introducedPersonId),
    partner: partner(referral.partnerId),
  };
}

/** The people and partners these referrals name, each once. */
export function referralIds(referrals: readonly Referral[]): {
  personIds: string[];
  partnerIds: string[];
} {
  const personIds = new Set<string>();
  const partnerIds = new Set<string>();
  for (const referral of referrals) {
    for (const id of [referral.referrerPersonId, referral.introducedPersonId]) {
      if (id) personIds.add(id);
    }
    for (const id of [referral.referrerPartnerId, referral.partnerId]) if (id) partnerIds.add(id);
  }
  return { personIds: [...personIds], partnerIds: [...partnerIds] };
}
