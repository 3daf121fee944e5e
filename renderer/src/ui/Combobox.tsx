import type { InputHTMLAttributes, KeyboardEvent } from 'react';
import { FieldMessages, useFieldIds } from './FieldParts';
import { useCombobox, type ComboboxOption } from './useCombobox';
import './forms.css';

interface ComboboxFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange' | 'onSelect' | 'onKeyDown' | 'role'
> {
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onValueChange: (text: string) => void;
  /** Suggestions for what is typed now; the caller filters them. */
  options: readonly ComboboxOption[];
  onSelect: (option: ComboboxOption) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  'data-autofocus'?: boolean;
}

/** A labelled text field with type-ahead suggestions under it. */
export function ComboboxField({
  label,
  hint,
  error,
  value,
  onValueChange,
  options,
  onSelect,
  onKeyDown,
  onBlur,
  ...input
}: ComboboxFieldProps) {
  const { inputId, labelId, hintId, errorId, describedBy } = useFieldIds(hint, error);
  const combobox = useCombobox({ options, onSelect, labelId, onKeyDown });
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" id={labelId} htmlFor={inputId}>
        {label}
      </label>
      <div className="combobox">
        <input
          id={inputId}
          className="input"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          value={value}
          {...input}
          {...combobox.inputProps}
          onChange={(event) => {
            onValueChange(event.target.value);
            combobox.showSuggestions();
          }}
          onBlur={(event) => {
            combobox.inputProps.onBlur();
            onBlur?.(event);
          }}
        />
        {combobox.listbox}
      </div>
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}
