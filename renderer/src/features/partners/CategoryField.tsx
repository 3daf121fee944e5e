import { useState, type KeyboardEvent } from 'react';
import { categorySuggestions } from '../../../../shared/partner-categories';
import { ComboboxField } from '../../ui/Combobox';
import { useCategoriesInUse } from './queries';

interface CategoryFieldProps {
  value: string;
  onChange: (category: string) => void;
  /** A suggestion picked from the list (as opposed to text typed). */
  onChoose?: (category: string) => void;
  error?: string;
  hint?: string;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  autoFocus?: boolean;
}

/** Free text, with suggestions: common partner businesses and every category in use. */
export function CategoryField({
  value,
  onChange,
  onChoose,
  error,
  hint = 'Type your own, or choose a suggestion.',
  onKeyDown,
  autoFocus,
}: CategoryFieldProps) {
  const [wanted, setWanted] = useState(false);
  const inUse = useCategoriesInUse(wanted);
  const options = categorySuggestions(inUse, value, navigator.language).map((category) => ({
    key: category,
    label: category,
  }));
  return (
    <ComboboxField
      label="Category"
      hint={hint}
      error={error}
      placeholder="Insurance agent, Realtor, …"
      autoFocus={autoFocus}
      value={value}
      onValueChange={onChange}
      onFocus={() => setWanted(true)}
      options={options}
      onSelect={(option) => {
        onChange(option.label);
        onChoose?.(option.label);
      }}
      onKeyDown={onKeyDown}
    />
  );
}
