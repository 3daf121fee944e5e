import { useEffect, useRef, useState, type ReactNode } from 'react';
import './InlineEdit.css';

/** Messages by field path (`name`, `emails.1`), as the data API reports them. */
export type FieldErrors = Readonly<Record<string, string>>;

export interface InlineEditor<T> {
  label: string;
  draft: T;
  setDraft: (value: T) => void;
  /** Saves the draft (or the value given, when a choice is the whole edit). */
  commit: (value?: T) => void;
  errors: FieldErrors;
  /** The first message, for editors with one control. */
  error: string | undefined;
}

interface InlineEditProps<T> {
  label: string;
  value: T;
  /** What the field shows when not editing; nothing means the field is empty. */
  display: ReactNode;
  renderEditor: (editor: InlineEditor<T>) => ReactNode;
  /** Saves a changed value; resolves to messages when it was refused (nothing saved). */
  save: (value: T) => Promise<FieldErrors | undefined>;
  equal?: (a: T, b: T) => boolean;
  /**
   * Replaces the edit button, for a value that is itself a link (a button cannot hold
   * one). Mark its own edit button with `data-edit-trigger` so focus can return to it.
   */
  renderView?: (startEditing: () => void) => ReactNode;
  /** Spans the full width of the details grid (notes, addresses). */
  wide?: boolean;
}

const SAVED_FOR_MS = 2500;
const sameJson = <T,>(a: T, b: T) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A field shown as text that turns into its editor on click or Enter. It saves on its own
 * when focus leaves it or on Enter (the editor decides which keys commit), says "Saved"
 * quietly beside it, and Esc puts the value back. A refused value keeps the editor open
 * with the message beside it and saves nothing.
 */
export function InlineEdit<T>({
  label,
  value,
  display,
  renderEditor,
  save,
  equal = sameJson,
  renderView,
  wide,
}: InlineEditProps<T>) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  // Back from editing by keyboard, the cursor returns to the field; after a click
  // elsewhere it stays where the owner put it.
  const [refocus, setRefocus] = useState(false);
  const view = useRef<HTMLButtonElement>(null);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!saved) return;
    const timer = window.setTimeout(() => setSaved(false), SAVED_FOR_MS);
    return () => window.clearTimeout(timer);
  }, [saved]);

  useEffect(() => {
    if (editing || !refocus) return;
    (view.current ?? container.current?.querySelector<HTMLElement>('[data-edit-trigger]'))?.focus();
  }, [editing, refocus]);

  function startEditing() {
    setDraft(value);
    setErrors({});
    setSaved(false);
    setEditing(true);
  }

  function finish(returnFocus: boolean) {
    setRefocus(returnFocus);
    setEditing(false);
    setErrors({});
  }

  async function commit(next: T, leaving: boolean) {
    // Enter and the blur that may follow cannot both save: the first re-renders with
    // `saving` set before the next event arrives.
    if (saving) return;
    if (equal(next, value)) {
      finish(!leaving);
      return;
    }
    setDraft(next);
    setSaving(true);
    try {
      const refused = await save(next);
      if (refused) {
        setErrors(refused);
        return;
      }
      finish(!leaving);
      setSaved(true);
    } finally {
      setSaving(false);
    }
  }

  const status = (
    <span className="inline-field__status" role="status">
      {saved ? 'Saved' : ''}
    </span>
  );
  const className = [
    'inline-field',
    wide && 'inline-field--wide',
    editing && 'inline-field--editing',
  ]
    .filter(Boolean)
    .join(' ');

  if (!editing) {
    const empty = display === undefined || display === null || display === false || display === '';
    return (
      <div className={className} ref={container}>
        {renderView ? (
          renderView(startEditing)
        ) : (
          <button type="button" className="inline-field__view" ref={view} onClick={startEditing}>
            <span className="inline-field__label">{label}</span>
            <span
              className={
                empty ? 'inline-field__value inline-field__value--empty' : 'inline-field__value'
              }
            >
              {empty ? 'Not set' : display}
            </span>
          </button>
        )}
        {status}
      </div>
    );
  }

  return (
    <div
      className={className}
      ref={container}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        finish(true);
      }}
      onBlur={(event) => {
        // Leaving the field as a whole saves; moving between its own controls does not.
        if (!event.currentTarget.contains(event.relatedTarget)) void commit(draft, true);
      }}
    >
      {renderEditor({
        label,
        draft,
        setDraft,
        commit: (next = draft) => void commit(next, false),
        errors,
        error: Object.values(errors)[0],
      })}
      {status}
    </div>
  );
}
