import { useRef, useState } from 'react';
import { foldText } from '../../../../shared/text';
import { FieldMessages, useFieldIds } from '../../ui/FieldParts';
import { useCombobox, type ComboboxOption } from '../../ui/useCombobox';
import { useSearch } from '../search/queries';
import '../../ui/forms.css';

/** A chosen record, or a new person's name to create on save. */
export type Pick = { id: string; name: string } | { id?: undefined; name: string };

interface RecordPickerProps {
  label: string;
  hint: string;
  kind: 'person' | 'partner';
  value: Pick | undefined;
  onChange: (next: Pick | undefined) => void;
  /** Offer to add a name nobody has yet as a new person. */
  allowNew?: boolean;
  error?: string | undefined;
  autoFocus?: boolean;
}

const NEW_KEY = 'new';

/**
 * One person or one partner, found by type-ahead over the search index; the choice shows
 * as a removable chip. Enter on typed text takes the exact match (or the new name); Enter
 * on an empty box is left to the form, so it saves.
 */
export function RecordPicker(props: RecordPickerProps) {
  const { label, hint, kind, value, onChange, allowNew, error, autoFocus } = props;
  const { inputId, labelId, hintId, errorId, describedBy } = useFieldIds(hint, error);
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const { hits } = useSearch(text, { limit: 8, kind });
  const typed = text.trim();
  const exact = hits.find((hit) => foldText(hit.name) === foldText(typed));

  const options: ComboboxOption[] = hits.map((hit) => ({
    key: hit.id,
    label: hit.name,
    detail: hit.detail,
  }));
  if (allowNew && typed && !exact) {
    options.push({ key: NEW_KEY, label: `Add “${typed}” as a new person` });
  }

  function choose(next: Pick) {
    onChange(next);
    setText('');
  }

  const combobox = useCombobox({
    options,
    labelId,
    onSelect(option) {
      if (option.key === NEW_KEY) return choose({ name: typed });
      const hit = hits.find((candidate) => candidate.id === option.key);
      if (hit) choose({ id: hit.id, name: hit.name });
    },
    onKeyDown(event) {
      if (event.key !== 'Enter' || !typed) return;
      if (exact) choose({ id: exact.id, name: exact.name });
      else if (allowNew) choose({ name: typed });
      else return;
      event.preventDefault();
    },
  });

  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" id={labelId} htmlFor={inputId}>
        {label}
      </label>
      <div className="input tag-input combobox">
        {value && (
          <span className="chip">
            <span className="chip__text">
              {value.name}
              {value.id === undefined && <span className="chip__note"> (new)</span>}
            </span>
            <button
              type="button"
              className="chip__remove"
              aria-label={`Remove ${value.name}`}
              onClick={() => {
                onChange(undefined);
                input.current?.focus();
              }}
            >
              ×
            </button>
          </span>
        )}
        <input
          ref={input}
          id={inputId}
          className="tag-input__input"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          placeholder={value ? 'Type to change' : undefined}
          value={text}
          data-autofocus={autoFocus ? true : undefined}
          {...combobox.inputProps}
          onChange={(event) => {
            setText(event.target.value);
            combobox.showSuggestions();
          }}
        />
        {combobox.listbox}
      </div>
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}
