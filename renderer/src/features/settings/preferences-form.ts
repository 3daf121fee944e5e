/**
 * Settings → Preferences: the default keep-in-touch cadences as the owner types them, one
 * box per partner status and one for champions. Turning text into days happens here; the
 * range (1–3650) is the settings schema's, so both read the same sentences.
 */
import type { CadenceDefaults } from '../../../../shared/settings';

export const CADENCE_GROUPS = [
  { key: 'prospect', label: 'Prospect partners' },
  { key: 'talking', label: 'Talking partners' },
  { key: 'active', label: 'Active partners' },
  { key: 'paused', label: 'Paused partners' },
  { key: 'champions', label: 'Champions' },
] as const satisfies readonly { key: keyof CadenceDefaults; label: string }[];

export type CadenceGroup = (typeof CADENCE_GROUPS)[number]['key'];
export type CadenceTexts = Record<CadenceGroup, string>;

const WHOLE_DAYS = 'A cadence must be a whole number of days.';

export function cadenceTexts(defaults: CadenceDefaults): CadenceTexts {
  const text = (days: number | undefined) => (days === undefined ? '' : String(days));
  return {
    prospect: text(defaults.prospect),
    talking: text(defaults.talking),
    active: text(defaults.active),
    paused: text(defaults.paused),
    champions: text(defaults.champions),
  };
}

/** Empty boxes mean no default; anything but whole days gets a sentence beside its box. */
export function parseCadenceTexts(texts: CadenceTexts): {
  value: CadenceDefaults;
  errors: Partial<Record<CadenceGroup, string>>;
} {
  const value: CadenceDefaults = {};
  const errors: Partial<Record<CadenceGroup, string>> = {};
  for (const { key } of CADENCE_GROUPS) {
    const trimmed = texts[key].trim();
    if (trimmed === '') continue;
    if (/^\d+$/.test(trimmed)) value[key] = Number(trimmed);
    else errors[key] = WHOLE_DAYS;
  }
  return { value, errors };
}
