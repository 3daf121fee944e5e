import { useEffect, useId, useState, type KeyboardEvent } from 'react';

export interface ComboboxOption {
  key: string;
  label: string;
  /** A second, quieter line: a partner's category, a person's title. */
  detail?: string;
}

interface UseComboboxOptions {
  options: readonly ComboboxOption[];
  onSelect: (option: ComboboxOption) => void;
  /** The id of the visible label, which also names the list of suggestions. */
  labelId: string;
  /** Keys the list does not use: Enter with nothing highlighted, a comma, Backspace… */
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/**
 * The ARIA 1.2 combobox pattern for a text input with a list of suggestions: arrows move
 * through them, Enter picks the highlighted one, Esc closes the list (and only the list —
 * the event is marked handled so a dialog around it stays open). Nothing is highlighted
 * until the arrows are used, so Enter on typed text keeps its own meaning.
 */
export function useCombobox({ options, onSelect, labelId, onKeyDown }: UseComboboxOptions) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const showing = open && options.length > 0;
  const activeIndex = showing && active < options.length ? active : -1;
  const optionId = (index: number) => `${listId}-option-${index}`;

  // Keep the highlighted suggestion in view when the arrows move past the list's edge.
  const activeId = activeIndex >= 0 ? optionId(activeIndex) : undefined;
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  function choose(option: ComboboxOption) {
    setOpen(false);
    setActive(-1);
    onSelect(option);
  }

  function move(step: number) {
    if (!showing) {
      setOpen(true);
      setActive(step > 0 ? 0 : options.length - 1);
    } else if (activeIndex < 0) {
      setActive(step > 0 ? 0 : options.length - 1);
    } else {
      setActive((activeIndex + step + options.length) % options.length);
    }
  }

  const inputProps = {
    role: 'combobox' as const,
    'aria-expanded': showing,
    'aria-controls': showing ? listId : undefined,
    'aria-autocomplete': 'list' as const,
    'aria-activedescendant': activeIndex >= 0 ? optionId(activeIndex) : undefined,
    autoComplete: 'off',
    onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        move(event.key === 'ArrowDown' ? 1 : -1);
      } else if (event.key === 'Enter' && activeIndex >= 0) {
        event.preventDefault();
        choose(options[activeIndex]!);
      } else if (event.key === 'Escape' && showing) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else {
        onKeyDown?.(event);
      }
    },
    onClick() {
      setOpen((was) => !was);
    },
    onBlur() {
      setOpen(false);
      setActive(-1);
    },
  };

  const listbox = showing ? (
    <ul className="combobox__list" role="listbox" id={listId} aria-labelledby={labelId}>
      {options.map((option, index) => (
        <li
          key={option.key}
          id={optionId(index)}
          role="option"
          aria-selected={index === activeIndex}
          className={
            index === activeIndex ? 'combobox__option combobox__option--active' : 'combobox__option'
          }
          // Keep focus in the input so choosing does not count as leaving the field.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => choose(option)}
        >
          <span className="combobox__label">{option.label}</span>
          {option.detail && <span className="combobox__detail">{option.detail}</span>}
        </li>
      ))}
    </ul>
  ) : null;

  return {
    inputProps,
    listbox,
    /** Call when the text changes: suggestions follow what is typed. */
    showSuggestions() {
      setOpen(true);
      setActive(-1);
    },
  };
}
