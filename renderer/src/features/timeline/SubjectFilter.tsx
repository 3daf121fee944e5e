import { useId, useState } from 'react';
import { useCombobox, type ComboboxOption } from '../../ui/useCombobox';
import { useSearch } from '../search/queries';
import type { ChosenSubject } from './filters-store';

const SHOWN = 8;

interface SubjectFilterProps {
  value: ChosenSubject | undefined;
  onChange: (subject: ChosenSubject | undefined) => void;
}

/**
 * "Person or partner": type-ahead over everyone (the app's search index), one choice,
 * cleared with the × button or by typing something else.
 */
export function SubjectFilter({ value, onChange }: SubjectFilterProps) {
  const inputId = useId();
  const labelId = `${inputId}-label`;
  const hintId = `${inputId}-hint`;
  const [text, setText] = useState(value?.name ?? '');
  const typing = text.trim() !== '' && text !== value?.name;
  const { hits, ready } = useSearch(typing ? text : '', { limit: SHOWN });
  const options: ComboboxOption[] = hits.map((hit) => ({
    key: `${hit.kind}:${hit.id}`,
    label: hit.name,
    detail:
      hit.kind === 'partner' ? ['Partner', hit.detail].filter(Boolean).join(' · ') : hit.detail,
  }));
  const combobox = useCombobox({
    options,
    labelId,
    onSelect: (option) => {
      const hit = hits.find((candidate) => `${candidate.kind}:${candidate.id}` === option.key);
      if (!hit) return;
      setText(hit.name);
      onChange({ kind: hit.kind, id: hit.id, name: hit.name });
    },
  });

  function clear() {
    setText('');
    onChange(undefined);
    document.getElementById(inputId)?.focus();
  }

  const hint =
    typing && ready && options.length === 0 ? `No one matches “${text.trim()}”.` : undefined;

  return (
    <div className="field subject-filter">
      <label className="field__label" id={labelId} htmlFor={inputId}>
        Person or partner
      </label>
      <div className="combobox subject-filter__box">
        <input
          id={inputId}
          className="input"
          placeholder="Anyone"
          aria-describedby={hint ? hintId : undefined}
          value={text}
          {...combobox.inputProps}
          onChange={(event) => {
            setText(event.target.value);
            if (value) onChange(undefined);
            combobox.showSuggestions();
          }}
          onBlur={() => {
            combobox.inputProps.onBlur();
            // Text that was never chosen filters nothing: show that by emptying the box.
            if (!value) setText('');
          }}
        />
        {(value || text) && (
          <button
            type="button"
            className="subject-filter__clear"
            aria-label="Clear person or partner"
            onClick={clear}
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
        {combobox.listbox}
      </div>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
