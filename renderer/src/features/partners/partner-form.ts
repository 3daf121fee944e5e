/**
 * What the Add partner form holds (text, as typed) and how it becomes a PartnerInput.
 * Pure, so the mapping is tested without a browser.
 */
import { optionalText, parseCadence } from '../../../../shared/record-form';
import type { PartnerInput, PartnerStatus } from '../../../../shared/records';

export interface PartnerFormValues {
  name: string;
  category: string;
  status: PartnerStatus;
  website: string;
  email: string;
  phone: string;
  address: string;
  whatsInItForThem: string;
  recommendation: string;
  tags: string[];
  cadence: string;
  notes: string;
}

export function initialPartnerForm(prefill: { name?: string }): PartnerFormValues {
  return {
    name: prefill.name ?? '',
    category: '',
    status: 'prospect',
    website: '',
    email: '',
    phone: '',
    address: '',
    whatsInItForThem: '',
    recommendation: '',
    tags: [],
    cadence: '',
    notes: '',
  };
}

export function preparePartner(values: PartnerFormValues): {
  input: PartnerInput;
  errors: Record<string, string>;
} {
  const errors: Record<string, string> = {};
  const cadence = parseCadence(values.cadence);
  if (!cadence.ok) errors.cadenceDays = cadence.error;
  return {
    input: {
      name: values.name,
      category: optionalText(values.category),
      status: values.status,
      website: optionalText(values.website),
      email: optionalText(values.email),
      phone: optionalText(values.phone),
      address: optionalText(values.address),
      whatsInItForThem: optionalText(values.whatsInItForThem),
      recommendation: optionalText(values.recommendation),
      tags: values.tags,
      cadenceDays: cadence.ok ? cadence.value : undefined,
      notes: optionalText(values.notes),
    },
    errors,
  };
}

const STATUS_LABELS: Record<PartnerStatus, string> = {
  prospect: 'Prospect',
  talking: 'Talking',
  active: 'Active',
  paused: 'Paused',
};

export function statusLabel(status: PartnerStatus): string {
  return STATUS_LABELS[status];
}

export const STATUS_OPTIONS = Object.entries(STATUS_LABELS).map(([value, label]) => ({
  value,
  label,
}));

export const RECOMMENDATION_HINT =
  'One line printed under their name in the partner directory you give clients.';

export const MOTIVATION_HINT =
  'Why referring clients to you helps them: the same customers, referrals back, a better service for their clients.';

/** The cadence field's hint, naming the default for the partner's status (Settings). */
export function partnerCadenceHint(status: PartnerStatus, statusDefault: number | undefined) {
  return statusDefault === undefined
    ? 'Days between contacts, such as 30. Leave empty for none.'
    : `Days between contacts. Leave empty and ${STATUS_LABELS[status].toLowerCase()} partners are due every ${statusDefault} days.`;
}
