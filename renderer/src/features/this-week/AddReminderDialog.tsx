import { addDays } from 'date-fns';
import { useState, type FormEvent } from 'react';
import { parseLocalDate, todayLocalDate, toLocalDateString } from '../../../../shared/dates';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextField } from '../../ui/Field';
import { useSubmit } from '../../ui/useSubmit';
import { RecordPicker, type Pick } from '../referrals/RecordPicker';
import { usePrefilledNames } from '../referrals/queries';
import { addReminder } from './commands';

interface AddReminderDialogProps {
  personId?: string | undefined;
  partnerId?: string | undefined;
  onClose: () => void;
}

const KINDS = [
  { value: 'person', label: 'A person' },
  { value: 'partner', label: 'A partner' },
];

/** Waits the moment it takes to read a prefilled name, so the form starts complete. */
export function AddReminderDialog(props: AddReminderDialogProps) {
  const ids = (id: string | undefined) => (id ? [id] : []);
  const names = usePrefilledNames(ids(props.personId), ids(props.partnerId));
  if (!names) return null;
  const id = props.personId ?? props.partnerId;
  const name = id ? names.get(id) : undefined;
  return <AddReminderForm {...props} initial={id && name ? { id, name } : undefined} />;
}

/** Add reminder: the owner's own reminder about one person or partner, on a day. */
function AddReminderForm({
  partnerId,
  initial,
  onClose,
}: AddReminderDialogProps & { initial: Pick | undefined }) {
  const [kind, setKind] = useState<'person' | 'partner'>(partnerId ? 'partner' : 'person');
  const [subject, setSubject] = useState<Pick | undefined>(initial);
  const [dueDate, setDueDate] = useState(() =>
    toLocalDateString(addDays(parseLocalDate(todayLocalDate()), 7)),
  );
  const [note, setNote] = useState('');
  const { busy, errors, clear, run } = useSubmit();

  function save(event: FormEvent) {
    event.preventDefault();
    const id = subject?.id;
    void run(async () => {
      await addReminder(
        {
          personId: kind === 'person' ? id : undefined,
          partnerId: kind === 'partner' ? id : undefined,
          dueDate,
          note: note.trim(),
        },
        subject?.name ?? '',
      );
      onClose();
    });
  }

  return (
    <Dialog
      title="Add reminder"
      description="It shows on This week on the day you choose."
      onRequestClose={onClose}
      onSubmit={save}
      primary={{ label: 'Add reminder' }}
      busy={busy}
    >
      <div className="reminder-form">
        <SelectField
          label="About"
          options={KINDS}
          value={kind}
          onChange={(event) => {
            setKind(event.target.value as 'person' | 'partner');
            setSubject(undefined);
          }}
        />
        <RecordPicker
          key={kind}
          label={kind === 'person' ? 'Person' : 'Partner'}
          hint={`Type a name to find the ${kind}.`}
          kind={kind}
          value={subject}
          onChange={(next) => {
            setSubject(next);
            clear('subject');
          }}
          error={errors.subject}
          autoFocus={!initial}
        />
        <TextField
          label="Date"
          type="date"
          value={dueDate}
          onChange={(event) => setDueDate(event.target.value)}
          error={errors.dueDate}
        />
        <TextField
          label="Note"
          hint="What to remember, e.g. “Ask how the move went”."
          maxLength={2000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          error={errors.note}
        />
      </div>
    </Dialog>
  );
}
