/**
 * In-place fields that people and partners share: plain text, tags and the keep-in-touch
 * cadence. Each takes the current value and a way to save a change.
 */
import { useState, type KeyboardEvent } from 'react';
import { optionalText, parseCadence } from '../../../../shared/record-form';
import { InlineEdit, type FieldErrors } from '../../ui/InlineEdit';
import { TextAreaEditor, TextEditor } from '../../ui/inline-editors';
import { TagInput } from '../../ui/TagInput';
import { useTagsInUse } from './queries';
import '../../ui/InlineEdit.css';

type Save<T> = (value: T) => Promise<FieldErrors | undefined>;

/** Enter saves, from controls whose Enter means nothing else. */
export const enterSaves =
  (commit: () => void) =>
  (event: KeyboardEvent<HTMLElement>): void => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    commit();
  };

interface TextInlineProps {
  label: string;
  value: string | undefined;
  /** Saves the trimmed text, or undefined when emptied (the field is cleared). */
  save: Save<string | undefined>;
  multiline?: boolean;
  /** A required field (a name) saves exactly what was typed, so emptying it is refused. */
  required?: boolean;
  type?: 'email' | 'tel' | 'text';
  hint?: string;
}

export function TextInline({
  label,
  value,
  save,
  multiline,
  required,
  type,
  hint,
}: TextInlineProps) {
  return (
    <InlineEdit<string>
      label={label}
      value={value ?? ''}
      display={value}
      wide={multiline}
      save={(draft) => save(required ? draft : optionalText(draft))}
      renderEditor={(editor) =>
        multiline ? (
          <TextAreaEditor editor={editor} hint={hint} />
        ) : (
          <TextEditor
            editor={editor}
            hint={hint}
            // Not type="email": Chromium turns a Unicode domain into punycode and refuses
            // an accented local part (chloé@exämple.fr), which Handshake keeps as written.
            type={type === 'email' ? 'text' : type}
            inputMode={type === 'email' ? 'email' : undefined}
            spellCheck={type === 'email' || type === 'tel' ? false : undefined}
          />
        )
      }
    />
  );
}

export function TagsInline({ tags, save }: { tags: readonly string[]; save: Save<string[]> }) {
  const [wanted, setWanted] = useState(false);
  const inUse = useTagsInUse(wanted);
  return (
    <InlineEdit<string[]>
      label="Tags"
      value={[...tags]}
      display={
        tags.length > 0 && (
          <ul className="tag-list">
            {tags.map((tag) => (
              <li key={tag} className="chip">
                {tag}
              </li>
            ))}
          </ul>
        )
      }
      save={save}
      renderEditor={(editor) => (
        <TagInput
          tags={editor.draft}
          onChange={editor.setDraft}
          inUse={inUse}
          onFocus={() => setWanted(true)}
          error={editor.error}
          hint="Enter adds a tag; Enter again saves."
          autoFocus
          onKeyDown={enterSaves(() => editor.commit())}
        />
      )}
    />
  );
}

export const CADENCE_HINT = 'Days between contacts, such as 30. Leave empty for none.';

export function CadenceInline({
  days,
  save,
  hint = CADENCE_HINT,
  emptyText,
}: {
  days: number | undefined;
  save: Save<number | undefined>;
  hint?: string;
  /** Shown instead of "Not set" when no cadence still means something (active partners). */
  emptyText?: string;
}) {
  return (
    <InlineEdit<string>
      label="Keep-in-touch cadence"
      value={days === undefined ? '' : String(days)}
      display={days === undefined ? emptyText : `Every ${days} ${days === 1 ? 'day' : 'days'}`}
      save={(draft) => {
        const cadence = parseCadence(draft);
        if (!cadence.ok) return Promise.resolve({ cadenceDays: cadence.error });
        return save(cadence.value);
      }}
      renderEditor={(editor) => (
        <TextEditor editor={editor} hint={hint} inputMode="numeric" autoComplete="off" />
      )}
    />
  );
}
