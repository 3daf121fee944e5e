import { useState, type FormEvent } from 'react';
import { todayLocalDate } from '../../../../shared/dates';
import { INTERACTION_KINDS, type InteractionKind } from '../../../../shared/records';
import {
  describeParticipants,
  splitParticipants,
  type Participant,
} from '../../../../shared/participants';
import { INTERACTION_KIND_LABELS, kindInSentence } from '../../../../shared/interaction-kinds';
import { showError } from '../../app/errors';
import { markNow, usePaintedMark } from '../../app/perf';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { TextAreaField } from '../../ui/TextAreaField';
import { toast } from '../../ui/toasts';
import { useSubmit } from '../../ui/useSubmit';
import { logInteraction, undoLog } from './commands';
import { useFarFutureQuestion } from './FarFutureQuestion';
import { ParticipantsField } from './ParticipantsField';
import { usePrefilledParticipants } from './queries';
import './log-handshake.css';

const NONE: readonly string[] = [];
const SUMMARY_MAX = 200;

interface LogHandshakeDialogProps {
  personIds?: readonly string[] | undefined;
  partnerIds?: readonly string[] | undefined;
  interactionKind?: InteractionKind | undefined;
  onClose: () => void;
}

/**
 * Opens at once when nothing is prefilled, so the first keystrokes after Ctrl/Cmd+L are
 * never lost; with people or partners to prefill, it waits the moment it takes to read
 * their names.
 */
export function LogHandshakeDialog(props: LogHandshakeDialogProps) {
  const personIds = props.personIds ?? NONE;
  const partnerIds = props.partnerIds ?? NONE;
  const prefilled = usePrefilledParticipants(personIds, partnerIds);
  const nothingToPrefill = personIds.length === 0 && partnerIds.length === 0;
  if (nothingToPrefill) return <LogHandshakeForm {...props} prefilled={[]} />;
  if (!prefilled) return null;
  return <LogHandshakeForm {...props} prefilled={prefilled} />;
}

/**
 * Log handshake (Ctrl/Cmd+L): the owner's most frequent action, built to take seconds
 * with the keyboard alone. Enter saves from any field but Notes.
 */
function LogHandshakeForm({
  interactionKind = 'handshake',
  prefilled,
  onClose,
}: LogHandshakeDialogProps & { prefilled: Participant[] }) {
  const [kind, setKind] = useState<InteractionKind>(interactionKind);
  const [date, setDate] = useState(() => todayLocalDate());
  const [participants, setParticipants] = useState<Participant[]>(prefilled);
  const [summary, setSummary] = useState('');
  const [notes, setNotes] = useState('');
  const [followUpDate, setFollowUpDate] = useState('');
  const { busy, errors, clear, run } = useSubmit();
  usePaintedMark('log-handshake:open', 'open');

  const farFuture = useFarFutureQuestion(date, setDate);
  const summaryError =
    summary.length > SUMMARY_MAX
      ? `A summary can be at most ${SUMMARY_MAX} characters (this one has ${summary.length}).`
      : errors.summary;

  function save(event?: FormEvent) {
    event?.preventDefault();
    if (farFuture.open || summary.length > SUMMARY_MAX) return;
    const { personIds, partnerIds, newPeopleNames } = splitParticipants(participants);
    void run(async () => {
      const { interaction, createdPeople } = await logInteraction(
        {
          kind,
          date,
          personIds,
          partnerIds,
          summary,
          notes: notes.trim() || undefined,
          followUpDate: followUpDate || undefined,
        },
        newPeopleNames,
      );
      markNow('log-handshake:saved', interaction.id);
      onClose();
      const created = createdPeople.map((person) => person.id);
      toast(
        `Logged ${kindInSentence(kind)} with ${describeParticipants(participants.map((p) => p.name))}.`,
        {
          tone: 'success',
          duration: 10_000,
          action: { label: 'Undo', run: () => undoLog(interaction.id, created).catch(showError) },
        },
      );
    });
  }

  return (
    <Dialog
      title="Log handshake"
      onRequestClose={onClose}
      onSubmit={save}
      primary={{ label: 'Save' }}
      busy={busy}
    >
      <div className="log-form">
        <fieldset className="kind-choice">
          <legend className="field__label">Kind</legend>
          {INTERACTION_KINDS.map((option) => (
            <label key={option} className="kind-choice__option">
              <input
                type="radio"
                name="interaction-kind"
                value={option}
                checked={kind === option}
                onChange={() => setKind(option)}
              />
              <span>{INTERACTION_KIND_LABELS[option]}</span>
            </label>
          ))}
        </fieldset>
        <ParticipantsField
          value={participants}
          onChange={(next) => {
            setParticipants(next);
            clear('personIds');
          }}
          error={errors.personIds}
          autoFocus={prefilled.length === 0}
        />
        <div className="log-form__row">
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
            hint="Optional: when to check in again."
            value={followUpDate}
            onChange={(event) => setFollowUpDate(event.target.value)}
            error={errors.followUpDate}
          />
        </div>
        {farFuture.question}
        <TextField
          label="Summary"
          required
          data-autofocus={prefilled.length > 0 ? true : undefined}
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
      </div>
    </Dialog>
  );
}
