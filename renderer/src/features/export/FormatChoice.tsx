import { useId } from 'react';

export interface FormatOption<Value extends string> {
  value: Value;
  label: string;
  hint: string;
}

interface FormatChoiceProps<Value extends string> {
  options: readonly FormatOption<Value>[];
  value: Value;
  onChange: (value: Value) => void;
}

/** The export formats, each named by its label and described by what it is for. */
export function FormatChoice<Value extends string>({
  options,
  value,
  onChange,
}: FormatChoiceProps<Value>) {
  const id = useId();
  return (
    <fieldset className="format-choice">
      <legend className="field__label">Format</legend>
      {options.map((option) => (
        <div key={option.value} className="format-choice__option">
          <label className="choice">
            <input
              type="radio"
              name={`${id}-format`}
              value={option.value}
              checked={value === option.value}
              aria-describedby={`${id}-${option.value}`}
              onChange={() => onChange(option.value)}
            />
            <span className="format-choice__label">{option.label}</span>
          </label>
          <p className="format-choice__hint" id={`${id}-${option.value}`}>
            {option.hint}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
