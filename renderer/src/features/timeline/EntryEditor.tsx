import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Interaction, InteractionKind } from '../../../../shared/records';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { TextAreaField } from '../../ui/TextAreaField';
import { toast } from '../../ui/toasts';
import { useSubmit } from '../../ui/useSubmit';
import { useFarFutureQuestion } from '../interactions/FarFutureQuestion';
import { quoted, updateInteraction } from './commands';
import { isKind, KIND_OPTIONS } from './kind-words';

const SUMMARY_MAX = 200;
// A rule about something this form does not show (who was involved) goes to a toast.
const EDITED_FIELDS = ['kind', 'date', 'summary', 'notes', 'followUpDate'];

interface EntryEditorProps {
  interaction: Interaction;
  /** Closes the editor, saved or not. */
  onDone: () => void;
}

/**
 * An entry's fields, edited in place. Enter in a one-line field saves, Esc cancels; a
 * refused value keeps the form open with the message beside its field.
 */
export function EntryEditor({ interaction, onDone }: EntryEditorProps) {
  const [kind, setKind] = useState<InteractionKind>(interaction.kind);
  const [date, setDate] = useState(interaction.date);
  const [summary, setSummary] = useState(interaction.summary);
  const [notes, setNotes] = useState(interaction.notes ?? '');
  const [followUpDate, setFollowUpDate] = useState(interaction.followUpDate ?? '');
  const { busy, errors, run } = useSubmit({ shownFields: EDITED_FIELDS });

  // A date over a year ahead is usually a typo: ask before saving it.
  // The stored date was already accepted once: only a new far-off date is questioned.
  const farFuture = useFarFutureQuestion(date, setDate, interaction.date);
  const summaryError =
    summary.length > SUMMARY_MAX
      ? `A summary can be at most ${SUMMARY_MAX} characters (this one has ${summary.length}).`
      : errors.summary;

  function save(event: FormEvent) {
    event.preventDefault();
    if (farFuture.open || summary.length > SUMMARY_MAX) return;
    void run(async () => {
      const saved = await updateInteraction(interaction.id, {
        kind,
        date,
        summary,
        notes: notes.trim() || undefined,
        followUpDate: followUpDate || undefined,
      });
      toast(`Saved ${quoted(saved.summary)}`, { tone: 'success' });
      onDone();
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onDone();
    } else if (event.key === 'Enter' && event.target instanceof HTMLSelectElement) {
      // A select does not submit on Enter by itself; every one-line field should.
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  }

  return (
    <form
      className="entry-editor"
      aria-label={`Edit ${interaction.summary}`}
      onSubmit={save}
      onKeyDown={onKeyDown}
      noValidate
    >
      <div className="entry-editor__row">
        <SelectField
          label="Kind"
          value={kind}
          options={KIND_OPTIONS}
          onChange={(event) => {
            if (isKind(event.target.value)) setKind(event.target.value);
          }}
          error={errors.kind}
        />
        <TextField
          label="Date"
          type="date"
          required
          value={date}
          onChange={(event) => setDate(event.target.value)}
          error={errors.date}
        />
        <TextField
          label="Follow-up date"
          type="date"
          value={followUpDate}
          onChange={(event) => setFollowUpDate(event.target.value)}
          error={errors.followUpDate}
        />
      </div>
      {farFuture.question}
      <TextField
        label="Summary"
        required
        autoFocus
        hint={`One line, up to ${SUMMARY_MAX} characters.`}
        value={summary}
        onChange={(event) => setSummary(event.target.value)}
        error={summaryError}
      />
      <TextAreaField
        label="Notes"
        rows={4}
        value={notes}
        onChange={(event) => setNotes(event.target.value)}
        error={errors.notes}
      />
      <div className="entry-editor__actions">
        <Button onClick={onDone}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={busy}>
          Save
        </Button>
      </div>
    </form>
  );
}
