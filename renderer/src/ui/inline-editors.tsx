import type { InputHTMLAttributes } from 'react';
import { SelectField, TextField } from './Field';
import type { InlineEditor } from './InlineEdit';
import { TextAreaField } from './TextAreaField';

type InputExtras = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'inputMode' | 'autoComplete' | 'spellCheck'
>;

/** One line of text: Enter saves. */
export function TextEditor({
  editor,
  hint,
  ...input
}: { editor: InlineEditor<string>; hint?: string } & InputExtras) {
  return (
    <TextField
      label={editor.label}
      hint={hint}
      error={editor.error}
      autoFocus
      value={editor.draft}
      onChange={(event) => editor.setDraft(event.target.value)}
      onKeyDown={(event) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        editor.commit();
      }}
      {...input}
    />
  );
}

const SAVE_KEY = /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘ Enter' : 'Ctrl+Enter';

/** Several lines: Enter starts a new line, Ctrl/Cmd+Enter saves. */
export function TextAreaEditor({
  editor,
  hint,
  rows = 5,
}: {
  editor: InlineEditor<string>;
  hint?: string;
  rows?: number;
}) {
  const keys = `${SAVE_KEY} or clicking elsewhere saves; Esc cancels.`;
  return (
    <TextAreaField
      label={editor.label}
      hint={hint ? `${hint} ${keys}` : keys}
      error={editor.error}
      autoFocus
      rows={rows}
      value={editor.draft}
      onChange={(event) => editor.setDraft(event.target.value)}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' || !(event.metaKey || event.ctrlKey)) return;
        event.preventDefault();
        editor.commit();
      }}
    />
  );
}

/** A choice from a list: Enter saves (so does leaving it). */
export function SelectEditor({
  editor,
  options,
}: {
  editor: InlineEditor<string>;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <SelectField
      label={editor.label}
      error={editor.error}
      autoFocus
      options={options}
      value={editor.draft}
      onChange={(event) => editor.setDraft(event.target.value)}
      onKeyDown={(event) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        editor.commit();
      }}
    />
  );
}
