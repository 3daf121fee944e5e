import type { KeyboardEvent } from 'react';
import type { Partner } from '../../../../shared/records';
import { foldText } from '../../../../shared/text';
import { ComboboxField } from '../../ui/Combobox';
import type { ComboboxOption } from '../../ui/useCombobox';
import { partnerNamed, type PartnerChoice } from './person-form';

const SHOWN = 8;
const CREATE = 'create-partner';

/** Partners whose name contains the typed text (those starting with it first), then "Create". */
export function partnerOptions(partners: readonly Partner[], text: string): ComboboxOption[] {
  const query = foldText(text);
  const matching: ComboboxOption[] = partners
    .map((partner) => ({ partner, key: foldText(partner.name) }))
    .filter(({ key }) => key.includes(query))
    .sort((a, b) => Number(!a.key.startsWith(query)) - Number(!b.key.startsWith(query)))
    .slice(0, SHOWN)
    .map(({ partner }) => ({ key: partner.id, label: partner.name, detail: partner.category }));
  const typed = text.trim();
  if (typed !== '' && !partnerNamed(partners, typed)) {
    matching.push({ key: CREATE, label: `Create partner “${typed}”` });
  }
  return matching;
}

interface PartnerFieldProps {
  value: PartnerChoice;
  onChange: (choice: PartnerChoice) => void;
  /** A partner picked (or "Create" chosen) from the list, as opposed to text typed. */
  onChoose?: (choice: PartnerChoice) => void;
  partners: readonly Partner[];
  error?: string;
  hint?: string;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  autoFocus?: boolean;
}

/** The business a person belongs to: type-ahead over partners, or create one by name. */
export function PartnerField({
  value,
  onChange,
  onChoose,
  partners,
  error,
  hint,
  onKeyDown,
  autoFocus,
}: PartnerFieldProps) {
  const creating = value.create && value.text.trim() !== '';
  return (
    <ComboboxField
      label="Partner"
      hint={
        creating
          ? `A new partner “${value.text.trim()}” will be added and linked when you save.`
          : hint
      }
      error={error}
      placeholder="Type a partner’s name"
      autoFocus={autoFocus}
      value={value.text}
      onValueChange={(text) => onChange({ text })}
      options={partnerOptions(partners, value.text)}
      onSelect={(option) => {
        const choice =
          option.key === CREATE
            ? { text: value.text.trim(), create: true }
            : { id: option.key, text: option.label };
        onChange(choice);
        onChoose?.(choice);
      }}
      onKeyDown={onKeyDown}
    />
  );
}
