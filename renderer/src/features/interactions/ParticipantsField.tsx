import { useRef, useState } from 'react';
import {
  addParticipant,
  participantKey,
  resolveTyped,
  type Participant,
} from '../../../../shared/participants';
import { FieldMessages, useFieldIds } from '../../ui/FieldParts';
import { useCombobox, type ComboboxOption } from '../../ui/useCombobox';
import { useSearch } from '../search/queries';
import '../../ui/forms.css';

interface ParticipantsFieldProps {
  value: readonly Participant[];
  onChange: (next: Participant[]) => void;
  error?: string | undefined;
  autoFocus?: boolean;
}

const NEW_PREFIX = 'new:';

/**
 * "With whom": people and partners as removable chips, found by type-ahead over the
 * search index. A name nobody has yet can be added as a new person (name only). Enter on
 * typed text takes the exact match or the new name; Enter on an empty box is left to the
 * form, so it saves.
 */
export function ParticipantsField({ value, onChange, error, autoFocus }: ParticipantsFieldProps) {
  const { inputId, labelId, hintId, errorId, describedBy } = useFieldIds(
    'Type a name; choose someone or add a new person.',
    error,
  );
  const [text, setText] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const { hits } = useSearch(text, { limit: 8 });

  const chosen = new Set(value.map(participantKey));
  const candidates = hits.filter((hit) => !chosen.has(participantKey(hit)));
  const typed = resolveTyped(text, hits);
  const options: ComboboxOption[] = candidates.map((hit) => ({
    key: `${hit.kind}:${hit.id}`,
    label: hit.name,
    detail: [hit.kind === 'partner' ? 'Partner' : '', hit.detail].filter(Boolean).join(' · '),
  }));
  if (typed?.kind === 'new') {
    options.push({
      key: `${NEW_PREFIX}${typed.name}`,
      label: `Add “${typed.name}” as a new person`,
    });
  }

  function add(participant: Participant) {
    onChange(addParticipant(value, participant));
    setAnnouncement(
      `Added ${participant.name}${participant.kind === 'new' ? ', a new person' : ''}`,
    );
    setText('');
  }

  function remove(participant: Participant) {
    onChange(value.filter((own) => participantKey(own) !== participantKey(participant)));
    setAnnouncement(`Removed ${participant.name}`);
    input.current?.focus();
  }

  const combobox = useCombobox({
    options,
    labelId,
    onSelect(option) {
      if (option.key.startsWith(NEW_PREFIX)) {
        add({ kind: 'new', name: option.key.slice(NEW_PREFIX.length) });
        return;
      }
      const hit = candidates.find(
        (candidate) => `${candidate.kind}:${candidate.id}` === option.key,
      );
      if (hit) add({ kind: hit.kind, id: hit.id, name: hit.name, detail: hit.detail });
    },
    onKeyDown(event) {
      if (event.key === 'Enter' && typed) {
        event.preventDefault();
        add(typed);
      } else if (event.key === 'Backspace' && text === '' && value.length > 0) {
        remove(value[value.length - 1]!);
      }
    },
  });

  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" id={labelId} htmlFor={inputId}>
        With whom
      </label>
      <div className="input tag-input combobox">
        <ul className="tag-input__chips" aria-label="Chosen people and partners">
          {value.map((participant) => (
            <li key={participantKey(participant)} className="chip">
              <span className="chip__text">
                {participant.name}
                {participant.kind === 'new' && <span className="chip__note"> (new)</span>}
                {participant.kind === 'partner' && <span className="chip__note"> (partner)</span>}
              </span>
              <button
                type="button"
                className="chip__remove"
                aria-label={`Remove ${participant.name}`}
                onClick={() => remove(participant)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <input
          ref={input}
          id={inputId}
          className="tag-input__input"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
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
      <FieldMessages
        hint="Type a name; choose someone or add a new person."
        hintId={hintId}
        error={error}
        errorId={errorId}
      />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
