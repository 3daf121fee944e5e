import { useRef, useState, type KeyboardEvent } from 'react';
import { addTag, splitTags, tagSuggestions } from '../../../shared/tag-list';
import { FieldMessages, useFieldIds } from './FieldParts';
import { useCombobox } from './useCombobox';
import './forms.css';

interface TagInputProps {
  label?: string;
  hint?: string;
  error?: string;
  tags: readonly string[];
  onChange: (tags: string[]) => void;
  /** Every tag already used, for type-ahead. */
  inUse: readonly string[];
  /** Keys the tag input leaves alone: Enter with nothing typed, Esc. */
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  onFocus?: () => void;
  autoFocus?: boolean;
}

/**
 * Tags as removable chips plus a type-ahead over the tags in use. Enter or a comma turns
 * the typed text into a tag; Backspace in the empty box removes the last one; each chip
 * has its own remove button, reachable with Tab.
 */
export function TagInput({
  label = 'Tags',
  hint,
  error,
  tags,
  onChange,
  inUse,
  onKeyDown,
  onFocus,
  autoFocus,
}: TagInputProps) {
  const { inputId, labelId, hintId, errorId, describedBy } = useFieldIds(hint, error);
  const [text, setText] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const input = useRef<HTMLInputElement>(null);

  function add(raw: string) {
    const next = splitTags(raw).reduce<string[]>((list, tag) => addTag(list, tag), [...tags]);
    if (next.length !== tags.length) {
      onChange(next);
      setAnnouncement(`Added tag ${next.slice(tags.length).join(', ')}`);
    }
    setText('');
  }

  function remove(tag: string) {
    onChange(tags.filter((own) => own !== tag));
    setAnnouncement(`Removed tag ${tag}`);
    input.current?.focus();
  }

  const options = tagSuggestions(inUse, text, tags).map((tag) => ({ key: tag, label: tag }));
  const combobox = useCombobox({
    options,
    labelId,
    onSelect: (option) => add(option.label),
    onKeyDown(event) {
      if ((event.key === 'Enter' || event.key === ',') && text.trim() !== '') {
        event.preventDefault();
        add(text);
      } else if (event.key === ',') {
        event.preventDefault();
      } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
        event.preventDefault();
        remove(tags[tags.length - 1]!);
      } else {
        onKeyDown?.(event);
      }
    },
  });

  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" id={labelId} htmlFor={inputId}>
        {label}
      </label>
      <div className="combobox">
        <div
          className="input tag-input"
          // A click on the empty part of the box puts the cursor in it, like a text field.
          onMouseDown={(event) => {
            if (event.target === event.currentTarget) {
              event.preventDefault();
              input.current?.focus();
            }
          }}
        >
          {tags.length > 0 && (
            <ul className="tag-input__chips" aria-label={`Chosen ${label.toLowerCase()}`}>
              {tags.map((tag) => (
                <li key={tag} className="chip">
                  <span className="chip__text">{tag}</span>
                  <button
                    type="button"
                    className="chip__remove"
                    aria-label={`Remove tag ${tag}`}
                    onClick={() => remove(tag)}
                    onKeyDown={(event) => {
                      if (event.key === 'Backspace' || event.key === 'Delete') {
                        event.preventDefault();
                        remove(tag);
                      }
                    }}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <input
            ref={input}
            id={inputId}
            className="tag-input__input"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            placeholder={tags.length === 0 ? 'Type a tag and press Enter' : undefined}
            autoFocus={autoFocus}
            value={text}
            {...combobox.inputProps}
            onFocus={onFocus}
            onChange={(event) => {
              const value = event.target.value;
              // Pasting "vip, golf, board" adds the finished tags at once.
              if (value.includes(',')) {
                const cut = value.lastIndexOf(',');
                add(value.slice(0, cut));
                setText(value.slice(cut + 1).trimStart());
              } else {
                setText(value);
              }
              combobox.showSuggestions();
            }}
            onBlur={() => {
              combobox.inputProps.onBlur();
              // Typed but not yet confirmed: keep it rather than lose it silently.
              if (text.trim() !== '') add(text);
            }}
          />
        </div>
        {combobox.listbox}
      </div>
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
      <span className="visually-hidden" role="status">
        {announcement}
      </span>
    </div>
  );
}
