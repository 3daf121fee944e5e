/**
 * What the Add person form holds (text, as typed) and how it becomes a PersonInput. Pure,
 * so the mapping — and where each message lands — is tested without a browser.
 */
import {
  EMPTY_BIRTHDAY,
  filledRows,
  optionalText,
  parseBirthday,
  parseCadence,
  type BirthdayParts,
} from '../../../../shared/record-form';
import type { Partner, PersonInput, Relationship } from '../../../../shared/records';
import { foldText } from '../../../../shared/text';

/** The partner field: a chosen partner, one to create with the typed name, or just text. */
export interface PartnerChoice {
  id?: string;
  text: string;
  create?: boolean;
}

export interface PersonFormValues {
  name: string;
  company: string;
  title: string;
  emails: string[];
  phones: string[];
  relationship: Relationship;
  partner: PartnerChoice;
  tags: string[];
  howWeMet: string;
  birthday: BirthdayParts;
  cadence: string;
  notes: string;
}

export const PARTNER_CHOICE_MESSAGE =
  'Choose a partner from the list, or choose “Create partner” to add a new one.';

export function initialPersonForm(prefill: {
  name?: string;
  partner?: Pick<Partner, 'id' | 'name'>;
}): PersonFormValues {
  return {
    name: prefill.name ?? '',
    company: '',
    title: '',
    emails: [''],
    phones: [''],
    // Someone added from a partner's page works there.
    relationship: prefill.partner ? 'partner contact' : 'other',
    partner: prefill.partner
      ? { id: prefill.partner.id, text: prefill.partner.name }
      : { text: '' },
    tags: [],
    howWeMet: '',
    birthday: EMPTY_BIRTHDAY,
    cadence: '',
    notes: '',
  };
}

/** The partner that typed text names exactly (case- and accent-insensitive), if any. */
export function partnerNamed(partners: readonly Pick<Partner, 'id' | 'name'>[], text: string) {
  const key = foldText(text);
  return key === '' ? undefined : partners.find((partner) => foldText(partner.name) === key);
}

/** Resolves the partner field: linked, to be created, none, or a message. */
export function resolvePartner(
  choice: PartnerChoice,
  partners: readonly Pick<Partner, 'id' | 'name'>[],
): { partnerId?: string; newPartnerName?: string; error?: string } {
  const text = choice.text.trim();
  if (choice.id) return { partnerId: choice.id };
  if (choice.create && text !== '') return { newPartnerName: text };
  if (text === '') return {};
  const named = partnerNamed(partners, text);
  return named ? { partnerId: named.id } : { error: PARTNER_CHOICE_MESSAGE };
}

export interface PreparedPerson {
  input: PersonInput;
  newPartnerName?: string;
  /** Messages found before asking the data API, by field path. */
  errors: Record<string, string>;
  /** The form row each saved email or phone came from. */
  rowOf: { emails: number[]; phones: number[] };
}

export function preparePerson(
  values: PersonFormValues,
  partners: readonly Pick<Partner, 'id' | 'name'>[],
): PreparedPerson {
  const errors: Record<string, string> = {};
  const emails = filledRows(values.emails);
  const phones = filledRows(values.phones);
  const cadence = parseCadence(values.cadence);
  if (!cadence.ok) errors.cadenceDays = cadence.error;
  const birthday = parseBirthday(values.birthday);
  if (!birthday.ok) errors.birthday = birthday.error;
  const partner = resolvePartner(values.partner, partners);
  if (partner.error) errors.partnerId = partner.error;

  return {
    input: {
      name: values.name,
      company: optionalText(values.company),
      title: optionalText(values.title),
      emails: emails.values,
      phones: phones.values,
      relationship: values.relationship,
      partnerId: partner.partnerId,
      tags: values.tags,
      howWeMet: optionalText(values.howWeMet),
      birthday: birthday.ok ? birthday.value : undefined,
      cadenceDays: cadence.ok ? cadence.value : undefined,
      notes: optionalText(values.notes),
    },
    newPartnerName: partner.newPartnerName,
    errors,
    rowOf: { emails: emails.rowOf, phones: phones.rowOf },
  };
}

const RELATIONSHIP_LABELS: Record<Relationship, string> = {
  client: 'Client',
  prospect: 'Prospect',
  'partner contact': 'Partner contact',
  friend: 'Friend',
  other: 'Other',
};

export function relationshipLabel(relationship: Relationship): string {
  return RELATIONSHIP_LABELS[relationship];
}

export const RELATIONSHIP_OPTIONS = Object.entries(RELATIONSHIP_LABELS).map(([value, label]) => ({
  value,
  label,
}));
